using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Employment.Web.Public.Pages.SelfCheck;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// 政策测算 for a signed-in person: a person's measure's page with the answers the registry already holds filled in
/// (出生日期, 学历, 失业登记, the groups certified, where they live), read with the person's own token and named for them to
/// check. The page posts to the public self-check, which judges what the form then says; nothing is stored.
/// </summary>
public sealed class HallSelfChecks(ServiceCalls calls, SelfCheckForms forms, ChinaClock clock)
{
    public const string Path = PublicSiteOptions.HallPath + "/self-check";

    /// <summary>The registry's purpose for the read, as the person's 查阅记录 words it.</summary>
    public const string Purpose = "hall.self_check";

    private const string RegistryZh = "登记系统";

    public static string PathOf(DescribedSelfCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return $"{Path}/{check.Form.Address}";
    }

    /// <summary>The measure's page filled from the registry, or null for a measure that is not a person's (or none at all).</summary>
    public async Task<MeasureCheckView?> OpenAsync(HallUser user, string address, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await forms.FindAsync(address, cancellation) is not { ForPeople: true } check)
        {
            return null;
        }

        var read = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonProfile>(RegistryZh,
            (c, o) => c.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = user.PersonId }, Purpose = Purpose }, o).ResponseAsync, cancellation);
        var view = new MeasureCheckView(check, FormAnswers.Empty, [], null) { Signed = user, SignedName = read.Value?.Person?.Name ?? "" };
        if (read.Value is not { } profile)
        {
            return view;
        }

        var (known, namedZh) = RegistryAnswers.For(check.Form, profile, clock.Today);
        var values = new Dictionary<string, string>(known, StringComparer.Ordinal);
        var named = namedZh.ToList();
        if (check.Form.Fields.FirstOrDefault(f => f.Type == FormFieldType.Region) is { } place && Places.Find(profile.Person?.ResidenceRegion?.Code) is { } home)
        {
            values[place.Path] = home.Code;
            named.Add($"{place.LabelZh}（{home.NameZh}，您的居住地）");
        }

        return view with { Answers = FormAnswers.Empty.With(values), FromRegistryZh = named };
    }
}
