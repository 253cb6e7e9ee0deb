using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.ServiceDefaults.Forms;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// An application for each kind of borrower as a form: the borrower (a person by identity number, an enterprise by
/// credit code), the place, the product (a choice among the kind's products), the bank, amount, term and intended issue
/// date, the proposed guarantors and, for an enterprise, its staffing; worded here, the paths, types and limits from
/// the contract (<see cref="FormDescriber"/>). The form's kind names the borrower kind (<c>BORROWER_KIND_…</c>). Every kind is
/// taken online too: a person's by the person (the borrower's identity number theirs), an enterprise's by its agent (the
/// credit code its employer's); the bank is one of the configured 经办银行, and the query consent is given with it.
/// </summary>
public sealed class ApplicationForms(ConsentOptions consents)
{
    private static readonly FormDescriber PersonDescriber = new(Wording(enterprise: false), new Dictionary<string, string>());
    private static readonly FormDescriber EnterpriseDescriber = new(Wording(enterprise: true), new Dictionary<string, string>());

    private static readonly (BorrowerKind Kind, string NameZh)[] Kinds =
    [
        (BorrowerKind.Individual, "个人创业担保贷款"),
        (BorrowerKind.IndividualBusiness, "个体工商户创业担保贷款"),
        (BorrowerKind.Partnership, "合伙创业担保贷款"),
        (BorrowerKind.SmallMicroEnterprise, "小微企业创业担保贷款"),
        (BorrowerKind.MediumEnterprise, "中型企业创业担保贷款"),
    ];

    /// <summary>An enterprise borrows through its agent; a person, a 个体工商户's operator or a partnership's leader for themself.</summary>
    public static bool IsEnterprise(BorrowerKind kind) => kind is BorrowerKind.SmallMicroEnterprise or BorrowerKind.MediumEnterprise;

    /// <summary>The kind's name as the forms and refusals say it.</summary>
    public static string NameZh(BorrowerKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind).NameZh ?? "创业担保贷款";

    public FormDescriptions Describe()
    {
        var answer = new FormDescriptions();
        foreach (var (kind, nameZh) in Kinds)
        {
            var enterprise = IsEnterprise(kind);
            string[] asked = ["borrower", "region", "product_id", "bank_code", "requested_amount", "term_months", "intended_issue_date", "guarantors", .. enterprise ? new[] { "staffing" } : [], "bank_query_consent"];
            var name = V1.Borrower.Descriptor.FindFieldByName("kind").EnumType.FindValueByNumber((int)kind).Name;
            var form = (enterprise ? EnterpriseDescriber : PersonDescriber).Describe(V1.SubmitApplicationRequest.Descriptor, name, nameZh, asked);
            // The product is one of the kind's, chosen by its name; the judging says which of them fits on the day.
            var product = form.Fields.Single(f => f.Path == "product_id");
            product.Type = FormFieldType.Choice;
            product.Choices.AddRange(LoanProducts.ProductsFor(kind).Select(p => new FieldChoice { Value = p.Id, NameZh = p.NameZh }));
            // The bank is one that makes these loans here, by its name: the one the consent names.
            var bank = form.Fields.Single(f => f.Path == "bank_code");
            bank.Type = FormFieldType.Choice;
            bank.Choices.AddRange(consents.Banks.Select(b => new FieldChoice { Value = b.Code, NameZh = b.NameZh }));
            form.Fields.Single(f => f.Path == "bank_query_consent").HintZh =
                $"同意后，所选经办银行自受理之日起 {consents.LongestDays} 天内可查询借款人的贷款资格，用于审核本笔贷款；可在“授权银行查询”中撤回。网上申请须同意。";
            form.Online = true;
            form.Applicant = enterprise ? FormApplicant.Employer : FormApplicant.Person;
            form.ApplicantNumberPaths.Add(enterprise ? "borrower.credit_code" : "borrower.id_number");
            answer.Forms.Add(form);
        }

        return answer;
    }

    private static Dictionary<string, FieldWording> Wording(bool enterprise) => new(StringComparer.Ordinal)
    {
        ["borrower"] = new("借款人", Required: true),
        ["borrower.id_number"] = enterprise ? FieldWording.NotAsked : new("借款人身份证号码", "个体工商户、合伙创业填经营者或牵头人的身份证号码", Required: true),
        ["borrower.credit_code"] = enterprise ? new("企业统一社会信用代码", Required: true) : FieldWording.NotAsked,
        ["borrower.kind"] = FieldWording.NotAsked,
        ["region"] = new("创业地", "借款人创业经营所在的县区或市", Required: true, RegistryMayHold: true),
        ["product_id"] = new("贷款产品", "预审时列出放款日适用的产品及条件", Required: true),
        ["bank_code"] = new("经办银行", "在本地办理创业担保贷款的银行", Required: true),
        ["requested_amount"] = new("申请金额", Required: true),
        ["term_months"] = new("贷款期限（月）", Required: true),
        ["intended_issue_date"] = new("拟放款日期", "据此适用当日有效的政策", Required: true),
        ["guarantors[]"] = new("反担保人", "免反担保的可不填"),
        ["guarantors[].id_number"] = new("反担保人身份证号码", Required: true),
        ["guarantors[].name"] = new("反担保人姓名", Required: true),
        ["guarantors[].monthly_contribution"] = new("月缴社保或公积金", Required: true),
        ["staffing"] = new("企业用工", Required: true),
        ["staffing.current_staff"] = new("在职职工人数", Required: true),
        ["staffing.qualifying_new_hires_this_year"] = new("当年新招用符合条件人员数", "签订一年以上劳动合同的", Required: true),
        ["bank_query_consent"] = new("同意经办银行查询贷款资格", Required: true),
    };
}
