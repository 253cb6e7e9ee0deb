namespace Employment.Jobs.Domain.Assistance;

/// <summary>Which programme a case belongs to.</summary>
public enum AssistanceProgramme
{
    /// <summary>就业援助 (就业困难人员, 零就业家庭 …).</summary>
    General = 1,

    /// <summary>离校未就业高校毕业生“一人一档一策” (15号（七）).</summary>
    UnemployedGraduate = 2,
}

public enum AssistanceStatus
{
    None = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>How a case ended.</summary>
public enum AssistanceOutcome
{
    None = 0,

    /// <summary>就业: hired, self-employed, or placed in a 公益性岗位.</summary>
    Employed = 1,

    /// <summary>Moved away, or no longer of working age.</summary>
    LeftRegion = 2,

    /// <summary>Declined further assistance (recorded with the reason).</summary>
    Declined = 3,
}

/// <summary>How a contact was made.</summary>
public enum ContactChannel
{
    None = 0,
    Visit = 1,   // 上门走访
    Phone = 2,   // 电话
    Counter = 3, // 窗口面谈
    Online = 4,  // 微信、网络
}

/// <summary>What a referral offered.</summary>
public enum ReferralKind
{
    None = 0,
    Posting = 1,       // 推荐岗位 (爱心岗位 first: 36号（十三）)
    Training = 2,      // 就业创业培训
    PublicWelfare = 3, // 公益性岗位安置
}

public sealed record AssistanceContact(DateOnly On, ContactChannel Channel, string Note, string Officer);

public sealed record AssistanceReferral(DateOnly On, ReferralKind Kind, string What, string PostingId, string Officer);

/// <summary>
/// An employment-assistance case (就业援助) for one registered person: a personalised plan, one officer
/// (一对一), the contacts and referrals made, and how it ended. Every change is a method that enforces its
/// rule; a broken rule is a <see cref="DomainRuleException"/> naming the field and the rule id.
/// </summary>
public sealed class AssistanceCase
{
    private readonly List<AssistanceContact> _contacts;
    private readonly List<AssistanceReferral> _referrals;

    private AssistanceCase(string id, AssistanceProgramme programme, string personId, string countyCode, string householdReference, DateOnly openedOn, string plan, string officer,
        AssistanceStatus status, AssistanceOutcome outcome, DateOnly? closedOn, string outcomeNote, IEnumerable<AssistanceContact> contacts, IEnumerable<AssistanceReferral> referrals)
    {
        Id = id;
        Programme = programme;
        PersonId = personId;
        CountyCode = countyCode;
        HouseholdReference = householdReference;
        OpenedOn = openedOn;
        Plan = plan;
        Officer = officer;
        Status = status;
        Outcome = outcome;
        ClosedOn = closedOn;
        OutcomeNote = outcomeNote;
        _contacts = [.. contacts];
        _referrals = [.. referrals];
    }

    public string Id { get; }

    public AssistanceProgramme Programme { get; }

    /// <summary>The registry's person id.</summary>
    public string PersonId { get; }

    public string CountyCode { get; }

    /// <summary>The zero-employment household recognition (零就业家庭认定) the person's registry fact cites, or "".</summary>
    public string HouseholdReference { get; }

    public DateOnly OpenedOn { get; }

    public string Plan { get; private set; }

    public string Officer { get; private set; }

    public AssistanceStatus Status { get; private set; }

    public AssistanceOutcome Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string OutcomeNote { get; private set; }

    public IReadOnlyList<AssistanceContact> Contacts => _contacts;

    public IReadOnlyList<AssistanceReferral> Referrals => _referrals;

    /// <summary>Whether the case shows the person employed on <paramref name="day"/>.</summary>
    public bool EmployedOn(DateOnly day) => Outcome == AssistanceOutcome.Employed && ClosedOn <= day;

    public static AssistanceCase Open(string id, AssistanceProgramme programme, string personId, string countyCode, string householdReference, DateOnly today, string plan, string officer)
    {
        RequirePlanAndOfficer(plan, officer);
        return new AssistanceCase(id, programme, personId, countyCode, householdReference, today, plan, officer, AssistanceStatus.Open, AssistanceOutcome.None, null, "", [], []);
    }

