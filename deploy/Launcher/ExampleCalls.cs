namespace Employment.Launcher;

/// <summary>
/// The ready-to-paste calls the launcher prints, one per role, each answered by what runs today:
/// the public REST route of the loan cap, a counter's search of the demo people, and the bank and
/// the admin reading the loan measures over gRPC with their tokens. The admin's own RPCs (audit
/// trails, loans) have nothing to show in a fresh demo, and the bank RPCs of startup-loans are still
/// being built: when they land, QueryEligibility belongs on the bank's line.
/// </summary>
internal static class ExampleCalls
{
    public static IEnumerable<(string Role, string Command)> For(string httpAddress, string tokensFile)
    {
        var call = $"dotnet {Quote(typeof(ExampleCalls).Assembly.Location)} call {Quote(tokensFile)}";
        yield return ("public", $"curl -s '{httpAddress}/v1/policy/parameters/loans.individual.subsidised_cap?region.code=410800'");
        yield return ("counter", $"{call} counter /employment.applicants.v1.Applicants/FindPeople '{{\"name\":\"王\"}}'");
        yield return ("bank", $"{call} bank /employment.policy.v1.PolicyCatalog/GetParameter '{{\"key\":\"loans.individual.subsidised_cap\",\"region\":{{\"code\":\"410800\"}}}}'");
        yield return ("admin", $"{call} admin /employment.policy.v1.PolicyCatalog/ListMeasures '{{\"region\":{{\"code\":\"410800\"}},\"domain\":\"POLICY_DOMAIN_LOANS\"}}'");
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
