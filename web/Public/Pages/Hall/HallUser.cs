using System.Security.Claims;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// Who is signed in to the hall, as the provider's identity token says: the person's registry id, and the employer's
/// when they act for one (法人办事). Nothing else of them is in the token; their name is the registry's.
/// </summary>
public sealed record HallUser(string PersonId, string? EmployerId)
{
    public static HallUser Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var employer = user.FindFirstValue("role") == "employer" ? user.FindFirstValue("employer_id") : null;
        return new(user.FindFirstValue("sub") ?? "", employer is { Length: > 0 } ? employer : null);
    }

    /// <summary>Acting for an employer (the token's role is employer): the hall shows the employer's affairs.</summary>
    public bool ForEmployer => EmployerId is not null;
}
