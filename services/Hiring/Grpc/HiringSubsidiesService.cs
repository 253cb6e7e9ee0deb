using Employment.Hiring.UseCases;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.Grpc;

/// <summary>
/// employment.hiring.v1.HiringSubsidies. Each method checks the caller and the request's shape, calls
/// one use case and returns its answer; rules live in Domain/, data in Data/. Roles are the proto's
/// (checked again here by the host's access interceptor); a counter acts within its region.
/// </summary>
internal sealed class HiringSubsidiesService(
    ICallerResolver callers,
    TakeClaim take,
    DecideClaimItem decide,
    ClaimQueries queries,
    ListOwedSubsidies owed,
    ClaimOffers offers,
    AcceptOffer accept,
    SelfCheckSubsidies selfCheck,
    ClaimForms forms,
    ServiceDefaults.Time.ChinaClock clock) : V1.HiringSubsidies.HiringSubsidiesBase
{
    /// <summary>Public: every kind's questions as a form, for a counter's screen or the online hall to render.</summary>
    public override Task<Common.V1.FormDescriptions> DescribeClaimForms(Common.V1.DescribeFormsRequest request, ServerCallContext context) =>
        Task.FromResult(forms.Describe(null, clock.Today));

    /// <summary>免申即享: the caller's offers, found again from the registry's facts as they stand.</summary>
    public override Task<V1.ListMyOffersResponse> ListMyOffers(V1.ListMyOffersRequest request, ServerCallContext context) =>
        offers.ListAsync(callers.Resolve(context), context.CancellationToken);

    /// <summary>免申即享, accepted: the offer's claim submitted as a counter's is, into the claimant's region's queue.</summary>
    public override Task<V1.HiringClaim> AcceptOffer(V1.AcceptOfferRequest request, ServerCallContext context) =>
        accept.AcceptAsync(request, callers.Resolve(context), context.CancellationToken);

    /// <summary>Public 自助测算 on stated facts: judged by the claims' own judges, nothing read or stored.</summary>
    public override Task<V1.SubsidySelfCheck> CheckSubsidies(V1.SubsidySelfCheckRequest request, ServerCallContext context) =>
        Task.FromResult(selfCheck.Check(request));

    /// <summary>A claim judged by its kind's rules, nothing stored: what the clerk checks before submitting.</summary>
    public override Task<V1.HiringClaim> PreviewClaim(V1.SubmitClaimRequest request, ServerCallContext context) =>
        take.PreviewAsync(request, callers.Resolve(context), context.CancellationToken);

    /// <summary>A claim judged again by its kind's rules and stored once (idempotent on the clerk's key).</summary>
    public override Task<V1.HiringClaim> SubmitClaim(V1.SubmitClaimRequest request, ServerCallContext context) =>
        take.SubmitAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.HiringClaim> DecideClaimItem(V1.DecideClaimItemRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.ClaimId, "claim_id", "申领编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        if (request.ItemNo <= 0)
        {
            throw RpcErrors.Invalid("item_no", "请指明审核的项目序号（item_no，从 1 起）。");
        }

        return decide.DecideAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.HiringClaim> GetClaim(V1.GetClaimRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.ClaimId, "claim_id", "申领编号");
        return queries.GetAsync(request.ClaimId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListClaimsResponse> ListClaims(V1.ListClaimsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    /// <summary>直补快办: the owed 吸纳 / 扩岗 items of employers registered within the counter's region.</summary>
    public override Task ListOwedSubsidies(V1.ListOwedSubsidiesRequest request, IServerStreamWriter<V1.OwedSubsidiesPage> responseStream, ServerCallContext context)
    {
        var query = OwedSubsidiesInput.Query(request);
        RegionScope.Of(callers.Resolve(context)).RequireCovers("region", query.Region.Code);
        return owed.StreamAsync(query, responseStream.WriteAsync, context.CancellationToken);
    }

}
