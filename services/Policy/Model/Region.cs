namespace Employment.Policy.Model;

/// <summary>
/// A region code: CN for national, or a six-digit administrative division code (GB/T 2260).
/// Rules inherit downwards (ruling R2): CN → province (410000) → city or zone (410800, 419001) →
/// county or district (e.g. 410802 in Jiaozuo).
/// </summary>
public readonly record struct Region
{
    public static readonly Region National = new("CN");
    public static readonly Region Henan = new("410000");
    public static readonly Region Jiaozuo = new("410800");
    public static readonly Region Jiyuan = new("419001");

    private Region(string code) => Code = code;

    public string Code { get; }

    public static bool TryParse(string? value, out Region region)
    {
        region = default;
        if (value == "CN")
        {
            region = National;
            return true;
        }

        if (value is { Length: 6 } && value.All(char.IsAsciiDigit))
        {
            region = new Region(value);
            return true;
        }

        return false;
    }

    public static Region Parse(string value) =>
        TryParse(value, out var region) ? region : throw new FormatException($"'{value}' is not a region code (CN or six digits).");

    /// <summary>The region and every region above it, most specific first.</summary>
    public Region[] Chain()
    {
        if (Code == "CN")
        {
            return [this];
        }

        var province = new Region(Code[..2] + "0000");
        if (province == this)
        {
            return [this, National];
        }

        var city = new Region(CityCode());
        if (city == this)
        {
            return [this, province, National];
        }

        return [this, city, province, National];
    }

    /// <summary>
    /// A city or a zone directly under the province (410800 焦作市, 419001 济源, a city of one county-level
    /// code), not a province, a county or the country.
    /// </summary>
    public bool IsCity => Code != "CN" && Code[2..] != "0000" && CityCode() == Code;

    /// <summary>The city a county lies in, or the city itself (济源's code is both).</summary>
    public Region City => Code != "CN" && Code[2..] != "0000" ? new Region(CityCode()) : throw new InvalidOperationException($"{Code} lies in no city.");

    /// <summary>The city of a county's code, as the search and matching file it (410821 → 410800; 419001 → 419001).</summary>
    public static string CityOf(string countyCode) => Parse(countyCode).City.Code;

    /// <summary>Whether <paramref name="other"/> is this region or lies within it (a district within its city).</summary>
    public bool Contains(Region other) => other.Chain().Contains(this);

    /// <summary>
    /// The code prefix every region within this one starts with ("" for CN, "41" for Henan, "4108" for
    /// Jiaozuo, "4190" for Jiyuan, the whole code for a district): for filtering rows in a query.
    /// </summary>
    public string CodePrefix => Code switch
    {
        "CN" => "",
        _ when Code[2..] == "0000" => Code[..2],
        _ when Code[4..] == "00" || (Code[2] == '9' && Code[4..] == "01") => Code[..4],
        _ => Code,
    };

    public override string ToString() => Code;

    // Province-level directly administered units such as Jiyuan (4190xx) sit under the province as cities of their own.
    private string CityCode() => Code[2] == '9' ? Code[..4] + "01" : Code[..4] + "00";
}
