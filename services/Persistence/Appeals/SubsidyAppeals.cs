using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Outbox;
using Employment.Persistence.Reviews;
using Employment.Policy;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Region = Employment.Policy.Model.Region;

namespace Employment.Persistence.Appeals;

/// <summary>
/// 申诉 in every subsidy service that lets its decisions be looked at again: filed by the applicant (or a counter of the
/// region on their written request) against a decision its letter states as refusing anything, within the period the
/// region's configuration sets from the day of the decision (<see cref="PeriodKey"/>, R3; none set: no period); one open
/// per record; listed for the region's clerks with its 办结时限 (<see cref="Measure"/>), and settled by a clerk who neither
/// made nor reviewed the decision — kept, or set aside so the service decides it again (<see cref="IAppealReopening"/>).
/// The applicant is told each step; the settled appeal is their letter, which says it is the bureau's own review and
/// leaves 行政复议 and 行政诉讼 as they were (R32).
/// </summary>
public sealed class SubsidyAppeals(DbContext db, IDecisionLetters letters, IAppealReopening reopening, PolicyCatalog catalog, ChinaClock clock, RemedySentences remedies) : IAppeals
{
    /// <summary>The configured days from a decision within which it may be appealed.</summary>
    public const string PeriodKey = "remedies.appeal.period_days";

    /// <summary>Whose 办结时限 an appeal has: <c>remedies.appeal.time_limit_working_days</c>.</summary>
    public const string Measure = "remedies.appeal";

    private const string What = "申诉";
    private const int TextMaxLength = 500;
    private const int TextMinLength = 5;

    /// <summary>Appeals a list shows at once: a technical bound on one answer.</summary>
    private const int Listed = 200;

    public async Task<Appeal> FileAsync(FileAppealRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (CallerRole.Person or CallerRole.Employer or CallerRole.Counter))
        {
            throw RpcErrors.Denied("申诉由申请人本人、单位经办人或人社窗口（凭申请人的书面申诉）提出。 (the applicant's own record)");
        }

        var reference = PlainText.Reference(request.Reference, "reference", 64, "申请编号");
        var reasons = Sentence(request.ReasonsZh, "reasons_zh", "申诉理由", "请写明为什么认为决定有误（例如：我 2023 年起一直参保，登记的参保月数少算了），至少一句话。");
        try
        {
            return await IdempotentWrite.RunAsync(db, clock.Now, "FileAppeal", caller, request.IdempotencyKey, request, Appeal.Parser, async () =>
            {
                var draft = await letters.DraftAsync(reference, caller, cancellationToken);
                var letter = DecisionLetters.Complete(draft, remedies);
                if (letter.Outcome == LetterOutcome.Approved)
                {
                    throw DomainRuleException.NotAllowed($"申请 {reference} 已全部批准，没有可以申诉的内容。");
                }

                RequireWithinPeriod(draft, letter);
                await RequireNoneOpenAsync(reference, cancellationToken);
                var now = clock.Now;
                var appeal = new AppealRecord
                {
                    Id = RecordIds.New(AppealModel.IdPrefix),
                    RecordId = reference,
                    Region = draft.DecidedIn.Code,
                    OwnerPersonId = draft.Owner.PersonId ?? "",
                    OwnerEmployerId = draft.Owner.EmployerId ?? "",
                    KindZh = letter.KindZh,
                    ApplicantZh = letter.AddresseeZh,
                    YouZh = letter.YouZh,
                    DecidedBy = string.Join(",", letter.DecidedBy.Append(letter.ReviewedBy).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)),
                    DecidedOn = draft.DecidedOn,
                    ReasonsZh = reasons,
                    FiledAt = now,
                    FiledBy = caller.Subject,
                    State = (int)AppealState.Open,
                };
                db.Set<AppealRecord>().Add(appeal);
                var answer = Answer(appeal, clock.Today);
                var due = answer.TimeLimit.DueOn is { } d ? $"，办结时限为 {d.Year} 年 {d.Month} 月 {d.Day} 日" : "";
                Tell(appeal, "APPEAL_FILED", "申诉已收到", now,
                    $"您对{appeal.KindZh}（申请编号 {reference}）决定的申诉已收到（申诉编号 {appeal.Id}），由作出决定以外的工作人员复查{due}，复查结果会再通知您。申诉不影响您依法申请行政复议或者提起行政诉讼，其期限仍自收到原决定之日起计算。");
                return answer;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A racing appeal to the same record was filed first.
            db.ChangeTracker.Clear();
            await RequireNoneOpenAsync(reference, cancellationToken);
            throw;
        }
    }

