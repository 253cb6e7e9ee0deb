using System.Globalization;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>授权银行查询: the banks one may name, the person's consents with the queries made under each, and the form's state.</summary>
public sealed record ConsentsView(
    HallUser User,
    string WhoZh,
    ServiceAnswer<ListLoanBanksResponse> Banks,
    ServiceAnswer<ListMyQueryConsentsResponse> Consents,
    string IdempotencyKey,
    string BankCode,
    string ValidUntil,
    ServiceProblem? Refusal,
    QueryConsent? Granted)
{
    /// <summary>The last day to offer by default: 30 days on, within the longest the service allows.</summary>
    public string DefaultUntil(DateOnly today) =>
        ValidUntil.Length > 0 ? ValidUntil : today.AddDays(Math.Min(30, Banks.Value?.LongestConsentDays ?? 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// 授权银行查询 in the hall: a person names a 经办银行 and the last day it may check their start-up loan eligibility
/// (<c>GrantQueryConsent</c>), gives the bank the consent's number, sees each query the bank made under it
/// (<c>ListMyQueryConsents</c>) and may withdraw it (<c>WithdrawQueryConsent</c>). The loans service decides whose.
/// </summary>
public sealed class HallConsents(ServiceCalls calls, ChinaClock clock)
{
    public const string Path = PublicSiteOptions.HallPath + "/consents";

    public const string BankField = "bank_code";

    public const string UntilField = "valid_until";

    private const string ServiceZh = "创业担保贷款服务";

    public DateOnly Today => clock.Today;

    public static string WithdrawPathOf(string consentId) => $"{Path}/{Uri.EscapeDataString(consentId)}/withdraw";

    public async Task<ConsentsView> LoadAsync(HallUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var banks = calls.CallAsync<StartupLoans.StartupLoansClient, ListLoanBanksResponse>(ServiceZh,
            (client, options) => client.ListLoanBanksAsync(new ListLoanBanksRequest(), options).ResponseAsync, cancellation);
        var consents = calls.CallAsync<StartupLoans.StartupLoansClient, ListMyQueryConsentsResponse>(ServiceZh,
            (client, options) => client.ListMyQueryConsentsAsync(new ListMyQueryConsentsRequest { Page = new PageRequest { PageSize = 20 } }, options).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new ConsentsView(user, (await who).Value ?? "", await banks, await consents, ScreenKeys.New(), "", "", null, null);
    }

    /// <summary>授权: the bank and last day as posted, with the caller's token; the consent made, or the refusal with the form kept.</summary>
    public async Task<ConsentsView> GrantAsync(HallUser user, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var bank = posted[BankField].ToString().Trim();
        var until = posted[UntilField].ToString().Trim();
        var key = ScreenKeys.Of(posted);
        var granted = TypedDates.Of(until) is { } last
            ? await calls.CallAsync<StartupLoans.StartupLoansClient, QueryConsent>(ServiceZh,
                (client, options) => client.GrantQueryConsentAsync(new GrantQueryConsentRequest { IdempotencyKey = key, BankCode = bank, ValidUntil = last }, options).ResponseAsync, cancellation)
            : ServiceAnswer<QueryConsent>.Failed(ServiceProblem.Refused(ServiceZh, "“授权截止日期”应写成 2026-12-31 这样的年-月-日。"));

        var view = await LoadAsync(user, cancellation);
        return granted.Value is { } consent
            ? view with { Granted = consent }
            : view with { BankCode = bank, ValidUntil = until, Refusal = granted.Problem };
    }

    /// <summary>撤回: the consent withdrawn (or the reason it could not be), and the list as it now stands.</summary>
    public async Task<ConsentsView> WithdrawAsync(HallUser user, string consentId, CancellationToken cancellation)
    {
        var withdrawn = await calls.CallAsync<StartupLoans.StartupLoansClient, QueryConsent>(ServiceZh,
            // Withdrawing one consent twice is one act: its key is the consent's.
            (client, options) => client.WithdrawQueryConsentAsync(new WithdrawQueryConsentRequest { ConsentId = consentId, IdempotencyKey = "withdraw-" + consentId }, options).ResponseAsync, cancellation);
        var view = await LoadAsync(user, cancellation);
        return view with { Refusal = withdrawn.Problem };
    }
}
