using System.Globalization;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans.Data;
using Employment.Loans.UseCases;
using Employment.Loans.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;

namespace Employment.Loans.UseCases;

/// <summary>
/// Checks of what banks and counters send. Each failure is INVALID_ARGUMENT naming the field and the
/// rule, in words a clerk can act on (Chinese first).
/// </summary>
internal static class LoanInput
{
    public static BorrowerKey Borrower(Borrower? borrower, string field, DateOnly today, BorrowerHasher hasher)
    {
        if (borrower is null)
        {
            throw RpcErrors.Invalid(field, "请提供借款人（身份证号码或统一社会信用代码）。");
        }

        if (borrower.Kind == V1.BorrowerKind.Unspecified || !Enum.IsDefined(borrower.Kind))
        {
            throw RpcErrors.Invalid(field + ".kind", "请选择借款人类型：个人、个体工商户、合伙创业、小微企业或中型企业。");
        }

        var kind = (Domain.Eligibility.BorrowerKind)(int)borrower.Kind;
        var enterprise = kind is Domain.Eligibility.BorrowerKind.SmallMicroEnterprise or Domain.Eligibility.BorrowerKind.MediumEnterprise;
        switch (borrower.KeyCase)
        {
            case V1.Borrower.KeyOneofCase.IdNumber when !enterprise:
                var id = ResidentIdNumber.TryParse(borrower.IdNumber, today, out var person, out var idError)
                    ? person
                    : throw RpcErrors.Invalid(field + ".id_number", idError.MessageZh);
                var personReferences = hasher.Candidates(BorrowerKeyKind.IdNumber, id.Value);
                return new BorrowerKey(BorrowerKeyKind.IdNumber, id.Value, id.Masked, personReferences[0], personReferences, kind);
            case V1.Borrower.KeyOneofCase.CreditCode:
                var code = UnifiedSocialCreditCode.TryParse(borrower.CreditCode, out var parsed, out var codeError)
                    ? parsed
                    : throw RpcErrors.Invalid(field + ".credit_code", codeError.MessageZh);
                var enterpriseReferences = hasher.Candidates(BorrowerKeyKind.CreditCode, code.Value);
                return new BorrowerKey(BorrowerKeyKind.CreditCode, code.Value, code.Masked, enterpriseReferences[0], enterpriseReferences, kind);
            case V1.Borrower.KeyOneofCase.IdNumber:
                throw RpcErrors.Invalid(field + ".credit_code", "企业借款人请以统一社会信用代码查询。");
            default:
                throw RpcErrors.Invalid(field, enterprise ? "请提供企业的统一社会信用代码。" : "请提供借款人的居民身份证号码。");
        }
    }

    public static ResidentIdNumber Person(string value, string field, DateOnly today) =>
        ResidentIdNumber.TryParse(value, today, out var id, out var error) ? id : throw RpcErrors.Invalid(field, error.MessageZh);

    /// <summary>Where the loan is: required, a place (the shared rule).</summary>
    public static Region Region(RegionCode? region, string field) => Policy.Model.Region.Parse(RegionCodes.Place(region, field, required: true));

    public static DateOnly Date(CalendarDate? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            throw RpcErrors.Invalid(field, "请填写日期。");
        }

        if (date.Year is < 1900 or > 2200 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
        {
            throw RpcErrors.Invalid(field, $"日期 {date.Year}-{date.Month}-{date.Day} 不存在。");
        }

        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public static DateOnly? OptionalDate(CalendarDate? date, string field) =>
        date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0) ? null : Date(date, field);

    /// <summary>
    /// The largest amount any request may name: 1万亿元 in fen. A technical bound, not a policy figure:
    /// no loan, contribution or repayment comes near it, and it keeps every sum and multiple of amounts
    /// (guarantor capacity at 40×, claims over many loans) inside 64-bit fen.
    /// </summary>
    public const long MaxFen = 100_000_000_000_000;

    /// <summary>A positive amount in fen.</summary>
    public static long Amount(Money? money, string field) =>
        money is { Fen: > 0 and <= MaxFen } ? money.Fen
        : money is { Fen: > MaxFen } ? throw TooLarge(field)
        : throw RpcErrors.Invalid(field, "金额须大于零（以分为单位）。");

    /// <summary>An amount in fen that may be zero.</summary>
    public static long NonNegativeAmount(Money? money, string field) =>
        (money?.Fen ?? 0) switch
        {
            < 0 => throw RpcErrors.Invalid(field, "金额不能为负数。"),
            > MaxFen => throw TooLarge(field),
            var fen => fen,
        };

    private static RpcException TooLarge(string field) =>
        RpcErrors.Invalid(field, "金额超出合理范围（不超过1万亿元）。");

    public static string Required(string value, string field, string whatZh)
    {
        var text = value.Trim();
        return text.Length is > 0 and <= 128 ? text : throw RpcErrors.Invalid(field, $"请填写{whatZh}（1至128个字符）。");
    }

    public static string BankCode(string value, string field) => Required(value, field, "经办银行代码");

    /// <summary>The proposed guarantors (反担保人): each identity number valid on the issue date, each contribution an amount.</summary>
    public static IReadOnlyList<ProposedGuarantor> Guarantors(IReadOnlyList<GuarantorInput> guarantors, DateOnly issueDate)
    {
        var parsed = new List<ProposedGuarantor>(guarantors.Count);
        for (var i = 0; i < guarantors.Count; i++)
        {
            var g = guarantors[i];
            var field = $"guarantors[{i}]";
            var id = Person(g.IdNumber, field + ".id_number", issueDate);
            parsed.Add(new ProposedGuarantor(id, g.Name.Trim(), NonNegativeAmount(g.MonthlyContribution, field + ".monthly_contribution")));
        }

        return parsed;
    }

    /// <summary>A loan named by its id, or by its bank's code and contract number.</summary>
    public static LoanRef Loan(LoanKey? key) => key?.KeyCase switch
    {
        LoanKey.KeyOneofCase.LoanId => new LoanRef(key.LoanId, null, null),
        LoanKey.KeyOneofCase.Contract => new LoanRef(null, BankCode(key.Contract.BankCode, "loan.contract.bank_code"), key.Contract.ContractNumber),
        _ => throw RpcErrors.Invalid("loan", "请以贷款编号（loan_id）或银行代码与合同编号指明贷款。"),
    };

    /// <summary>The term in whole months from issue to maturity: the same day of the month, or the short month's last day.</summary>
    public static int TermMonths(DateOnly issue, DateOnly maturity)
    {
        if (maturity <= issue)
        {
            throw RpcErrors.Invalid("terms.maturity_date", "到期日须晚于放款日。");
        }

        var months = (maturity.Year - issue.Year) * 12 + maturity.Month - issue.Month;
        for (var m = Math.Max(1, months - 1); m <= months + 1; m++)
        {
            if (issue.AddMonths(m) == maturity)
            {
                return m;
            }
        }

        throw RpcErrors.Invalid("terms.maturity_date", $"到期日 {ClerkText.Day(maturity)} 应为放款日 {ClerkText.Day(issue)} 之后的整月（同日，或短月的月末）。");
    }

    /// <summary>An optional id: empty means none.</summary>
    public static string? Optional(string value) => value.Length > 0 ? value : null;
}
