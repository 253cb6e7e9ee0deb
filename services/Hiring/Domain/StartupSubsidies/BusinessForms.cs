using Employment.Common.V1;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>The founder's business form from the registry's entity kind: the measures name 创办企业 and 个体工商户 only (D09 cl.32, 29号 cl.21).</summary>
public static class BusinessForms
{
    public const string Rule = StartupRuleIds.BusinessFormRegisteredKind;

    /// <exception cref="DomainRuleException">Another kind (合作社, 社会组织, none): FAILED_PRECONDITION naming employer.kind and the rule.</exception>
    public static BusinessForm FromRegistry(EntityKind kind) => kind switch
    {
        EntityKind.Enterprise => BusinessForm.Enterprise,
        EntityKind.IndividualBusiness => BusinessForm.IndividualBusiness,
        _ => throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"登记系统中的单位类型（{kind}）不是企业或个体工商户，不属于一次性创业补贴的创业形式（豫 D09 第32条、焦政办〔2023〕29号 第21条）。 (field: employer.kind; rule: {Rule})",
            field: "employer.kind", ruleId: Rule),
    };
}
