using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Security;

namespace Employment.Persistence.Lifecycle;

// The steps of the subsidy lifecycle a service answers for its own records, one interface each, so that the
// kit's one implementation of the shared contracts (SubsidyCases, SubsidyOversight) serves every service. A
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

/// <summary>公示: a batch's notice list, and a region's batches on notice today.</summary>
public interface IPaymentNotices
{
    Task<PaymentNotice> NoticeAsync(string batchId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PaymentNotice>> OnNoticeAsync(Policy.Model.Region region, CancellationToken cancellationToken);
}

/// <summary>公示异议: objections to a line of a notice, a texted code for an objector, and a clerk's resolution.</summary>
public interface IPaymentObjections
{
    Task<ObjectionReceipt> FileAsync(FileObjectionRequest request, Caller caller, CancellationToken cancellationToken);

    Task<ObjectionCodeSent> RequestCodeAsync(RequestObjectionCodeRequest request, CancellationToken cancellationToken);

    Task<ListObjectionsResponse> ListAsync(ListObjectionsRequest request, Caller caller, CancellationToken cancellationToken);

    Task<Objection> ResolveAsync(ResolveObjectionRequest request, Caller clerk, CancellationToken cancellationToken);
}
