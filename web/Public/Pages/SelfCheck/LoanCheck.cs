using Grpc.Core;
using System.Globalization;
using Employment.Common.V1;
using Employment.Loans.V1;
using Google.Protobuf.Reflection;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.SelfCheck;

/// <summary>The facts a person typed into the loan self-check form, as typed (so the form shows them again).</summary>
public sealed record LoanFacts(
    string BorrowerKind,
    string Region,
    string IssueDate,
    string AmountYuan,
    string TermMonths,
    IReadOnlyList<string> Groups,
    string GraduationDate,
    bool Honours,
    string SubsidisedSoFar,
    string CurrentStaff,
    string NewHires,
    string Guarantor1Yuan,
    string Guarantor2Yuan)
{
    public static LoanFacts Empty { get; } = new("", "", "", "", "", [], "", false, "", "", "", "", "");

    public static LoanFacts From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(
            form["loan_borrower_kind"].ToString(),
            form["loan_region"].ToString(),
            form["loan_issue_date"].ToString().Trim(),
            form["loan_amount"].ToString().Trim(),
            form["loan_term_months"].ToString().Trim(),
            [.. form["loan_group"].Select(g => g ?? "").Take(LoanCheck.Groups.Count)],
            form["loan_graduation_date"].ToString().Trim(),
            form["loan_honours"].ToString() == "on",
            form["loan_subsidised_so_far"].ToString().Trim(),
            form["loan_current_staff"].ToString().Trim(),
            form["loan_new_hires"].ToString().Trim(),
            form["loan_guarantor_1"].ToString().Trim(),
            form["loan_guarantor_2"].ToString().Trim());
    }

    /// <summary>What was stated, in one line for the folded form.</summary>
    public string SummaryZh() => string.Join(" · ", new[]
    {
        LoanCheck.BorrowerKinds.FirstOrDefault(k => LoanCheck.FormValue(k.Kind) == BorrowerKind).NameZh ?? "",
        Places.Find(Region)?.NameZh ?? "",
        AmountYuan.Length > 0 ? $"申请 {AmountYuan} 元" : "",
        IssueDate.Length > 0 ? $"{IssueDate} 放款" : "",
    }.Where(p => p.Length > 0));
}

/// <summary>What the loan section shows: the facts, and either a problem with them or the service's answer.</summary>
public sealed record LoanCheckView(LoanFacts Facts, string? InputProblem, ServiceAnswer<LoanSelfCheck>? Answer);

/// <summary>
/// 我能享受哪些政策 — startup-guarantee loans: the loans service's public self-check (CheckLoan), judged by
/// the same product rules as the bank's query and the counter's application on what the person states.
/// Nothing is stored, here or there; the form is posted so that the facts stay out of URLs and history.
/// </summary>
public sealed class LoanCheck(ServiceCalls calls)
{
    private const string ServiceZh = "创业担保贷款测算服务";

    /// <summary>The borrower kinds offered in the form, with their Chinese names.</summary>
    public static IReadOnlyList<(BorrowerKind Kind, string NameZh)> BorrowerKinds { get; } =
    [
        (Employment.Loans.V1.BorrowerKind.Individual, "个人创业"),
        (Employment.Loans.V1.BorrowerKind.IndividualBusiness, "个体工商户"),
        (Employment.Loans.V1.BorrowerKind.Partnership, "合伙创业"),
        (Employment.Loans.V1.BorrowerKind.SmallMicroEnterprise, "小微企业"),
        (Employment.Loans.V1.BorrowerKind.MediumEnterprise, "中型企业"),
    ];

    /// <summary>The groups offered in the form (人员类别), with their Chinese names.</summary>
    public static IReadOnlyList<(StatedGroup Group, string NameZh)> Groups { get; } =
    [
        (StatedGroup.RegisteredUnemployed, "登记失业人员"),
        (StatedGroup.EmploymentDifficulty, "就业困难人员"),
        (StatedGroup.Disabled, "残疾人"),
        (StatedGroup.Veteran, "退役军人"),
        (StatedGroup.CollegeGraduate, "高校毕业生（含在校生）"),
        (StatedGroup.ReturningMigrantWorker, "返乡创业农民工"),
        (StatedGroup.PovertyAlleviated, "脱贫人口"),
    ];

    /// <summary>An enum value as the form posts it: the contract's own name (BORROWER_KIND_INDIVIDUAL), as the REST API writes it.</summary>
    public static string FormValue(BorrowerKind kind) => Name(StartupLoansReflection.Descriptor.FindTypeByName<EnumDescriptor>("BorrowerKind"), (int)kind);

    public static string FormValue(StatedGroup group) => Name(StartupLoansReflection.Descriptor.FindTypeByName<EnumDescriptor>("StatedGroup"), (int)group);

    /// <summary>A share of the contract rate (parts per million) as a person reads it: 50%.</summary>
    public static string Share(Ratio? ratio) =>
        ratio is null ? "—" : (ratio.Ppm / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public async Task<LoanCheckView> CheckAsync(LoanFacts facts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Problem(facts, out var request) is { } problem)
        {
            return new LoanCheckView(facts, problem, null);
        }

        var answer = await calls.CallAsync(
            ServiceZh,
            async (StartupLoans.StartupLoansClient client, CallOptions options) => await client.CheckLoanAsync(request, options),
            cancellation);
        if (answer.Problem is { Precondition: true })
        {
            // No product of this kind in force there on that day: said by name, with where to ask,
            // rather than the service's words about dates.
            return new LoanCheckView(facts, null, ServiceAnswer<LoanSelfCheck>.Failed(ServiceProblem.Refused(ServiceZh, NoProductZh(facts) + "请到该地的人社服务窗口（见“服务网点”）或当地经办银行咨询。")));
        }

        // A place with no product of the kind is an answer (what the documents there do and do not
        // say is among its reasons), not a mistake in the form.
        return new LoanCheckView(facts, null, answer);
    }

