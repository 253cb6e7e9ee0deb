using Employment.IdentityNumbers;
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
            + "\"course\":{\"courseId\":\"DEMO-C-0001\",\"institutionName\":\"焦作市职业技能培训学校（示例）\",\"institutionCreditCode\":\"52410800MJ000000XA\",\"occupationCode\":\"6-18-01-01\","
            + "\"level\":\"SKILL_LEVEL_L4\",\"period\":{\"from\":{\"year\":2024,\"month\":4,\"day\":1},\"until\":{\"year\":2024,\"month\":5,\"day\":20}},\"hours\":120},"
            + "\"certificate\":{\"certificateNumber\":\"DEMO-Z-0001\",\"occupationCode\":\"6-18-01-01\",\"occupationName\":\"焊工\",\"level\":\"SKILL_LEVEL_L4\","
            + "\"issueDate\":{\"year\":2024,\"month\":6,\"day\":1},\"issuingBody\":\"焦作市职业技能鉴定中心（示例）\"},\"paymentAccount\":\"6217000000001234567\"}'");

        foreach (var example in Hiring(call))
        {
            yield return example;
        }
    }

    /// <summary>
    /// Hiring subsidies: a counter's preview (nothing stored) of each kind taken at the counter, on the
    /// demo registry: the demo enterprise 焦作市示例机械有限公司 as claimant or host, the demo person 王小明 (registered
    /// unemployed since 2023-01-09). Each answers with its judgement and rule ids: the trainee subsidy and the
    /// 运营补贴 pay (the trainee's minimum wage and the referral amount are the demo's R3 samples); a 稳岗返还 application
    /// received on 2024-04-08 and keyed in later is judged by 焦政办〔2024〕15号（二） (R15, R31), and the same claim at
    /// Jiyuan's counter finds no policy there (R27); the start-up subsidy is judged for 王小明's shop on the day its
    /// claim was received; the transport subsidy and the flexible workers' subsidy refuse the demo person, who is
    /// neither 脱贫劳动力 nor in a flexible-worker group.
    /// </summary>
    private static IEnumerable<(string Role, string Command)> Hiring(string call)
    {
        const string preview = "/employment.hiring.v1.HiringSubsidies/PreviewClaim";
        const string account = "\"paymentAccount\":\"6217000000001234567\"";
        var employer = $"\"employer\":{{\"employerId\":\"{DemoEmployerId}\"}}";
        yield return ("counter-trainee", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-trainee-0001\",{employer},\"kind\":\"SUBSIDY_KIND_TRAINEESHIP\","
            + $"\"trainees\":[{{\"personIdNumber\":\"{DemoBorrower}\",\"traineeship\":{{\"from\":{{\"year\":2024,\"month\":3,\"day\":1}},\"until\":{{\"year\":2024,\"month\":8,\"day\":31}}}},\"realNameRegistered\":true}}],"
            + $"\"traineeHost\":{{\"recognisedByHrBureau\":true,\"evidenceReference\":\"见习单位认定文件（示例）\"}},{account}}}'");
        yield return ("counter-operating", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-operating-0001\",{employer},\"kind\":\"SUBSIDY_KIND_INCUBATOR_OPERATING\","
            + $"\"incubatorOperating\":{{\"founderIdNumber\":\"{DemoBorrower}\",\"enteredIncubator\":{{\"year\":2023,\"month\":3,\"day\":15}},"
            + $"\"costs\":[{{\"year\":2023,\"month\":4,\"cost\":{{\"fen\":\"200000\"}}}}],\"evidenceReference\":\"入驻协议（示例）\"}},{account}}}'");
        // A paper 稳岗返还 application the bureau received on 2024-04-08, keyed in today with its receipt (R31).
        const string received = "\"receivedOn\":{\"year\":2024,\"month\":4,\"day\":8},\"receiptNumber\":\"稳岗受理 2024-0408（示例）\"";
        const string stabilisation = "\"kind\":\"SUBSIDY_KIND_STABILISATION_REFUND\",\"stabilisation\":{\"lastYearContributions\":{\"fen\":\"1000000\"},"
            + "\"insuredStaffAtYearStart\":50,\"layoffs\":0,\"fullContributionMonths\":24,\"evidenceReference\":\"社保缴费明细（示例）\"}";
        yield return ("counter-stabilisation", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-stabilisation-0001\",{employer},{stabilisation},{received},{account}}}'");
        yield return ("counter-jiyuan", $"{call} counter-jiyuan {preview} '{{\"idempotencyKey\":\"demo-stabilisation-0002\",\"employer\":{{\"employerId\":\"{DemoJiyuanEmployerId}\"}},{stabilisation},{received},{account}}}'");
        yield return ("counter-startup", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-startup-0001\",\"employer\":{{\"employerId\":\"{DemoShopId}\"}},\"kind\":\"SUBSIDY_KIND_STARTUP\","
            + $"\"startup\":{{\"founderIdNumber\":\"{DemoBorrower}\",\"firstBusiness\":true,\"operatedNormally\":true,\"evidenceReference\":\"市场监管登记记录（示例）\"}},"
            + $"\"receivedOn\":{{\"year\":2024,\"month\":4,\"day\":10}},\"receiptNumber\":\"创业受理 2024-0410（示例）\",{account}}}'");
        yield return ("counter-referral", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-referral-0001\",{employer},\"kind\":\"SUBSIDY_KIND_JOB_REFERRAL\","
            + $"\"referrals\":[{{\"personIdNumber\":\"{DemoBorrower}\",\"employerCreditCode\":\"{DemoJiyuanEmployerCreditCode}\",\"contractStart\":{{\"year\":2025,\"month\":3,\"day\":1}},\"openEnded\":true,\"freeOfCharge\":true}}],"
            + $"\"referralAgency\":{{\"licensed\":true,\"evidenceReference\":\"人力资源服务许可证（示例）\"}},{account}}}'");
        yield return ("counter-transport", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-transport-0001\",\"kind\":\"SUBSIDY_KIND_TRANSPORT\","
            + $"\"transport\":{{\"personIdNumber\":\"{DemoBorrower}\",\"county\":{{\"code\":\"410802\"}},\"workStart\":{{\"year\":2025,\"month\":3,\"day\":1}},\"workPlace\":{{\"code\":\"440300\"}},\"evidenceReference\":\"务工证明（示例）\"}},{account}}}'");
        yield return ("counter-flexible", $"{call} counter {preview} '{{\"idempotencyKey\":\"demo-flexible-0001\",\"kind\":\"SUBSIDY_KIND_FLEXIBLE_SOCIAL_INSURANCE\","
            + $"\"flexibleWorker\":{{\"personIdNumber\":\"{DemoBorrower}\",\"insuredRegion\":{{\"code\":\"410802\"}},\"contributions\":[{{\"year\":2024,\"month\":3,\"scheme\":\"INSURANCE_SCHEME_PENSION\",\"paid\":{{\"fen\":\"50000\"}}}}]}},{account}}}'");
    }

    /// <summary>焦作市示例机械有限公司, the registry's demo enterprise of 解放区 (its registry id).</summary>
    private const string DemoEmployerId = "E-demo-01X";

    /// <summary>济源示例物流有限公司, the registry's demo enterprise of Jiyuan.</summary>
    private const string DemoJiyuanEmployerId = "E-demo-02Y";

    /// <summary>解放区小明便利店（示例）, 王小明's individual business, registered 2023-03-01.</summary>
    private const string DemoShopId = "E-demo-037";

    /// <summary>济源示例物流有限公司's unified social credit code, built as the registry's demo data builds it.</summary>
    private static string DemoJiyuanEmployerCreditCode
    {
        get
        {
            const string organisation8 = "MA00002Y";
            var first17 = "91419001" + organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation8);
            return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }
    }

    /// <summary>王小明（示例）, the first of the registry's demo people.</summary>
    private static string DemoBorrower => LoansDemoData.DemoBorrowerFirst17 + ResidentIdNumber.ComputeCheckCharacter(LoansDemoData.DemoBorrowerFirst17);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