    /// <summary>A counter's region's (oldest open first), or the caller's own (newest first).</summary>
    public async Task<ListAppealsResponse> ListAsync(ListAppealsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var rows = db.Set<AppealRecord>().AsNoTracking();
        if (!scope.CoversAnyRegion)
        {
            var owner = scope.OwnParty;
            rows = owner.PersonId is { } person ? rows.Where(a => a.OwnerPersonId == person) : rows.Where(a => a.OwnerEmployerId == owner.EmployerId);
        }
        else
        {
            var prefix = scope.CodePrefix;
            rows = rows.Where(a => a.Region.StartsWith(prefix));
        }

        if (request.OpenOnly)
        {
            var open = (int)AppealState.Open;
            rows = rows.Where(a => a.State == open);
        }

        var listed = await (scope.CoversAnyRegion ? rows.OrderBy(a => a.State).ThenBy(a => a.Id) : rows.OrderByDescending(a => a.Id)).Take(Listed).ToListAsync(cancellationToken);
        var answer = new ListAppealsResponse();
        answer.Appeals.AddRange(listed.Select(a => Answer(a, clock.Today)));
        return answer;
    }

    public async Task<Appeal> SettleAsync(SettleAppealRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var id = PlainText.Reference(request.AppealId, "appeal_id", 40, "申诉编号");
        var findings = Sentence(request.FindingsZh, "findings_zh", "复查意见", "请写明复查查明的情况和理由，申请人会读到。");
        try
        {
            return await IdempotentWrite.RunAsync(db, clock.Now, "SettleAppeal", clerk, request.IdempotencyKey, request, Appeal.Parser, async () =>
            {
                var appeal = await db.Set<AppealRecord>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                    ?? throw DomainRuleException.NotFound(What, id);
                clerk.RequireVisible(What, id, bankCode: null, appeal.Region);
                if (appeal.State != (int)AppealState.Open)
                {
                    throw DomainRuleException.NotAllowed($"申诉 {id} 已于 {ChinaClock.DateOf(appeal.SettledAt ?? appeal.FiledAt):yyyy-MM-dd} 由 {appeal.HandledBy} 复查办结，不能再次办理。");
                }

                if (appeal.DecidedBy.Split(',').Contains(clerk.Subject, StringComparer.Ordinal))
                {
                    throw DomainRuleException.NotAllowed($"申诉须由作出或复核原决定以外的工作人员复查：原决定由 {appeal.DecidedBy.Replace(",", "、", StringComparison.Ordinal)} 作出或复核，请交本部门其他工作人员办理。");
                }

                var now = clock.Now;
                if (request.SetAside)
                {
                    await reopening.ReopenAsync(appeal.RecordId, clerk, now, cancellationToken);
                }

                (appeal.State, appeal.HandledBy, appeal.FindingsZh, appeal.SettledAt) =
                    ((int)(request.SetAside ? AppealState.SetAside : AppealState.Upheld), clerk.Subject, findings, now);
                appeal.Version++;
                var answer = Answer(appeal, clock.Today);
                Tell(appeal, "APPEAL_SETTLED", "申诉复查结果", now,
                    $"您对{appeal.KindZh}（申请编号 {appeal.RecordId}）决定的申诉已复查：{answer.OutcomeZh}。{Policy.Model.ClerkText.Clause(findings)}。{answer.NextStepZh}复查意见书可在“我的办事”查看和打印。");
                return answer;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && request.SetAside)
        {
            db.ChangeTracker.Clear();
            throw DomainRuleException.NotAllowed("原决定不予批准的人员、证书或月份已由其他申请享受，不能撤销原决定重新审核；请维持原决定并在复查意见中说明。", cause: e);
        }
    }

    /// <summary>The appeal as the contract answers it; once settled, its letter's outcome and what remains (R32).</summary>
    public Appeal Answer(AppealRecord row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var region = Region.Parse(row.Region);
        var settled = row.SettledAt is { } at ? ChinaClock.DateOf(at) : today;
        var answer = new Appeal
        {
            AppealId = row.Id,
            Reference = row.RecordId,
            KindZh = row.KindZh,
            ApplicantZh = row.ApplicantZh,
            YouZh = row.YouZh,
            State = (AppealState)row.State,
            ReasonsZh = row.ReasonsZh,
            FiledAt = Timestamp.FromDateTimeOffset(row.FiledAt),
            TimeLimit = DecisionTimeLimits.Of(catalog, Measure, region, ChinaClock.DateOf(row.FiledAt), settled),
            HandledBy = row.HandledBy,
            FindingsZh = row.FindingsZh,
            SettledAt = row.SettledAt is { } s ? Timestamp.FromDateTimeOffset(s) : null,
            Region = new RegionCode { Code = row.Region },
            OfficeZh = $"{Places.ProperNameOf(row.Region)}人力资源和社会保障部门",
        };
        answer.DecidedBy.AddRange(row.DecidedBy.Split(',', StringSplitOptions.RemoveEmptyEntries));
        if ((AppealState)row.State is AppealState.Upheld or AppealState.SetAside)
        {
            var setAside = (AppealState)row.State == AppealState.SetAside;
            answer.OutcomeZh = setAside ? "撤销原决定，重新审核" : "维持原决定";
            answer.NextStepZh = setAside ? $"{Places.ProperNameOf(row.Region)}人社部门将重新审核{row.YouZh}的申请，审核结果另行通知并出具决定书。" : "";
            var remedy = remedies.For(region, row.DecidedOn, "原决定");
            answer.RemedyZh = $"本复查是本部门对原决定的内部复查，不是行政复议，也不延长行政复议和行政诉讼的期限。{remedy.SentenceZh}";
            answer.RemedyBasis.AddRange(remedy.Basis);
        }

        return answer;
    }

    /// <summary>Within the configured days of the decision (none configured: no period), else what remains.</summary>
    private void RequireWithinPeriod(LetterDraft draft, DecisionLetter letter)
    {
        if (catalog.TryResolve(PeriodKey, draft.DecidedIn, draft.DecidedOn, out var period) && period.Value.Integer > 0)
        {
            var lastDay = draft.DecidedOn.AddDays(period.Value.Integer);
            if (clock.Today > lastDay)
            {
                throw DomainRuleException.NotAllowed(
                    $"申诉应在决定作出之日起 {period.Value.Integer} 日内（至 {lastDay:yyyy-MM-dd}）提出，已过期限。{letter.RemedyZh}");
            }
        }
    }

    private async Task RequireNoneOpenAsync(string reference, CancellationToken cancellationToken)
    {
        var open = (int)AppealState.Open;
        if (await db.Set<AppealRecord>().AsNoTracking().Where(a => a.RecordId == reference && a.State == open).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken) is { } pending)
        {
            throw DomainRuleException.Exists($"这份决定的申诉（编号 {pending}）正在复查，不必再次提交；需要补充情况的，请联系办理窗口。");
        }
    }

    /// <summary>The applicant told in the same write, where the service sends messages at all (a loan's borrower is not texted).</summary>
    private void Tell(AppealRecord appeal, string step, string titleZh, DateTimeOffset at, string bodyZh)
    {
        if (db.Model.FindEntityType(typeof(OutboxRecord)) is not null)
        {
            db.AddMessage(Messages.To(appeal.OwnerPersonId, appeal.OwnerEmployerId, appeal.RecordId, appeal.KindZh, step, titleZh, at, bodyZh), at);
        }
    }

    private static string Sentence(string? value, string field, string labelZh, string askZh)
    {
        var text = PlainText.Check(value, field, TextMaxLength, labelZh).Trim();
        return text.Length < TextMinLength ? throw DomainRuleException.Invalid(field, askZh) : text;
    }
}
