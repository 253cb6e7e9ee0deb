using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Employment.ServiceDefaults.Time;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Citizens;

/// <summary>
/// 法人办事: a signed-in person whose site asks for the <see cref="CitizenPrincipal.EmployerScope"/> chooses the
/// employer to act for among those the registry lets them act for today (as its legal representative or its
/// 经办人); the choice comes back on the authorization request as <see cref="Parameter"/>, which a site may also
/// send itself. Whatever names it, the employer is checked against the registry before a token names it; one
/// the person may not act for is refused with what they may do, and kept in the sign-in log.
/// </summary>
public sealed partial class ActingForEmployer(RegistryPeople registry, TimeProvider time, ILogger<ActingForEmployer> log)
{
    public const string Parameter = "acting_for";

    public async Task<IResult> DecideAsync(HttpContext context, OpenIddictRequest request, string personId, string audience)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var employers = await registry.ActingForAsync(personId, Today(), context.RequestAborted);
        var chosen = request.GetParameter(Parameter)?.ToString();
        if (chosen is { Length: > 0 })
        {
            if (employers.FirstOrDefault(e => e.EmployerId == chosen) is { } employer)
            {
                Chosen(log, personId, employer.EmployerId, employer.AsLegalRepresentative ? "legal_representative" : "agent", Address(context));
                var principal = CitizenPrincipal.For(personId, audience, request.GetScopes(), employer.EmployerId);
                return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            Refused(log, personId, Loggable(chosen), Address(context));
            return Page(context, employers, "您不能代表所选单位办理：登记的法定代表人或经办人中没有您，或授权已到期、已撤销。", StatusCodes.Status403Forbidden);
        }

        return employers.Count == 0
            ? Page(context, employers, "您名下没有可代表办理的单位。", StatusCodes.Status403Forbidden)
            : Page(context, employers, null, StatusCodes.Status200OK);
    }

    /// <summary>Whether the employer a refresh token names may still be acted for by the person today (a grant revoked or ended since is not).</summary>
    public async Task<bool> StillActsForAsync(string personId, string employerId, CancellationToken cancellationToken) =>
        (await registry.ActingForAsync(personId, Today(), cancellationToken)).Any(e => e.EmployerId == employerId);

    /// <summary>What a request named, as the log may carry it: an id's letters, digits and hyphens, never a line of someone's making.</summary>
    private static string Loggable(string named) =>
        named.Length <= 41 && named.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? named : "(not an id)";

    private DateOnly Today() => ChinaClock.DateOf(time.GetUtcNow());

    /// <summary>The choice, each employer a link back to the authorization request with the choice added.</summary>
    private static IResult Page(HttpContext context, IReadOnlyList<EmployerActedFor> employers, string? problem, int status)
    {
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        query.Remove(Parameter);
        var again = new QueryBuilder(query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
        var links = string.Concat(employers.Select(e =>
        {
            var choice = new QueryBuilder(again) { { Parameter, e.EmployerId } };
            return $"""<li><a href="{E(context.Request.PathBase + context.Request.Path + choice.ToQueryString())}">{E(e.Name)}<small>{e.ActingAsZh} · 统一社会信用代码 {E(e.CreditCode)}</small></a></li>""";
        }));
        var body = (employers.Count > 0 ? $"""<p class="hint">请选择本次代表办理的单位：</p><ul class="choice">{links}</ul>""" : "")
            + """<p class="hint">单位的法定代表人登录后可以授权经办人；也可以持单位加盖公章的授权委托书到单位所在地的人社窗口登记。</p>""";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(Frame("选择办事单位", problem, body), "text/html; charset=utf-8", statusCode: status);
    }

    [LoggerMessage(EventId = 4214, Level = LogLevel.Information, Message = "Acting for an employer: person {PersonId} for {EmployerId} as {ActingAs} from {Address}")]
    private static partial void Chosen(ILogger logger, string personId, string employerId, string actingAs, string address);

    [LoggerMessage(EventId = 4215, Level = LogLevel.Warning, Message = "Acting for an employer refused: person {PersonId} named {EmployerId}, not theirs, from {Address}")]
    private static partial void Refused(ILogger logger, string personId, string employerId, string address);
}
