using System.Security.Claims;

namespace Employment.Web.Workbench.SignIn;

/// <summary>Who is signed in, as the provider's identity token says: their 工号, name, role, office and whether they may review (复核).</summary>
public sealed record ClerkClaims(string StaffNumber, string Name, string Role, string OfficeRegion, bool MayReview = false)
{
    public const string Subject = "sub";

    public const string NameClaim = "name";

    public const string RoleClaim = "role";

    public const string Region = "region_code";

    public const string Review = "review";

    public static ClerkClaims Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(Subject) ?? "", user.FindFirstValue(NameClaim) ?? "", user.FindFirstValue(RoleClaim) ?? "", user.FindFirstValue(Region) ?? "",
            user.FindFirstValue(Review) == "true");
    }

    /// <summary>A counter clerk: takes, decides and pays; an auditor reads and reviews risk signals.</summary>
    public bool Counter => Role == "counter";

    public bool Auditor => Role == "auditor";

    /// <summary>The role as the screens name it.</summary>
    public string RoleZh => Role switch
    {
        "counter" => MayReview ? "经办（可复核）" : "经办",
        "auditor" => "稽核",
        "admin" => "系统管理",
        _ => Role,
    };

    /// <summary>The office as the screens name it (焦作市, 济源市…).</summary>
    public string OfficeZh => OfficeRegion.Length == 0 ? "—" : Places.ProperNameOf(OfficeRegion);
}
