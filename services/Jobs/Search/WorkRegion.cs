namespace Employment.Jobs.Search;

/// <summary>
/// Region codes as the search filters them: a city (410800 焦作市) holds its counties (410802 解放区,
/// 410821 修武县…); 济源 (419001) is a county-level city directly under the province and is its own city.
/// </summary>
public static class WorkRegion
{
    /// <summary>The city of a county-level code.</summary>
    public static string CityOf(string countyCode)
    {
        ArgumentNullException.ThrowIfNull(countyCode);
        if (countyCode.Length != 6)
        {
            throw new ArgumentException($"A region code has 6 digits: {countyCode}.", nameof(countyCode));
        }

        return countyCode.AsSpan(2, 2) is "90" ? countyCode : countyCode[..4] + "00";
    }

    /// <summary>Whether a filter code names a whole city (410800), rather than one county.</summary>
    public static bool IsCity(string code) => code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal) && !code.EndsWith("0000", StringComparison.Ordinal);
}
