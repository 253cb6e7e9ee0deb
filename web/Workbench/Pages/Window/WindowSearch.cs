using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>What the clerk typed in 一窗受理, and where it leads: a person, an employer, or a reason to type again.</summary>
public sealed record WindowQuery(string Number)
{
    public static WindowQuery From(Microsoft.AspNetCore.Http.IFormCollection form) =>
        new((form["number"].ToString() ?? "").Trim().ToUpperInvariant());
}

/// <summary>The search page's answer: nothing yet, a problem with what was typed, or nobody found.</summary>
public sealed record WindowSearchView(WindowQuery Query, string? InputProblem, ServiceProblem? Problem, bool NotFound)
{
    /// <summary>Offered when nobody is found: the registration of the number typed, and what the registry said of the last try.</summary>
    public RegistrationForm Registration { get; init; } = RegistrationForm.New(Query.Number);

    public ServiceProblem? RegistrationProblem { get; init; }
}

/// <summary>
/// 一窗受理's search: an identity number (居民身份证, check character verified) finds a person, a unified social credit
/// code (统一社会信用代码, its checks verified) an employer, through the registry with the clerk's own token, so the
/// registry answers only within the clerk's office: someone outside it is "not found", as one never registered.
/// </summary>
public sealed class WindowSearch(ServiceCalls calls, RegistryReads registry, ChinaClock clock)
{
    /// <summary>The page to go to (a person's or employer's window), or the search page's answer.</summary>
    public async Task<(string? Found, WindowSearchView View)> FindAsync(WindowQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Number.Length == 0)
        {
            return (null, new(query, "请输入身份证号码或统一社会信用代码。", null, false));
        }

        if (ResidentIdNumber.TryParse(query.Number, clock.Today, out var id, out var idError))
        {
            var people = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, FindPeopleResponse>(RegistryReads.PeopleZh,
                (client, options) => client.FindPeopleAsync(new FindPeopleRequest { IdNumber = id.Value }, options).ResponseAsync, cancellationToken);
            return people.Value?.People.FirstOrDefault() is { } person
                ? (PersonWindow.PathOf(person.PersonId), new(query, null, null, false))
                : (null, new(query, null, people.Problem, people.Problem is null) { Registration = RegistrationForm.New(query.Number) with { Person = true } });
        }

        if (UnifiedSocialCreditCode.TryParse(query.Number, out var code, out var codeError))
        {
            var employer = await registry.EmployerAsync(new EmployerKey { CreditCode = code.Value }, cancellationToken);
            return employer.Value is { } found
                ? (EmployerWindow.PathOf(found.EmployerId), new(query, null, null, false))
                : (null, new(query, null, employer.Problem is { NotFound: true } ? null : employer.Problem, employer.Problem?.NotFound == true));
        }

        // Digits throughout (an X last at most) reads as an identity number mistyped; anything else as a credit code.
        var looksLikeId = query.Number.Length > 0 && query.Number[..^1].All(char.IsAsciiDigit);
        return (null, new(query, (looksLikeId ? "身份证号码有误：" + idError!.MessageZh : "统一社会信用代码有误：" + codeError!.MessageZh), null, false));
    }
}
