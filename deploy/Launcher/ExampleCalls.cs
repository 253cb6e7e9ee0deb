using Employment.Identity;
using Employment.Loans.Data;

namespace Employment.Launcher;

/// <summary>
/// The ready-to-paste calls the launcher prints, one per role, each answered by the demo data: the
/// public policy list (every domain, Jiaozuo, 2024-03-01: the 2024 loan cap among it), the public job search (会计 in Jiaozuo's demo postings), a counter's search of the demo people, the demo bank's
/// eligibility query for a demo person, and the admin reading a demo loan.
/// </summary>
internal static class ExampleCalls
{
    public static IEnumerable<(string Role, string Command)> For(string httpAddress, string tokensFile)
    {
        var call = $"dotnet {Quote(typeof(ExampleCalls).Assembly.Location)} call {Quote(tokensFile)}";
        yield return ("public", $"curl -s '{httpAddress}/v1/policy/measures?region.code=410800&on=2024-03-01'");
        // 会计 (accountant) among the demo postings in Jiaozuo, URL-encoded as a browser sends it.
        yield return ("search", $"curl -s '{httpAddress}/v1/jobs/postings?query={Uri.EscapeDataString("会计")}&region.code=410800&page.page_size=5'");
        yield return ("counter", $"{call} counter /employment.applicants.v1.Applicants/FindPeople '{{\"name\":\"王\"}}'");
        yield return ("bank", $"{call} bank /employment.loans.v1.StartupLoans/QueryEligibility '{{\"bankCode\":\"{LoansDemoData.DemoBank}\","
            + $"\"borrower\":{{\"idNumber\":\"{DemoBorrower}\",\"kind\":\"BORROWER_KIND_INDIVIDUAL\"}},\"region\":{{\"code\":\"410802\"}},"
            + "\"intendedIssueDate\":{\"year\":2024,\"month\":3,\"day\":1},\"requestedAmount\":{\"fen\":\"10000000\"},\"consentReference\":\"DEMO-SQ-0001\"}'");
        yield return ("admin", $"{call} admin /employment.loans.v1.StartupLoans/GetLoan '{{\"loan\":{{\"loanId\":\"{LoansDemoData.DemoLoanId}\"}}}}'");
    }

    /// <summary>王小明（示例）, the first of the registry's demo people.</summary>
    private static string DemoBorrower => LoansDemoData.DemoBorrowerFirst17 + ResidentIdNumber.ComputeCheckCharacter(LoansDemoData.DemoBorrowerFirst17);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
