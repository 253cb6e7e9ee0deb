namespace Employment.ServiceDefaults.Regions;

/// <summary>
/// The places the platform serves and their names: the two cities and Jiaozuo's districts and
/// counties, by their GB/T 2260 codes. Geography for the pages' select boxes and for answers that
/// name a place, not policy: which rules apply to a place is the services' answer (most specific
/// region wins, R2).
/// </summary>
public static class Places
{
    /// <param name="NameZh">As a select box lists it ("焦作市（全市）").</param>
    public sealed record Place(string Code, string NameZh, bool IsCity)
    {
        /// <summary>As a sentence names it ("焦作市"); the list's name where the two agree.</summary>
        public string ProperNameZh { get => field ?? NameZh; init; }
    }

    public static IReadOnlyList<Place> All { get; } =
    [
        new("410800", "焦作市（全市）", true) { ProperNameZh = "焦作市" },
        new("410802", "焦作市 解放区", false),
        new("410803", "焦作市 中站区", false),
        new("410804", "焦作市 马村区", false),
        new("410811", "焦作市 山阳区", false),
        new("410821", "焦作市 修武县", false),
        new("410822", "焦作市 博爱县", false),
        new("410823", "焦作市 武陟县", false),
        new("410825", "焦作市 温县", false),
        new("410882", "焦作市 沁阳市", false),
        new("410883", "焦作市 孟州市", false),
        new("419001", "济源示范区", true),
    ];

    public static Place? Find(string? code) => All.FirstOrDefault(p => p.Code == code);

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
