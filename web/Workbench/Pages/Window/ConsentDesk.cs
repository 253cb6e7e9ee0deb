using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>The 书面查询授权 screen: whose, the banks one may name, what was typed, and the consent recorded or the refusal.</summary>
public sealed record ConsentDeskView(
    Person Person,
    ServiceAnswer<ListLoanBanksResponse> Banks,
    string IdempotencyKey,
    string BankCode,
    string ValidUntil,
    string PaperReference,
    ServiceProblem? Problem,
    QueryConsent? Recorded)
{
    public string ActionPath => ConsentDesk.PathOf(Person.PersonId);
}

/// <summary>
/// 书面查询授权 at the window: a person who signed a paper consent for a 经办银行 to check their start-up loan eligibility has it
/// recorded by the clerk, with the clerk's token, for the clerk's office (<c>RecordPaperConsent</c>); the answer's number
/// is what the bank names in its query. The loans service checks the office's region and the dates.
/// </summary>
public sealed class ConsentDesk(ServiceCalls calls, RegistryReads registry, ChinaClock clock)
{
    private const string LoansZh = "创业担保贷款";

    public static string PathOf(string personId) => $"{PersonWindow.PathOf(personId)}/consent";

    public DateOnly Today => clock.Today;

    /// <summary>The empty screen for the person; null person: the registry's problem, or no such person.</summary>
    public async Task<(ConsentDeskView? View, ServiceProblem? Problem)> OpenAsync(string personId, CancellationToken cancellationToken)
    {
        var person = registry.PersonAsync(new PersonKey { PersonId = personId }, cancellationToken);
        var banks = calls.CallAsync<StartupLoans.StartupLoansClient, ListLoanBanksResponse>(LoansZh,
            (client, options) => client.ListLoanBanksAsync(new ListLoanBanksRequest(), options).ResponseAsync, cancellationToken);
        var found = await person;
        return found.Value is { } p
            ? (new ConsentDeskView(p, await banks, ScreenKeys.New(), "", "", "", null, null), null)
            : (null, found.Problem);
    }

    /// <summary>登记: the consent as typed, for the clerk's office; recorded, or the service's refusal with the answers kept.</summary>
    public async Task<ConsentDeskView> RecordAsync(ConsentDeskView opened, IFormCollection posted, string officeRegion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var view = opened with
        {
            IdempotencyKey = ScreenKeys.Of(posted),
            BankCode = posted["bank_code"].ToString().Trim(),
            ValidUntil = posted["valid_until"].ToString().Trim(),
            PaperReference = posted["paper_reference"].ToString().Trim(),
        };
        if (TypedDates.Of(view.ValidUntil) is not { } until)
        {
            return view with { Problem = ServiceProblem.Refused(LoansZh, "“授权截止日期”应写成 2026-12-31 这样的年-月-日（见授权书）。") };
        }

        var request = new RecordPaperConsentRequest
        {
            IdempotencyKey = view.IdempotencyKey,
            Borrower = new Borrower { IdNumber = opened.Person.IdNumber, Kind = BorrowerKind.Individual },
            BankCode = view.BankCode,
            ValidUntil = until,
            PaperReference = view.PaperReference,
            Region = new RegionCode { Code = officeRegion },
        };
        var recorded = await calls.CallAsync<StartupLoans.StartupLoansClient, QueryConsent>(LoansZh,
            (client, options) => client.RecordPaperConsentAsync(request, options).ResponseAsync, cancellationToken);
        // Refused, nothing was stored: the corrected answers go with a new key.
        return recorded.Value is { } consent ? view with { Recorded = consent } : view with { Problem = recorded.Problem, IdempotencyKey = ScreenKeys.New() };
    }
}
