using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Security;

namespace Employment.Persistence.Lifecycle;

// The steps of the subsidy lifecycle a service answers for its own records, one interface each, so that the
// kit's one implementation of the shared contracts (SubsidyCases, SubsidyPayments, SubsidyOversight) serves every service. A
// service's use case implements its step; SubsidyLifecycle registers them.

/// <summary>我的办事: the signed-in caller's own records as their progress.</summary>
public interface IMyRecords
{
    Task<ListMineResponse> ListAsync(ListMineRequest request, Caller caller, CancellationToken cancellationToken);
}

/// <summary>办理进度: the masked summary of a record for its reference and 查询码.</summary>
public interface IProgressLookup
{
    Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken);
}

/// <summary>复核: a second clerk confirms an approval awaiting review or returns it to be decided again.</summary>
public interface IDecisionReview
{
    Task<SubsidyCase> ReviewAsync(ReviewDecisionRequest request, Caller reviewer, CancellationToken cancellationToken);
}

/// <summary>
/// 自助测算 judged: the service's own self-check on the request a described form's answers made, its verdict (the
/// form's part of the answer) in the shared shape. Nothing is read about anyone and nothing is stored.
/// </summary>
public interface ISelfCheckJudge
{
    SelfCheckOutcome Judge(Employment.ServiceDefaults.Forms.SelfCheckForm form, Google.Protobuf.IMessage request);
}

/// <summary>
/// 申请表, 预审 and 受理 on the shared contract: the service's forms, the typed take whose request a form's answers make
/// (its declared roles are the shared steps' in this service), and the take itself, previewed or taken, its answer in
/// the shared shape. The typed RPCs stay for counter systems and integrators; this is the same take.
/// </summary>
public interface IApplicationTaking
{
    /// <summary>The forms, each asking the 申报材料 the catalog lists for its measure in <paramref name="region"/> on <paramref name="day"/> (none without a region).</summary>
    FormDescriptions Describe(Policy.Model.Region? region, DateOnly day);

    Google.Protobuf.Reflection.MethodDescriptor Take { get; }

    /// <summary>The form's kind (its value's name) set on the request, where the service's request keeps it.</summary>
    void SetKind(Google.Protobuf.IMessage request, string kind);

    Task<JudgedApplication> JudgeAsync(Google.Protobuf.IMessage request, Caller caller, bool take, CancellationToken cancellationToken);
}

/// <summary>
/// 撤回: a record withdrawn before anything on it is decided, by its applicant (the person, the employer's agent) or by a
/// counter of its region with the reason; answered as 我的办事 then shows it.
/// </summary>
public interface IWithdrawal
{
    Task<ApplicationProgress> WithdrawAsync(WithdrawRequest request, Caller caller, CancellationToken cancellationToken);
}

/// <summary>申报材料: one file received with a record, to whoever may read the record (NOT_FOUND otherwise, as for no such file).</summary>
public interface IMaterialReading
{
    Task<MaterialContent> MaterialAsync(GetMaterialRequest request, Caller caller, CancellationToken cancellationToken);
}

/// <summary>移交: a clerk's waiting records handed to another clerk of the same office.</summary>
public interface IWorkHandOver
{
    Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken);
}

/// <summary>稽核: the region's records entered in the period, a page at a time.</summary>
public interface IAuditExportStream
{
    Task StreamAsync(AuditExportQuery query, Func<AuditExportPage, Task> write, CancellationToken cancellationToken);
}

/// <summary>稽核暂停发放: the records a confirmed signal links held or released.</summary>
public interface IPaymentHoldSetter
{
    Task<PaymentHoldAnswer> SetAsync(PaymentHoldRequest request, Caller service, CancellationToken cancellationToken);
}

/// <summary>发放批次 and 公示: approved records of a region put on notice, a batch, its notice list, and a region's batches on notice today.</summary>
public interface IPaymentBatches
{
    Task<PaymentBatch> CreateAsync(CreatePaymentBatchRequest request, Policy.Model.Region region, Caller clerk, CancellationToken cancellationToken);

