using Employment.ServiceDefaults.Forms;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// The loan's 自助测算 as a form (<c>SubsidyCases.DescribeSelfChecks</c>): the whole <see cref="V1.LoanSelfCheckRequest"/>
/// is its questions, worded here; the types, choices and bounds come from the contract.
/// </summary>
internal static class SelfCheckLoanForm
{
    public static SelfCheckForm Form { get; } = new(
        V1.LoanSelfCheckRequest.Descriptor, "", "loan", "创业担保贷款",
        "个人或小微企业：创业时申请贷款",
        "测算可申请的贷款产品、额度上限、贴息比例和是否需要反担保，不需要填写身份证号码。",
        ["borrower_kind", "region", "requested_amount", "term_months", "intended_issue_date", "groups", "graduation_date", "honours",
            "subsidised_loans_so_far", "staffing", "guarantor_monthly_contributions"],
        FieldWordings.Of([
            ("borrower_kind", new("借款人类型", Required: true)),
            ("region", new("创业地", Required: true)),
            ("requested_amount", new("申请金额", Required: true)),
            ("term_months", new("贷款期限（月）", "不填写则不审核期限。")),
            ("intended_issue_date", new("拟放款日期", "不填写按今天测算；额度和贴息比例按放款日有效的政策确定。")),
            ("groups[]", new("人员类别（可多选）", "个人、个体工商户、合伙创业填写。")),
            ("graduation_date", new("毕业（预计毕业）日期", "高校毕业生填写。")),
            ("honours", new("获得市级以上荣誉")),
            ("subsidised_loans_so_far", new("已享受创业担保贷款贴息的次数")),
            ("staffing", new("企业用工", "小微企业、中型企业填写。")),
            ("staffing.current_staff", new("在职职工人数")),
            ("staffing.qualifying_new_hires_this_year", new("当年新招用符合条件人员人数")),
            ("guarantor_monthly_contributions[]", new("反担保人月缴社保或公积金", "每位反担保人填一项；不需要反担保的可不填。")),
        ]),
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BorrowerKind.BORROWER_KIND_INDIVIDUAL"] = "个人创业",
            ["BorrowerKind.BORROWER_KIND_INDIVIDUAL_BUSINESS"] = "个体工商户",
            ["BorrowerKind.BORROWER_KIND_PARTNERSHIP"] = "合伙创业",
            ["BorrowerKind.BORROWER_KIND_SMALL_MICRO_ENTERPRISE"] = "小微企业",
            ["BorrowerKind.BORROWER_KIND_MEDIUM_ENTERPRISE"] = "中型企业",
            ["StatedGroup.STATED_GROUP_REGISTERED_UNEMPLOYED"] = "登记失业人员",
            ["StatedGroup.STATED_GROUP_EMPLOYMENT_DIFFICULTY"] = "就业困难人员",
            ["StatedGroup.STATED_GROUP_DISABLED"] = "残疾人",
            ["StatedGroup.STATED_GROUP_VETERAN"] = "退役军人",
            ["StatedGroup.STATED_GROUP_COLLEGE_GRADUATE"] = "高校毕业生（含在校生）",
            ["StatedGroup.STATED_GROUP_RETURNING_MIGRANT_WORKER"] = "返乡创业农民工",
            ["StatedGroup.STATED_GROUP_POVERTY_ALLEVIATED"] = "脱贫人口",
        })
    {
        // A "yes" leads to the application of the borrower kind answered: the application forms' kinds are the borrower kinds.
        ApplyKinds = [.. V1.StartupLoansReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("BorrowerKind").Values.Where(v => v.Number != 0).Select(v => v.Name)],
    };
}