    public static AssistanceCase Restore(string id, AssistanceProgramme programme, string personId, string countyCode, string householdReference, DateOnly openedOn, string plan, string officer,
        AssistanceStatus status, AssistanceOutcome outcome, DateOnly? closedOn, string outcomeNote, IEnumerable<AssistanceContact> contacts, IEnumerable<AssistanceReferral> referrals) =>
        new(id, programme, personId, countyCode, householdReference, openedOn, plan, officer, status, outcome, closedOn, outcomeNote, contacts, referrals);

    /// <summary>A revised plan, or the case handed to another officer (still one officer at a time).</summary>
    public void Revise(string plan, string officer)
    {
        RequireOpen("plan");
        RequirePlanAndOfficer(plan, officer);
        Plan = plan;
        Officer = officer;
    }

    public void RecordContact(AssistanceContact contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        RequireOpen("contact");
        if (contact.Channel == ContactChannel.None)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请选择联系方式（上门、电话、窗口或网络）（{AssistanceRuleIds.DatedWhileOpen}）。", "contact.channel", AssistanceRuleIds.DatedWhileOpen);
        }

        RequireDated(contact.On, today, "contact.date");
        _contacts.Add(contact);
    }

    public void Refer(AssistanceReferral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        RequireOpen("referral");
        if (referral.Kind == ReferralKind.None)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请选择推荐类别（岗位、培训或公益性岗位）（{AssistanceRuleIds.DatedWhileOpen}）。", "referral.kind", AssistanceRuleIds.DatedWhileOpen);
        }

        RequireDated(referral.On, today, "referral.date");
        _referrals.Add(referral);
    }

    /// <summary>Closes the case with its outcome on <paramref name="on"/> (employment: the day work began).</summary>
    public void Close(AssistanceOutcome outcome, DateOnly on, string note, DateOnly today)
    {
        RequireOpen("outcome");
        if (outcome == AssistanceOutcome.None)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请选择援助结果（就业、迁出或本人放弃）（{AssistanceRuleIds.ClosedWithOutcome}）。", "outcome", AssistanceRuleIds.ClosedWithOutcome);
        }

        if (note.Length == 0)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"请说明{(outcome == AssistanceOutcome.Employed ? "就业单位或就业形式" : "原因")}（{AssistanceRuleIds.ClosedWithOutcome}）。", "note", AssistanceRuleIds.ClosedWithOutcome);
        }

        RequireDated(on, today, "date");
        Status = AssistanceStatus.Closed;
        Outcome = outcome;
        ClosedOn = on;
        OutcomeNote = note;
    }

    private void RequireOpen(string field)
    {
        if (Status != AssistanceStatus.Open)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"援助案例 {Id} 已于 {ClosedOn:yyyy-MM-dd} 结案，不能再登记（{AssistanceRuleIds.DatedWhileOpen}）。", field, AssistanceRuleIds.DatedWhileOpen);
        }
    }

    private void RequireDated(DateOnly day, DateOnly today, string field)
    {
        if (day < OpenedOn || day > today)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"日期 {day:yyyy-MM-dd} 应在立案日 {OpenedOn:yyyy-MM-dd} 与今天 {today:yyyy-MM-dd} 之间（{AssistanceRuleIds.DatedWhileOpen}）。", field, AssistanceRuleIds.DatedWhileOpen);
        }
    }

    private static void RequirePlanAndOfficer(string plan, string officer)
    {
        if (plan.Length == 0)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请填写个性化援助方案（{AssistanceRuleIds.PlanAndOfficer}）。", "plan", AssistanceRuleIds.PlanAndOfficer);
        }

        if (officer.Length == 0)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请指定“一对一”援助责任人（{AssistanceRuleIds.PlanAndOfficer}）。", "officer", AssistanceRuleIds.PlanAndOfficer);
        }
    }
}
