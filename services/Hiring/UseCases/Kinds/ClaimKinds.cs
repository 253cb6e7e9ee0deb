using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The kinds of claim this service takes, each registered under its <see cref="V1.SubsidyKind"/>
/// (<see cref="ClaimKindRegistration.AddClaimKind{TKind}"/>). A kind the contract names but no class
/// takes is UNIMPLEMENTED, never judged by the wrong rules.
/// </summary>
public sealed class ClaimKinds(SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, ChinaClock clock)
{
    /// <summary>
    /// The class that takes the request's kind, once the request's text, its received date (R31) and its items (only the
    /// kind's own) have passed their checks; online, once the kind is the caller's and open online (<see cref="OnlineTaking"/>),
    /// received the day it is submitted.
    /// </summary>
    public IClaimKind For(V1.SubmitClaimRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == V1.SubsidyKind.Unspecified)
        {
            throw RpcErrors.Invalid("kind", "请选择补贴类型（kind）。");
        }

        if (!kinds.Takes(request.Kind))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"暂不受理该类补贴（{request.Kind}）：目前受理{kinds.NamesZh("和")}。 (field: kind)"));
        }

        OnlineTaking.Admit(request, kinds.Of(request.Kind), caller);
        if (OnlineTaking.ChannelOf(caller) == Common.V1.Channel.Online && (request.ReceivedOn is not null || request.ReceiptNumber.Length > 0))
        {
            throw RpcErrors.Invalid(request.ReceivedOn is not null ? ClaimReceipt.DateField : ClaimReceipt.NumberField, "网上申请以提交之日为受理日期，不填写受理日期和受理回执编号。");
        }

        ClaimText.Check(request);
        ClaimReceipt.Of(request, clock.Today);
        ClaimShape.OnlyTheKindsItems(request, kinds.Of(request.Kind), kinds.All);
        return kinds.For(request.Kind);
    }
}

public static class ClaimKindRegistration
{
    /// <summary>Registers a kind of claim: its class under each kind it takes, and what it needs beside itself.</summary>
    public static IServiceCollection AddClaimKind<TKind>(this IServiceCollection services)
        where TKind : class, IClaimKind, IRegisteredKind<V1.SubsidyKind> =>
        services.AddSubsidyKind<V1.SubsidyKind, IClaimKind, TKind>();
}
