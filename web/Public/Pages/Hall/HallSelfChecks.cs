using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Public.Pages.SelfCheck.Measures;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// 政策测算 for a signed-in person: a person's measure's page with the answers the registry already holds filled in
/// (出生日期, 学历, 失业登记, the groups certified, where they live), read with the person's own token and named for them to
/// check. The page posts to the public self-check, which judges what the form then says; nothing is stored.
/// </summary>
public sealed class HallSelfChecks(ServiceCalls calls, ChinaClock clock)
{
    public const string Path = PublicSiteOptions.HallPath + "/self-check";

    /// <summary>The registry's purpose for the read, as the person's 查阅记录 words it.</summary>
    public const string Purpose = "hall.self_check";

    private const string RegistryZh = "登记系统";

    public static string PathOf(MeasureCheck measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return $"{Path}/{measure.Slug}";
    }

    /// <summary>The measures a person asks about for themselves (not an employer's).</summary>
    public static IReadOnlyList<MeasureCheck> ForPeople { get; } = [.. SelfCheckMeasures.All.Where(m => m.WhoZh.StartsWith("个人", StringComparison.Ordinal))];

    /// <summary>The measure's page filled from the registry, or null for a measure that is not a person's.</summary>
    public async Task<MeasureCheckView?> OpenAsync(HallUser user, string slug, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ForPeople.FirstOrDefault(m => m.Slug == slug) is not { } measure)
        {
            return null;
        }

        var read = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonProfile>(RegistryZh,
            (c, o) => c.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = user.PersonId }, Purpose = Purpose }, o).ResponseAsync, cancellation);
        var view = new MeasureCheckView(measure, MeasureFacts.Empty, null, null) { Signed = user, SignedName = read.Value?.Person?.Name ?? "" };
        if (read.Value is not { } profile)
        {
            return view;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<string>();
        foreach (var (name, value, label) in StatedPersonQuestions.FromRegistry(profile, clock.Today).Where(a => measure.Fields.Any(f => f.Name == a.Name)))
        {
            values[name] = value;
            named.Add(label);
        }

        if (measure.Fields.FirstOrDefault(f => f.Kind == FieldKind.Place) is { } place && Places.Find(profile.Person?.ResidenceRegion?.Code) is { } home)
        {
            values[place.Name] = home.Code;
            named.Add($"{place.LabelZh}（{home.NameZh}，您的居住地）");
        }

        return view with { Facts = new MeasureFacts(values), FromRegistryZh = named };
    }
}
