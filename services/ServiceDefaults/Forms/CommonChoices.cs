namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// How the choices of the shared contract's enums read (employment.common.v1: 证书等级, 险种, 学历, 企业规模, 单位类型, 主体类型), keyed
/// by <c>EnumName.VALUE</c> as <see cref="FormDescriber"/> looks them up, so every service's form names them alike.
/// </summary>
public static class CommonChoices
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SkillLevel.SKILL_LEVEL_L1"] = "一级（高级技师）",
        ["SkillLevel.SKILL_LEVEL_L2"] = "二级（技师）",
        ["SkillLevel.SKILL_LEVEL_L3"] = "三级（高级工）",
        ["SkillLevel.SKILL_LEVEL_L4"] = "四级（中级工）",
        ["SkillLevel.SKILL_LEVEL_L5"] = "五级（初级工）",
        ["SkillLevel.SKILL_LEVEL_UNLEVELLED"] = "专项职业能力证书（无等级）",
        ["InsuranceScheme.INSURANCE_SCHEME_PENSION"] = "养老保险",
        ["InsuranceScheme.INSURANCE_SCHEME_MEDICAL"] = "医疗保险",
        ["InsuranceScheme.INSURANCE_SCHEME_UNEMPLOYMENT"] = "失业保险",
        ["InsuranceScheme.INSURANCE_SCHEME_WORK_INJURY"] = "工伤保险",
        ["InsuranceScheme.INSURANCE_SCHEME_HOUSING_FUND"] = "住房公积金",
        ["EducationLevel.EDUCATION_LEVEL_BELOW_SECONDARY"] = "初中及以下",
        ["EducationLevel.EDUCATION_LEVEL_SECONDARY"] = "高中、中专、技校",
        ["EducationLevel.EDUCATION_LEVEL_JUNIOR_COLLEGE"] = "大专、高职",
        ["EducationLevel.EDUCATION_LEVEL_BACHELOR"] = "本科",
        ["EducationLevel.EDUCATION_LEVEL_POSTGRADUATE"] = "研究生",
        ["EntityKind.ENTITY_KIND_ENTERPRISE"] = "企业",
        ["EntityKind.ENTITY_KIND_INDIVIDUAL_BUSINESS"] = "个体工商户",
        ["EntityKind.ENTITY_KIND_COOPERATIVE"] = "农民专业合作社",
        ["EntityKind.ENTITY_KIND_ORGANISATION"] = "社会组织、事业单位等其他单位",
        ["EnterpriseSize.ENTERPRISE_SIZE_LARGE"] = "大型",
        ["EnterpriseSize.ENTERPRISE_SIZE_MEDIUM"] = "中型",
        ["EnterpriseSize.ENTERPRISE_SIZE_SMALL"] = "小型",
        ["EnterpriseSize.ENTERPRISE_SIZE_MICRO"] = "微型",
        ["OrganisationKind.ORGANISATION_KIND_ENTERPRISE"] = "企业",
        ["OrganisationKind.ORGANISATION_KIND_SOCIAL_GROUP"] = "社会团体",
        ["OrganisationKind.ORGANISATION_KIND_FOUNDATION"] = "基金会",
        ["OrganisationKind.ORGANISATION_KIND_SOCIAL_SERVICE_ORGANISATION"] = "社会服务机构",
        ["OrganisationKind.ORGANISATION_KIND_LAW_FIRM"] = "律师事务所",
        ["OrganisationKind.ORGANISATION_KIND_ACCOUNTING_FIRM"] = "会计师事务所",
        ["OrganisationKind.ORGANISATION_KIND_INDIVIDUAL_BUSINESS_INSURED_AS_UNIT"] = "以单位形式参保的个体工商户",
        ["OrganisationKind.ORGANISATION_KIND_OTHER"] = "机关、事业单位及其他",
        ["OperatingStatusKind.OPERATING_STATUS_KIND_OPERATING"] = "正常经营（存续、在业）",
        ["OperatingStatusKind.OPERATING_STATUS_KIND_ABNORMAL"] = "经营异常（列入经营异常名录）",
        ["OperatingStatusKind.OPERATING_STATUS_KIND_DEREGISTERED"] = "注销（含吊销）",
    };

    /// <summary><see cref="All"/> and a service's own enums' choices.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> own)
    {
        ArgumentNullException.ThrowIfNull(own);
        var all = new Dictionary<string, string>(All, StringComparer.Ordinal);
        foreach (var (key, name) in own)
        {
            all[key] = name;
        }

        return all;
    }
}
