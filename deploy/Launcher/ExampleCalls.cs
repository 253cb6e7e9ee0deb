using Employment.Identity;
using Employment.Loans.Data;

namespace Employment.Launcher;

/// <summary>
/// The ready-to-paste calls the launcher prints, one per role, each answered by the demo data: the
/// public policy list (every domain, Jiaozuo, 2024-03-01: the 2024 loan cap among it), a counter's search of the demo people, the demo bank's
/// eligibility query for a demo person, the admin reading a demo loan; and for training, the public
/// skill-upgrade self-check and a counter's vocational-training preview for a demo person.
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

        // Training: the public self-check (what the job seeker states; nothing read or stored), and the
        // counter's preview of a vocational training subsidy for the demo person (registered unemployed
        // since 2023: a 城镇失业人员 of Jiaozuo's 2023 measures cl.80; the per-course amount is the demo's R3 sample).
        yield return ("public-training", $"curl -s -X POST '{httpAddress}/v1/training/skill-upgrade:check' -H 'content-type: application/json' -d '"
            + "{\"certificate\":{\"occupationCode\":\"6-18-01-01\",\"occupationName\":\"焊工\",\"level\":\"SKILL_LEVEL_L4\",\"issueDate\":{\"year\":2024,\"month\":3,\"day\":1}},"
            + "\"region\":{\"code\":\"410823\"},\"insuredMonths\":14,\"employmentContract\":true}'");
        yield return ("counter-training", $"{call} counter /employment.training.v1.TrainingSubsidies/PreviewApplication '{{\"idempotencyKey\":\"demo-preview-0001\","
            + $"\"person\":{{\"idNumber\":\"{DemoBorrower}\"}},\"kind\":\"SUBSIDY_KIND_VOCATIONAL_TRAINING\",\"region\":{{\"code\":\"410802\"}},"
            + "\"course\":{\"courseId\":\"DEMO-C-0001\",\"institutionName\":\"焦作市职业技能培训学校（示例）\",\"institutionCreditCode\":\"52410800MJ0000000X\",\"occupationCode\":\"6-18-01-01\","
            + "\"level\":\"SKILL_LEVEL_L4\",\"period\":{\"from\":{\"year\":2024,\"month\":4,\"day\":1},\"until\":{\"year\":2024,\"month\":5,\"day\":20}},\"hours\":120},"
            + "\"certificate\":{\"certificateNumber\":\"DEMO-Z-0001\",\"occupationCode\":\"6-18-01-01\",\"occupationName\":\"焊工\",\"level\":\"SKILL_LEVEL_L4\","
            + "\"issueDate\":{\"year\":2024,\"month\":6,\"day\":1},\"issuingBody\":\"焦作市职业技能鉴定中心（示例）\"},\"paymentAccount\":\"6217000000001234567\"}'");
    }

    /// <summary>王小明（示例）, the first of the registry's demo people.</summary>
    private static string DemoBorrower => LoansDemoData.DemoBorrowerFirst17 + ResidentIdNumber.ComputeCheckCharacter(LoansDemoData.DemoBorrowerFirst17);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
