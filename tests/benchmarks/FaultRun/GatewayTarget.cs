namespace FaultRun;

/// <summary>
/// Where the production shape's gateway answers and the tokens deploy/run-production.sh wrote
/// (tokens.env), plus the fixed facts of the traffic: the demo bank and a Jiaozuo borrower.
/// </summary>
public sealed record GatewayTarget(string GrpcAddress, string HttpAddress, string CounterToken, string BankToken)
{
    /// <summary>The bank the script's bank token is bound to.</summary>
    public const string BankCode = "DEMO-BANK-001";

    /// <summary>A fictional 居民身份证 number with a valid check character (the script's printed example).</summary>
    public const string BorrowerIdNumber = "410802200106153013";

    /// <summary>A Jiaozuo district, inside the counter token's region (410800).</summary>
    public const string RegionCode = "410802";

    public static GatewayTarget Read(string tokensFile)
    {
        var values = File.ReadAllLines(tokensFile)
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim().Trim('"', '\''), StringComparer.Ordinal);
        return new GatewayTarget(values["EMPLOYMENT_GATEWAY_GRPC"], values["EMPLOYMENT_GATEWAY_HTTP"], values["COUNTER_TOKEN"], values["BANK_TOKEN"]);
    }
}