    Task<PaymentBatch> GetAsync(string batchId, Caller caller, CancellationToken cancellationToken);

    Task<PaymentNotice> NoticeAsync(string batchId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PaymentNotice>> OnNoticeAsync(Policy.Model.Region region, CancellationToken cancellationToken);
}

/// <summary>待发放: the region's approved records not yet paid, or a batch's records, and one record, as the payment steps read them.</summary>
public interface IPayableCases
{
    Task<ListPayableResponse> ListAsync(ListPayableRequest request, Caller caller, CancellationToken cancellationToken);

    Task<SubsidyCase> GetAsync(string recordId, Caller caller, CancellationToken cancellationToken);
}

/// <summary>发放 and 发放失败 of a record in a batch whose notice has ended.</summary>
public interface IPaymentRecorder
{
    Task<SubsidyCase> RecordAsync(RecordPaymentRequest request, Caller clerk, CancellationToken cancellationToken);

    Task<SubsidyCase> RecordFailureAsync(PaymentFailureRequest request, Caller clerk, CancellationToken cancellationToken);
}

/// <summary>公示异议: objections to a line of a notice, a texted code for an objector, and a clerk's resolution.</summary>
public interface IPaymentObjections
{
    Task<ObjectionReceipt> FileAsync(FileObjectionRequest request, Caller caller, CancellationToken cancellationToken);

    Task<ObjectionCodeSent> RequestCodeAsync(RequestObjectionCodeRequest request, CancellationToken cancellationToken);

    Task<ListObjectionsResponse> ListAsync(ListObjectionsRequest request, Caller caller, CancellationToken cancellationToken);

    Task<Objection> ResolveAsync(ResolveObjectionRequest request, Caller clerk, CancellationToken cancellationToken);
}

/// <summary>
/// 决定书: a decided record's letter as its service words it (to whom, the lines decided with their reasons and unmet
/// conditions, the amount, the clerks), where it was decided and on which day; the kit adds the heading, the office and,
/// where anything is refused, the remedy (<see cref="DecisionLetters"/>). NOT_FOUND for a record not the caller's,
/// FAILED_PRECONDITION for one not yet decided.
/// </summary>
public interface IDecisionLetters
{
    Task<LetterDraft> DraftAsync(string reference, Caller caller, CancellationToken cancellationToken);
}

/// <param name="DecidedIn">The region whose office decided it (R27): the remedy's review body and court are that region's.</param>
/// <param name="DecidedOn">The day of the decision: the remedy in force that day.</param>
public sealed record LetterDraft(DecisionLetter Letter, Policy.Model.Region DecidedIn, DateOnly DecidedOn)
{
    /// <summary>Whose record it is (the person, the employer): whose 申诉 it may be and who is told.</summary>
    public RecordOwner Owner { get; init; }
}

/// <summary>
/// 申诉: an appeal against a refusal, filed, listed and settled in the kit's one way (<see cref="Appeals.SubsidyAppeals"/>)
/// for a service that lets its decisions be looked at again.
/// </summary>
public interface IAppeals
{
    Task<Appeal> FileAsync(FileAppealRequest request, Caller caller, CancellationToken cancellationToken);

    Task<ListAppealsResponse> ListAsync(ListAppealsRequest request, Caller caller, CancellationToken cancellationToken);

    Task<Appeal> SettleAsync(SettleAppealRequest request, Caller clerk, CancellationToken cancellationToken);
}

/// <summary>
/// 撤销原决定: the service puts what a decision refused back with the office, to be decided again (the refused parts
/// 已受理 once more, holding again what they hold while undecided), inside the appeal's write. FAILED_PRECONDITION when
/// it no longer can (paid since, or what it held is another's now).
/// </summary>
public interface IAppealReopening
{
    Task ReopenAsync(string reference, Caller clerk, DateTimeOffset at, CancellationToken cancellationToken);
}