    /// <summary>"按今天有效的政策，济源示范区没有可以测算的“个人创业”创业担保贷款产品。", naming the place, the borrower and the day.</summary>
    public static string NoProductZh(LoanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var place = Places.Find(facts.Region)?.NameZh ?? "所选地区";
        var borrower = BorrowerKinds.FirstOrDefault(k => FormValue(k.Kind) == facts.BorrowerKind).NameZh ?? "";
        var day = facts.IssueDate.Length > 0 ? $"{facts.IssueDate}（拟放款日期）" : "今天";
        return $"按{day}有效的政策，{place}没有面向“{borrower}”的创业担保贷款产品可以测算。";
    }

    /// <summary>The request the facts make, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(LoanFacts facts, out LoanSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        request = new LoanSelfCheckRequest();
        var kind = BorrowerKinds.FirstOrDefault(k => FormValue(k.Kind) == facts.BorrowerKind).Kind;
        if (kind == Employment.Loans.V1.BorrowerKind.Unspecified)
        {
            return "请选择“借款人类型”。";
        }

        if (Places.Find(facts.Region) is null)
        {
            return "请选择“创业地”。";
        }

        if (Yuan(facts.AmountYuan) is not { } amount || amount <= 0)
        {
            return "“申请金额（元）”应为大于零的金额，如 200000。";
        }

        request.BorrowerKind = kind;
        request.Region = new RegionCode { Code = facts.Region };
        request.RequestedAmount = new Money { Fen = amount };
        if (facts.IssueDate.Length > 0)
        {
            if (TypedDates.Of(facts.IssueDate) is not { } issue)
            {
                return "“拟放款日期”应写成 2024-03-01 这样的年-月-日，不填写按今天测算。";
            }

            request.IntendedIssueDate = issue;
        }

        if (Count(facts.TermMonths, "“贷款期限（月）”应为正整数，不填写则不审核期限。") is { } termProblem)
        {
            return termProblem;
        }

        request.TermMonths = Number(facts.TermMonths);
        foreach (var posted in facts.Groups)
        {
            var group = Groups.FirstOrDefault(g => FormValue(g.Group) == posted).Group;
            if (group == StatedGroup.Unspecified)
            {
                return "“人员类别”不在可选范围内。";
            }

            request.Groups.Add(group);
        }

        if (facts.GraduationDate.Length > 0 || request.Groups.Contains(StatedGroup.CollegeGraduate))
        {
            if (TypedDates.Of(facts.GraduationDate) is not { } graduated)
            {
                return "选择了高校毕业生，请填写“毕业（预计毕业）日期”，如 2023-06-30。";
            }

            request.GraduationDate = graduated;
        }

        request.Honours = facts.Honours;
        if (Count(facts.SubsidisedSoFar, "“已享受贴息贷款次数”应为 0 或正整数。") is { } countProblem)
        {
            return countProblem;
        }

        request.SubsidisedLoansSoFar = Number(facts.SubsidisedSoFar);
        if (facts.CurrentStaff.Length > 0 || facts.NewHires.Length > 0)
        {
            if ((Count(facts.CurrentStaff, "“在职职工人数”应为 0 或正整数。") ?? Count(facts.NewHires, "“当年新招用符合条件人数”应为 0 或正整数。")) is { } staffProblem)
            {
                return staffProblem;
            }

            request.Staffing = new EnterpriseStaffing { CurrentStaff = Number(facts.CurrentStaff), QualifyingNewHiresThisYear = Number(facts.NewHires) };
        }

        foreach (var (typed, label) in new[] { (facts.Guarantor1Yuan, "反担保人一月缴社保或公积金（元）"), (facts.Guarantor2Yuan, "反担保人二月缴社保或公积金（元）") })
        {
            if (typed.Length == 0)
            {
                continue;
            }

            if (Yuan(typed) is not { } contribution || contribution < 0)
            {
                return $"“{label}”应为金额，如 1500。";
            }

            request.GuarantorMonthlyContributions.Add(new Money { Fen = contribution });
        }

        return null;
    }

    private static string Name(EnumDescriptor descriptor, int number) => descriptor.FindValueByNumber(number).Name;

    /// <summary>Yuan as typed (at most two decimals) in fen; null when not a plain amount.</summary>
    private static long? Yuan(string typed) =>
        decimal.TryParse(typed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
        && yuan * 100 == decimal.Truncate(yuan * 100) && yuan <= 1_000_000_000_000m
            ? (long)(yuan * 100)
            : null;

    /// <summary>An optional whole number: empty is zero; anything else must be digits.</summary>
    private static string? Count(string typed, string problem) =>
        typed.Length == 0 || int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : problem;

    private static int Number(string typed) => typed.Length == 0 ? 0 : int.Parse(typed, NumberStyles.None, CultureInfo.InvariantCulture);
}
