using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.UseCases;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.Applicants.Grpc;

/// <summary>
/// employment.applicants.v1.Applicants: the registry of people and employers. Each method checks the
/// request, calls one use case and answers with what it returns. Every write is idempotent
/// (idempotency_key), version-checked (expected_version → ABORTED when stale), audited, durable
/// before it is answered, and invalidates the shared profile cache (see UseCases/). Broken domain
/// rules pass through as DomainRuleException; the host's DomainRuleMapping makes them a status.
/// </summary>
internal sealed class ApplicantsService(
    PersonRegistration personRegistration,
    PersonUpdate personUpdate,
    EmployerRegistration employerRegistration,
    EmployerUpdate employerUpdate,
    FactRecording facts,
    RegistryReading reading,
    ProfileReading profiles,
    CategoryEvaluation categories,
    RegionFactsReading regionFacts,
    AuditRelationsReading auditRelations,
    RecusalCheck recusal,
    StaffDirectory staffDirectory,
    EmployerAgents agents,
    UseCases.Messages.MessageDelivery delivery,
    UseCases.Messages.MyMessages messages,
    UseCases.Messages.TextChoices texts,
    UseCases.Messages.FactDisputes disputes,
    MyReads reads,
    UseCases.Exchange.AgencyBatchImport imports,
    UseCases.Exchange.AgencyBatchReceipts batches,
    UseCases.Exchange.FactConflicts conflicts,
    ICallerResolver callers,
    ChinaClock clock) : ApplicantsApi.ApplicantsBase
{
    public override Task<Person> RegisterPerson(RegisterPersonRequest request, ServerCallContext context)
    {
        var input = request.Person ?? throw RpcErrors.Invalid("person", "请填写人员信息。");
        var write = Write(context, request.IdempotencyKey, request);
        RequireStaffWriter(write.Caller, "person", [input.StaffId.Length > 0 ? "staff_id" : "", input.HouseholdNumber.Length > 0 ? "household_number" : ""]);
        var person = PersonValidation.Registration(input, clock.Today);
        return personRegistration.RegisterAsync(write, person, context.CancellationToken);
    }

    public override Task<Person> UpdatePerson(UpdatePersonRequest request, ServerCallContext context)
    {
        var paths = MaskPaths(request.UpdateMask);
        SubjectVersion.RequireExpected(request.ExpectedVersion);
        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因", required: false);
        var write = Write(context, request.IdempotencyKey, request);
        RequireStaffWriter(write.Caller, "person", paths);
        return personUpdate.UpdateAsync(write, request.PersonId, request.ExpectedVersion,
            request.Person ?? new Person(), paths, request.ReasonZh, context.CancellationToken);
    }

    public override Task<Person> GetPerson(GetPersonRequest request, ServerCallContext context) =>
        reading.PersonAsync(request.Person, Caller(context), context.CancellationToken);

    public override Task<FindPeopleResponse> FindPeople(FindPeopleRequest request, ServerCallContext context) =>
        reading.FindPeopleAsync(request, Caller(context), context.CancellationToken);

    public override Task<PersonFact> AddPersonFact(AddPersonFactRequest request, ServerCallContext context)
    {
        var fact = PersonValidation.Fact(request.Fact ?? throw RpcErrors.Invalid("fact", "请填写要登记的事实。"));
        return facts.AddAsync(PersonFacts.Kind, Write(context, request.IdempotencyKey, request), request.PersonId, fact, context.CancellationToken);
    }

    public override Task<PersonFact> CorrectPersonFact(CorrectPersonFactRequest request, ServerCallContext context)
    {
        CorrectionReason(request.ReasonZh);
        var corrected = request.Withdraw ? null : PersonValidation.Fact(request.Corrected ?? throw MissingCorrection());
        return facts.CorrectAsync(PersonFacts.Kind, Write(context, request.IdempotencyKey, request), request.PersonId, request.FactId, request.ExpectedVersion,
            corrected, request.ReasonZh, context.CancellationToken);
    }

    public override Task<GetAuditResponse> GetPersonAudit(GetPersonAuditRequest request, ServerCallContext context) =>
        reading.PersonAuditAsync(request.PersonId, request.Page, Caller(context), context.CancellationToken);

    /// <summary>
    /// A person's profile for another service. The whole identity number is not part of it (the
    /// birth date is); the read is logged with the calling service and its purpose.
    /// </summary>
    public override Task<PersonProfile> GetProfile(GetProfileRequest request, ServerCallContext context)
    {
        RequirePurpose(request.Purpose, "读取人员档案须说明用途（purpose），例如 loans.eligibility。");
        return profiles.PersonProfileAsync(request.Person, request.Purpose, Caller(context), context.CancellationToken);
    }

    public override Task<DescribeFactFormsResponse> DescribeFactForms(DescribeFactFormsRequest request, ServerCallContext context) =>
        Task.FromResult(UseCases.Forms.FactForms.Described);

    public override Task<EvaluateCategoriesResponse> EvaluateCategories(EvaluateCategoriesRequest request, ServerCallContext context) =>
        categories.EvaluateAsync(request, Caller(context), context.CancellationToken);

    public override Task<Employer> RegisterEmployer(RegisterEmployerRequest request, ServerCallContext context)
    {
        var input = request.Employer ?? throw RpcErrors.Invalid("employer", "请填写用人单位信息。");
        var write = Write(context, request.IdempotencyKey, request);
        RequireStaffWriter(write.Caller, "employer", [input.LegalRepresentativeIdNumber.Length > 0 ? "legal_representative_id_number" : ""]);
        var employer = EmployerValidation.Registration(input, clock.Today);
        return employerRegistration.RegisterAsync(write, employer, context.CancellationToken);
    }

    public override Task<Employer> UpdateEmployer(UpdateEmployerRequest request, ServerCallContext context)
    {
        var paths = MaskPaths(request.UpdateMask);
        SubjectVersion.RequireExpected(request.ExpectedVersion);
        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因", required: false);
        var write = Write(context, request.IdempotencyKey, request);
        RequireStaffWriter(write.Caller, "employer", paths);
        return employerUpdate.UpdateAsync(write, request.EmployerId, request.ExpectedVersion,
            request.Employer ?? new Employer(), paths, request.ReasonZh, context.CancellationToken);
    }

    public override Task<Employer> GetEmployer(GetEmployerRequest request, ServerCallContext context) =>
        reading.EmployerAsync(request.Employer, Caller(context), context.CancellationToken);

    public override Task<EmployerFact> AddEmployerFact(AddEmployerFactRequest request, ServerCallContext context)
    {
        var fact = EmployerValidation.Fact(request.Fact ?? throw RpcErrors.Invalid("fact", "请填写要登记的单位事实。"));
        return facts.AddAsync(EmployerFacts.Kind, Write(context, request.IdempotencyKey, request), request.EmployerId, fact, context.CancellationToken);
    }

    public override Task<EmployerFact> CorrectEmployerFact(CorrectEmployerFactRequest request, ServerCallContext context)
    {
        CorrectionReason(request.ReasonZh);
        var corrected = request.Withdraw ? null : EmployerValidation.Fact(request.Corrected ?? throw MissingCorrection());
        return facts.CorrectAsync(EmployerFacts.Kind, Write(context, request.IdempotencyKey, request), request.EmployerId, request.FactId, request.ExpectedVersion,
            corrected, request.ReasonZh, context.CancellationToken);
    }

    public override Task<GetAuditResponse> GetEmployerAudit(GetEmployerAuditRequest request, ServerCallContext context) =>
        reading.EmployerAuditAsync(request.EmployerId, request.Page, Caller(context), context.CancellationToken);

    public override Task<EmployerProfile> GetEmployerProfile(GetEmployerProfileRequest request, ServerCallContext context)
    {
        RequirePurpose(request.Purpose, "读取单位档案须说明用途（purpose），例如 hiring.stabilisation。");
        return profiles.EmployerProfileAsync(request.Employer, request.Purpose, Caller(context), context.CancellationToken);
    }

    public override Task<EmployerAgent> GrantEmployerAgent(GrantEmployerAgentRequest request, ServerCallContext context) =>
        agents.GrantAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);

    public override Task<EmployerAgent> RevokeEmployerAgent(RevokeEmployerAgentRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.ReasonZh))
        {
            throw RpcErrors.Invalid("reason_zh", "撤销经办人授权须填写原因。");
        }

        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因");
        return agents.RevokeAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);
    }

    public override Task<ListEmployerAgentsResponse> ListEmployerAgents(ListEmployerAgentsRequest request, ServerCallContext context) =>
        agents.ListAsync(request.EmployerId, request.IncludeEnded, Caller(context), context.CancellationToken);

    /// <summary>消息 relayed by a service: each kept once, a person texted.</summary>
    public override Task<DeliverMessagesResponse> DeliverMessages(DeliverMessagesRequest request, ServerCallContext context) =>
        delivery.DeliverAsync(request, Caller(context), context.CancellationToken);

    /// <summary>The caller's own messages (an agent: the employer's).</summary>
    public override Task<ListMyMessagesResponse> ListMyMessages(ListMyMessagesRequest request, ServerCallContext context) =>
        messages.ListAsync(request, Caller(context), context.CancellationToken);

    /// <summary>纠错: a person's dispute of a fact, the region's queue (or the person's own), and a clerk's settlement.</summary>
    public override Task<FactDispute> DisputeFact(DisputeFactRequest request, ServerCallContext context) =>
        disputes.DisputeAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);

    public override Task<ListFactDisputesResponse> ListFactDisputes(ListFactDisputesRequest request, ServerCallContext context) =>
        disputes.ListAsync(request, Caller(context), context.CancellationToken);

    public override Task<MaterialContent> GetFactDisputeEvidence(GetFactDisputeEvidenceRequest request, ServerCallContext context) =>
        disputes.EvidenceAsync(request, Caller(context), context.CancellationToken);

    public override Task<FactDispute> SettleFactDispute(SettleFactDisputeRequest request, ServerCallContext context) =>
        disputes.SettleAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);

    /// <summary>短信通知: the kinds of message texted to the person, and one of them chosen.</summary>
    public override Task<TextPreferences> GetTextPreferences(GetTextPreferencesRequest request, ServerCallContext context) =>
        texts.GetAsync(request, Caller(context), context.CancellationToken);

    public override Task<TextPreferences> SetTextPreference(SetTextPreferenceRequest request, ServerCallContext context) =>
        texts.SetAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);

    /// <summary>查阅记录: who read the caller's own record and why.</summary>
    public override Task<ListMyReadsResponse> ListMyReads(ListMyReadsRequest request, ServerCallContext context) =>
        reads.ListAsync(request, Caller(context), context.CancellationToken);

    public override Task<ListActingForResponse> ListActingFor(ListActingForRequest request, ServerCallContext context)
    {
        RequirePurpose(request.Purpose, "查询可代表的单位须说明用途（purpose），例如 identity.sign-in。");
        PlainText.Check(request.Purpose, "purpose", 100, "用途");
        return agents.ActingForAsync(request.PersonId, PeriodEnd(request.On, "on"), Caller(context), context.CancellationToken);
    }

    /// <summary>
    /// Services only: a region's employers, then the people contracted by them in the period, with
    /// their facts (identity numbers masked), each read logged with the purpose.
    /// </summary>
    public override Task StreamRegionFacts(StreamRegionFactsRequest request, IServerStreamWriter<RegionFacts> responseStream, ServerCallContext context)
    {
        RequirePurpose(request.Purpose, "批量读取档案须说明用途（purpose），例如 hiring.owed_subsidies。");
        PlainText.Check(request.Purpose, "purpose", 100, "用途");
        var region = Employment.Policy.Model.Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        var from = PeriodEnd(request.ContractStarted?.From, "contract_started.from");
        var until = PeriodEnd(request.ContractStarted?.Until, "contract_started.until");
        if (until < from)
        {
            throw RpcErrors.Invalid("contract_started.until", $"期间终止日（{until:yyyy-MM-dd}）早于起始日（{from:yyyy-MM-dd}）。");
        }

        var pageSize = Pages.Batch(request.PageSize, DefaultRegionPage, MaxRegionPage, "page_size", "人");
        if (request.EmployerId.Length > 0 && request.PersonId.Length > 0)
        {
            throw RpcErrors.Invalid("person_id", "一次只能读取一个单位或一个人（employer_id 与 person_id 只填一个）。");
        }

        var query = new RegionFactsQuery(region, from, until, request.Purpose.Trim(), pageSize) { EmployerId = request.EmployerId.Trim(), PersonId = request.PersonId.Trim() };
        return regionFacts.StreamAsync(query, Caller(context), responseStream.WriteAsync, context.CancellationToken);
    }

    /// <summary>People per message of a region-wide read: technical bounds, not policy figures.</summary>
    private const int DefaultRegionPage = 500;
    private const int MaxRegionPage = 2000;

    private static DateOnly PeriodEnd(CalendarDate? date, string field)
    {
        if (date is null || date.Year == 0)
        {
            throw RpcErrors.Invalid(field, $"请提供期间的起止日期（{field}）。");
        }

        try
        {
            return new DateOnly(date.Year, date.Month, date.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw RpcErrors.Invalid(field, $"日期无效（{field}）：{date.Year}-{date.Month}-{date.Day}。");
        }
    }

    /// <summary>The verified caller of this call.</summary>
    private Caller Caller(ServerCallContext context) => callers.Resolve(context);

    /// <summary>
    /// The facts the 优亲厚友 audit rests on — a person's 工号 and 户号, an employer's legal representative —
    /// are never written by a counter, whose own decisions they judge. The 工号 has one writer, the identity
    /// provider, which gives it when it opens a member of staff's account (its service token, that field
    /// alone); 户号 and legal representatives are the admin role's. Every change is kept in the audit trail with
    /// who and when. PERMISSION_DENIED naming the field.
    /// </summary>
    /// <param name="given">The fields the request writes; an empty entry stands for a field it leaves out.</param>
    private static void RequireStaffWriter(Caller caller, string subject, IEnumerable<string> given)
    {
        var paths = given.Where(p => p.Length > 0).ToList();
        if (caller.Role == CallerRole.Service)
        {
            // A service changes nothing of a person but the 工号, and only the identity provider does.
            if (caller.Subject != StaffNumberWriter || paths.Count == 0 || paths.Any(p => p != "staff_id"))
            {
                throw new StatusDetails(StatusCode.PermissionDenied, "服务只能登记工号，且只有身份认证服务可以登记。")
                {
                    Field = subject, Reason = "STAFF_FACT_ADMIN_ONLY",
                }.ToException();
            }

            return;
        }

        if (paths.Contains("staff_id"))
        {
            throw new StatusDetails(StatusCode.PermissionDenied, "工号由身份认证服务在开通工作人员账号时登记，这里不能登记或修改；如需更正请联系管理员在账号管理中处理。")
            {
                Field = $"{subject}.staff_id",
                Reason = "STAFF_FACT_ADMIN_ONLY",
            }.ToException();
        }

        if (caller.Role == CallerRole.Admin)
        {
            return;
        }

        if (paths.FirstOrDefault(StaffManagedPaths.Contains) is { } path)
        {
            throw new StatusDetails(StatusCode.PermissionDenied, $"{StaffManagedNames[path]}由管理员维护，窗口不能登记或修改；如需更正请联系管理员。")
            {
                Field = $"{subject}.{path}",
                Reason = "STAFF_FACT_ADMIN_ONLY",
            }.ToException();
        }
    }

    /// <summary>The identity provider's service name: the one writer of a member of staff's 工号.</summary>
    private const string StaffNumberWriter = "identity-provider";

    private static readonly Dictionary<string, string> StaffManagedNames = new(StringComparer.Ordinal)
    {
        ["staff_id"] = "工号",
        ["household_number"] = "户号",
        ["legal_representative_id_number"] = "法定代表人身份证号码",
    };

    private static readonly IReadOnlySet<string> StaffManagedPaths = StaffManagedNames.Keys.ToHashSet(StringComparer.Ordinal);

    private WriteRequest Write(ServerCallContext context, string idempotencyKey, Google.Protobuf.IMessage request) =>
        new(Caller(context), idempotencyKey, request);

    /// <summary>An update names the fields it changes; an empty mask would change nothing and hide a client's mistake.</summary>
    private static IReadOnlyList<string> MaskPaths(Google.Protobuf.WellKnownTypes.FieldMask? mask)
    {
        var paths = mask?.Paths ?? [];
        return paths.Count > 0 ? paths : throw RpcErrors.Invalid("update_mask", "请在 update_mask 中列出要修改的字段。");
    }

    /// <summary>A correction or withdrawal says why, for the audit trail.</summary>
    private static void CorrectionReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw RpcErrors.Invalid("reason_zh", "更正或撤销须填写原因。");
        }

        PlainText.Check(reason, "reason_zh", PlainText.ReasonMaxLength, "原因");
    }

    private static RpcException MissingCorrection() => RpcErrors.Invalid("corrected", "请填写更正后的事实，或选择撤销（withdraw）。");

    /// <summary>Every profile read is for a stated purpose, kept in the access log.</summary>
    /// <summary>
    /// 稽核: the clerks, people and employers a region's claims name, for the auditor role (its region only) and
    /// the risk-signals service; each list is bounded and each entry checked before anything is read.
    /// </summary>
    public override Task<AgencyBatchReceipt> ImportAgencyBatch(IAsyncStreamReader<AgencyBatchChunk> requestStream, ServerCallContext context) =>
        imports.ImportAsync(Caller(context), requestStream, context.CancellationToken);

    public override Task<AgencyBatchReceipt> GetAgencyBatch(GetAgencyBatchRequest request, ServerCallContext context) =>
        batches.GetAsync(request, context.CancellationToken);

    public override Task<ListFactConflictsResponse> ListFactConflicts(ListFactConflictsRequest request, ServerCallContext context) =>
        conflicts.ListAsync(Caller(context), request, context.CancellationToken);

    public override Task<FactConflict> SettleFactConflict(SettleFactConflictRequest request, ServerCallContext context) =>
        conflicts.SettleAsync(Write(context, request.IdempotencyKey, request), request, context.CancellationToken);

    public override Task<AuditRelations> ReadRelationsForAudit(AuditRelationsRequest request, ServerCallContext context)
    {
        RequirePurpose(request.Purpose, "稽核读取档案须说明用途（purpose），例如 risk.scan。");
        PlainText.Check(request.Purpose, "purpose", 100, "用途");
        if (!AuditPurposes.Contains(request.Purpose.Trim()))
        {
            throw RpcErrors.Invalid("purpose", $"稽核读取档案的用途只能是：{string.Join("、", AuditPurposes)}。");
        }

        var staff = AuditList(request.StaffIds, MaxAuditStaff, "staff_ids", "工号", id => PersonValidation.StaffId(id, "staff_ids"));
        var people = AuditList(request.PersonIds, MaxAuditSubjects, "person_ids", "人员编号", id => PlainText.Check(id, "person_ids", 40, "人员编号").Trim());
        var employers = AuditList(request.EmployerCreditCodes, MaxAuditSubjects, "employer_credit_codes", "统一社会信用代码",
            code => EmployerValidation.CreditCode(code, "employer_credit_codes").Value);
        var query = new AuditRelationsQuery(staff, people, employers, request.Purpose.Trim());
        return auditRelations.ReadAsync(query, Caller(context), context.CancellationToken);
    }

    /// <summary>回避: the ties of one 工号 to what a deciding service's records name, each list bounded and each entry checked first.</summary>
    public override Task<RecusalAnswer> CheckRecusal(RecusalRequest request, ServerCallContext context)
    {
        var staffId = PersonValidation.StaffId(request.StaffId, "staff_id");
        if (staffId.Length == 0)
        {
            throw RpcErrors.Invalid("staff_id", "请填写要判断回避的工作人员工号。");
        }

        var people = AuditList(request.PersonIds, MaxAuditSubjects, "person_ids", "人员编号", id => PlainText.Check(id, "person_ids", 40, "人员编号").Trim());
        var numbers = AuditList(request.IdNumbers, MaxRecusalIdNumbers, "id_numbers", "身份证号码", n => PersonValidation.IdNumber(n, "id_numbers", clock.Today).Value);
        var employers = AuditList(request.EmployerCreditCodes, MaxAuditSubjects, "employer_credit_codes", "统一社会信用代码",
            code => EmployerValidation.CreditCode(code, "employer_credit_codes").Value);
        return recusal.CheckAsync(new RecusalQuery(staffId, people, numbers, employers), context.CancellationToken);
    }

    public override Task<StaffDirectoryEntry> RecordStaffMember(StaffDirectoryEntry request, ServerCallContext context) =>
        staffDirectory.RecordAsync(request, Caller(context), context.CancellationToken);

    public override Task<StaffDirectoryEntry> FindStaffMember(FindStaffMemberRequest request, ServerCallContext context) =>
        staffDirectory.FindAsync(request.StaffId, context.CancellationToken);

    /// <summary>People named by number in one recusal check: a technical bound on a message (a borrower and partners), not a policy figure.</summary>
    private const int MaxRecusalIdNumbers = 200;

    /// <summary>Why relations may be read for an audit: the scan that ties each read to the claims it exported.</summary>
    private static readonly string[] AuditPurposes = ["risk.scan"];

    /// <summary>Names per list of one audit read: technical bounds on a message, not policy figures.</summary>
    private const int MaxAuditStaff = 1000;
    private const int MaxAuditSubjects = 2000;

    private static List<string> AuditList(IReadOnlyCollection<string> values, int max, string field, string whatZh, Func<string, string> check)
    {
        if (values.Count > max)
        {
            throw RpcErrors.Invalid(field, $"一次至多查询 {max} 个{whatZh}（收到 {values.Count} 个），请分批查询。");
        }

        return values.Select(check).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void RequirePurpose(string purpose, string messageZh)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw RpcErrors.Invalid("purpose", messageZh);
        }
    }
}
