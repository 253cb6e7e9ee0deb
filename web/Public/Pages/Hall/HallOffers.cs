using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>One offer as its page shows it: what it rests on, the account form, and after 确认领取 the claim it became or the refusal.</summary>
public sealed record OfferView(HallUser User, string WhoZh, SubsidyOffer Offer, string IdempotencyKey, string Account, ServiceProblem? Refusal, HiringClaim? Taken)
{
    public string ActionPath => HallOffers.PathOf(Offer.OfferId);
}

/// <summary>
/// 免申即享 in the hall: the hiring service finds, with the signed-in person's (or agent's) own token, what the registry's
/// facts make owed to them and keeps it as offers (<c>ListMyOffers</c>); accepting one with the account to pay into
/// (<c>AcceptOffer</c>) makes it a claim in the counter's queue. The service decides whose offers they are.
/// </summary>
public sealed class HallOffers(ServiceCalls calls)
{
    /// <summary>The account input's name.</summary>
    public const string AccountField = "payment_account";

    private const string ServiceZh = "就业补贴服务";

    public static string PathOf(string offerId) => $"{PublicSiteOptions.HallPath}/offers/{Uri.EscapeDataString(offerId)}";

    /// <summary>The caller's offers as the service finds them now (open first).</summary>
    public Task<ServiceAnswer<ListMyOffersResponse>> ListAsync(CancellationToken cancellation) =>
        calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ListMyOffersResponse>(ServiceZh,
            (client, options) => client.ListMyOffersAsync(new ListMyOffersRequest(), options).ResponseAsync, cancellation);

    /// <summary>The offer's page; null when the caller has no such offer.</summary>
    public async Task<(OfferView? View, ServiceProblem? Problem)> OpenAsync(HallUser user, string offerId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var offers = ListAsync(cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        var found = await offers;
        if (found.Value is null)
        {
            return (null, found.Problem);
        }

        return found.Value.Offers.FirstOrDefault(o => o.OfferId == offerId) is { } offer
            ? (new OfferView(user, (await who).Value ?? "", offer, ScreenKeys.New(), "", null, null), null)
            : (null, null);
    }

    /// <summary>确认领取: the account as typed, sent with the caller's token; the claim it became, or the refusal with the account kept.</summary>
    public async Task<OfferView> AcceptAsync(OfferView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var account = posted[AccountField].ToString().Trim();
        var view = opened with { Account = account, IdempotencyKey = ScreenKeys.Of(posted) };
        var request = new AcceptOfferRequest { IdempotencyKey = view.IdempotencyKey, OfferId = opened.Offer.OfferId, PaymentAccount = account };
        var taken = await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>(ServiceZh,
            (client, options) => client.AcceptOfferAsync(request, options).ResponseAsync, cancellation);
        // Refused, nothing was stored: the corrected account goes with a new key.
        return taken.Value is { } claim ? view with { Taken = claim } : view with { Refusal = taken.Problem, IdempotencyKey = ScreenKeys.New() };
    }
}

/// <summary>The name the hall greets with: the registry's, of the person or of the employer they act for.</summary>
public static class HallNames
{
    public static Task<ServiceAnswer<string>> WhoAsync(ServiceCalls calls, HallUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(user);
        return user.ForEmployer
            ? calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, string>("登记信息服务", async (c, o) =>
                (await c.GetEmployerAsync(new Applicants.V1.GetEmployerRequest { Employer = new EmployerKey { EmployerId = user.EmployerId } }, o)).Name, cancellation)
            : calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, string>("登记信息服务", async (c, o) =>
                (await c.GetPersonAsync(new Applicants.V1.GetPersonRequest { Person = new PersonKey { PersonId = user.PersonId } }, o)).Name, cancellation);
    }
}
