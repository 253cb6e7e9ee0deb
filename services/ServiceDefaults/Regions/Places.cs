using Employment.Policy.Model;

namespace Employment.ServiceDefaults.Regions;

/// <summary>
/// The places the platform serves, their names and the points of their seats: the two cities and
/// Jiaozuo's districts and counties, by their GB/T 2260 codes (the hierarchy of codes is <see cref="Region"/>'s). Geography for the pages' select boxes and for answers that
/// name a place, not policy: which rules apply to a place is the services' answer (most specific
/// region wins, R2).
/// </summary>
public static class Places
{
    /// <param name="NameZh">As a select box lists it ("焦作市（全市）").</param>
    /// <param name="SeatLatitude">The seat of the place's 人民政府 (WGS-84), read from a public map to about
    /// 0.01° (1 km), not surveyed: to be confirmed by the bureau before a page that shows distances is published.</param>
    public sealed record Place(string Code, string NameZh, double SeatLatitude, double SeatLongitude)
    {
        /// <summary>As a sentence names it ("焦作市"); the list's name where the two agree.</summary>
        public string ProperNameZh { get => field ?? NameZh; init; }

        /// <summary>A whole city (焦作市, and 济源, a city of one county), as <see cref="Region.IsCity"/> reads its code.</summary>
        public bool IsCity => Region.Parse(Code).IsCity;
    }

    public static IReadOnlyList<Place> All { get; } =
    [
        new("410800", "焦作市（全市）", 35.216, 113.242) { ProperNameZh = "焦作市" },
        new("410802", "焦作市 解放区", 35.240, 113.226),
        new("410803", "焦作市 中站区", 35.236, 113.182),
        new("410804", "焦作市 马村区", 35.256, 113.322),
        new("410811", "焦作市 山阳区", 35.214, 113.255),
        new("410821", "焦作市 修武县", 35.224, 113.447),
        new("410822", "焦作市 博爱县", 35.171, 113.064),
        new("410823", "焦作市 武陟县", 35.099, 113.402),
        new("410825", "焦作市 温县", 34.940, 113.081),
        new("410882", "焦作市 沁阳市", 35.087, 112.950),
        new("410883", "焦作市 孟州市", 34.907, 112.791),
        new("419001", "济源示范区", 35.067, 112.602),
    ];

    public static Place? Find(string? code) => All.FirstOrDefault(p => p.Code == code);

    /// <summary>
    /// The parts a city's region-wide work is shared out by: its districts and counties, or the city itself when it has
    /// none of its own (济源).
    /// </summary>
    public static IReadOnlyList<string> PartsOf(string city)
    {
        var parts = All.Where(p => p.Code != city && !p.IsCity && p.Code.StartsWith(city[..4], StringComparison.Ordinal)).Select(p => p.Code).ToList();
        return parts.Count > 0 ? parts : [city];
    }

    /// <summary>
    /// The districts and counties a city's figures are shared out by; none for a city of one county (济源), which is its
    /// own county.
    /// </summary>
    public static IReadOnlyList<string> CountiesOf(string city) => [.. PartsOf(city).Where(c => c != city)];

    /// <summary>
    /// A region as a person names it: the pages' places, the province and the country whose
    /// documents also apply; a code outside these is not shown (a person never reads a code).
    /// </summary>
    public static string NameOf(string? code) => code switch
    {
        "410000" => "河南省",
        "CN" => "全国",
        _ => Find(code)?.NameZh ?? "",
    };

    /// <summary>A region as a sentence names it ("焦作市", "焦作市 解放区", "河南省"); empty for a code outside the platform's.</summary>
    public static string ProperNameOf(string? code) => Find(code)?.ProperNameZh ?? NameOf(code);
}
