using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;

namespace Employment.Applicants.UseCases.Forms;

/// <summary>How a kind of fact is named and what its period means for it (when it began, when it ended).</summary>
internal sealed record PersonFactWording(string NameZh, string DetailField, string PeriodZh, string FromZh, string UntilZh, string UntilHintZh = "仍然有效的留空");

/// <summary>
/// How every question of a registry fact reads at the counter, by the fact message's field path (PersonFact's or
/// EmployerFact's). The paths, types, choices and limits come from the contract itself (<see cref="FormDescriber"/>);
/// what a person's period means differs by kind, so each kind words its own.
/// </summary>
internal static class FactFormWording
{
    private const string CreditCodeHint = "18 位，末位为校验码";

    public static IReadOnlyDictionary<PersonFactKind, PersonFactWording> PersonKinds { get; } = new Dictionary<PersonFactKind, PersonFactWording>
    {
        [PersonFactKind.Education] = new("学历", "education", "在读期间", "入学日期", "毕业日期", "可留空，毕业时间另填"),
        [PersonFactKind.UnemploymentRegistration] = new("失业登记", "", "登记期间", "失业登记日期", "注销登记日期", "仍在登记的留空"),
        [PersonFactKind.EmploymentDifficulty] = new("就业困难人员认定", "", "认定有效期间", "认定日期", "认定期满或退出日期"),
        [PersonFactKind.PovertyAlleviated] = new("脱贫人口（含防止返贫监测对象）", "", "认定期间", "认定日期", "退出日期"),
        [PersonFactKind.Veteran] = new("退役军人", "", "退役以来", "退役日期", "截止日期", "留空"),
        [PersonFactKind.ReturningMigrantWorker] = new("返乡入乡创业农民工", "", "返乡期间", "返乡日期", "截止日期"),
        [PersonFactKind.Disability] = new("残疾人", "", "持证期间", "发证日期", "证件有效期至"),
        [PersonFactKind.LowIncomeHousehold] = new("城乡低保家庭", "", "享受低保期间", "起始日期", "停保日期"),
        [PersonFactKind.NewCitizen] = new("新市民", "", "居住期间", "起始日期", "截止日期"),
        [PersonFactKind.UnemploymentInsurance] = new("失业保险参保缴费", "insurance", "缴费期间", "起始日期", "截止日期", "仍在缴费的留空"),
        [PersonFactKind.UnemploymentBenefit] = new("领取失业保险金", "", "领取期间", "开始领取日期", "停止领取日期", "仍在领取的留空"),
        [PersonFactKind.SocialInsurance] = new("社会保险缴费", "insurance", "缴费期间", "起始日期", "截止日期", "仍在缴费的留空"),
        [PersonFactKind.EmploymentContract] = new("劳动合同", "contract", "合同期间", "合同起始日期", "合同终止日期", "无固定期限或仍在履行的留空"),
        [PersonFactKind.Certificate] = new("职业资格 / 职业技能等级证书", "certificate", "证书有效期间", "发证日期", "有效期至", "长期有效的留空"),
        [PersonFactKind.Honour] = new("荣誉 / 创业大赛获奖", "", "获奖时间", "获奖日期", "截止日期", "留空"),
        [PersonFactKind.BusinessOwner] = new("创办经营实体", "business", "经营期间", "创业（经营实体成立）日期", "注销日期", "仍在经营的留空"),
        [PersonFactKind.ZeroEmploymentHousehold] = new("零就业家庭", "", "认定期间", "认定日期", "退出日期"),
        [PersonFactKind.Traineeship] = new("就业见习协议", "traineeship", "协议约定的见习期", "见习开始日期", "见习结束日期", "按协议填写"),
        [PersonFactKind.WorkAway] = new("外出务工", "work_away", "务工期间", "开始务工日期", "截止日期"),
    };

    /// <summary>A person's fact's questions, the period's worded by <paramref name="kind"/>.</summary>
    public static IReadOnlyDictionary<string, FieldWording> PersonFields(PersonFactWording kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new Dictionary<string, FieldWording>(PersonDetails, StringComparer.Ordinal)
        {
            ["period"] = new(kind.PeriodZh),
            ["period.from"] = new(kind.FromZh, Required: kind.DetailField is "business" or "traineeship" or "work_away"),
            ["period.until"] = new(kind.UntilZh, kind.UntilHintZh),
            ["authority"] = new("来源机构", "认定或报送这项情况的机构，如 焦作市人社局、社保经办机构、退役军人事务局", Required: true),
            ["evidence_reference"] = new("证明编号", "证明、证书或认定文件的编号"),
        };
    }

    private static readonly Dictionary<string, FieldWording> PersonDetails = new(StringComparer.Ordinal)
    {
        ["education"] = new("学历信息", Required: true),
        ["education.level"] = new("学历层次", Required: true),
        ["education.institution"] = new("毕业院校"),
        ["education.graduation_date"] = new("毕业时间", "毕业年度按此日期所在年份"),
        ["education.technical_school"] = new("技工院校毕业"),

        ["insurance"] = new("缴费信息", Required: true),
        ["insurance.scheme"] = new("险种", Required: true),
        ["insurance.employer_credit_code"] = new("缴费单位统一社会信用代码", "灵活就业人员个人缴费的留空"),
        ["insurance.months"] = new("累计缴费月数"),
        ["insurance.monthly_amount"] = new("月缴费额（元）", "期末单位和个人合计"),
        ["insurance.flexible_worker"] = new("灵活就业人员"),
        ["insurance.insured_region"] = new("灵活就业参保地", "仅灵活就业人员填写，按社保经办机构所报"),
        ["insurance.employer_part_monthly"] = new("单位每月缴纳部分（元）", "仅单位缴费、期间起止齐全时填写"),
        ["insurance.paid_on_time"] = new("每月按时缴纳", "填写单位缴纳部分时选择"),

        ["contract"] = new("合同信息", Required: true),
        ["contract.employer_credit_code"] = new("用人单位统一社会信用代码", CreditCodeHint),
        ["contract.term_months"] = new("合同期限（月）", "无固定期限的填 0"),
        ["contract.open_ended"] = new("无固定期限"),
        ["contract.public_welfare_post"] = new("公益性岗位安置"),
        ["contract.referral_agency_credit_code"] = new("职业介绍机构统一社会信用代码", "经人力资源服务机构介绍就业的填写"),
        ["contract.referral_free_of_charge"] = new("免费介绍"),

        ["certificate"] = new("证书信息", Required: true),
        ["certificate.occupation_code"] = new("职业编码", "国家职业分类大典编码，如 6-18-01-01", Required: true),
        ["certificate.occupation_name"] = new("职业名称", Required: true),
        ["certificate.level"] = new("证书等级", Required: true),
        ["certificate.certificate_number"] = new("证书编号", Required: true),
        ["certificate.issue_date"] = new("发证日期", Required: true),
        ["certificate.issuing_body"] = new("发证机构"),

        ["business"] = new("经营实体", Required: true),
        ["business.business_credit_code"] = new("经营实体统一社会信用代码", CreditCodeHint, Required: true),
        ["business.first_business"] = new("首次创业", "按市场监管登记，首次创办企业或从事个体经营"),

        ["traineeship"] = new("见习协议", Required: true),
        ["traineeship.host_credit_code"] = new("见习单位统一社会信用代码", CreditCodeHint, Required: true),
        ["traineeship.real_name_registered"] = new("已实名制登记"),
        ["traineeship.retained"] = new("见习期满留用"),
        ["traineeship.hired_on"] = new("见习期内录用日期", "提前签订劳动合同的填写"),
        ["traineeship.hired_with_social_insurance"] = new("录用时缴纳社会保险"),

        ["work_away"] = new("务工去向", Required: true),
        ["work_away.home_county"] = new("户籍所在县（市、区）", Required: true),
        ["work_away.work_place"] = new("务工地", "户籍所在县以外", Required: true),
    };

    /// <summary>An employer's fact by its detail field: its name, then every question of it.</summary>
    public static IReadOnlyList<(string Detail, string NameZh)> EmployerKinds { get; } =
    [
        ("size", "企业规模划型"), ("headcount", "参保职工人数"), ("unemployment_insurance", "失业保险缴费"), ("layoffs", "裁员情况"),
        ("insured_as_unit", "以单位形式参保"), ("has_employees", "有雇工"), ("trainee_host", "就业见习单位认定"),
        ("organisation_type", "单位类型"), ("agency_licence", "人力资源服务许可证"), ("incubator_entry", "入驻创业孵化基地"),
        ("operating_status", "经营状态"),
    ];

    public static IReadOnlyDictionary<string, FieldWording> EmployerFields { get; } = new Dictionary<string, FieldWording>(StringComparer.Ordinal)
    {
        ["source"] = new("信息来源", "如 市场监管部门划型、社保经办机构数据、人社部门认定文件", Required: true),
        ["evidence_reference"] = new("证明编号", "文件、数据批次或证照的编号"),

        ["size"] = new("企业规模划型", Required: true),
        ["size.size"] = new("企业规模", Required: true),
        ["size.period"] = new("划型有效期间"),
        ["size.period.from"] = new("起始日期"),
        ["size.period.until"] = new("截止日期", "仍然有效的留空"),
        ["headcount"] = new("参保职工人数", Required: true),
        ["headcount.month"] = new("月份", Required: true),
        ["headcount.month.year"] = new("年"),
        ["headcount.month.month"] = new("月", "1 至 12"),
        ["headcount.insured_staff"] = new("当月参保职工人数", Required: true),
        ["unemployment_insurance"] = new("失业保险缴费", Required: true),
        ["unemployment_insurance.year"] = new("缴费年度", Required: true),
        ["unemployment_insurance.employer_part"] = new("单位缴纳（元）", Required: true),
        ["unemployment_insurance.staff_part"] = new("职工个人缴纳（元）", Required: true),
        ["unemployment_insurance.full_months"] = new("足额缴纳月数"),
        ["layoffs"] = new("裁员情况", Required: true),
        ["layoffs.year"] = new("年度", Required: true),
        ["layoffs.laid_off"] = new("裁员人数", Required: true),
        ["layoffs.insured_staff_at_start"] = new("年初参保职工人数", "裁员率的基数", Required: true),
        ["insured_as_unit"] = new("以单位形式参保", Required: true),
        ["insured_as_unit.period"] = new("参保期间"),
        ["insured_as_unit.period.from"] = new("起始日期", Required: true),
        ["insured_as_unit.period.until"] = new("截止日期", "仍在参保的留空"),
        ["insured_as_unit.insurance_registration_number"] = new("单位参保登记号"),
        ["has_employees"] = new("有雇工", Required: true),
        ["has_employees.period"] = new("雇工期间"),
        ["has_employees.period.from"] = new("起始日期", Required: true),
        ["has_employees.period.until"] = new("截止日期", "仍有雇工的留空"),
        ["has_employees.employees"] = new("雇工人数", "至少 1 人", Required: true),
        ["trainee_host"] = new("就业见习单位认定", Required: true),
        ["trainee_host.period"] = new("认定期间"),
        ["trainee_host.period.from"] = new("起始日期", Required: true),
        ["trainee_host.period.until"] = new("截止日期", "长期有效的留空"),
        ["trainee_host.recognising_document"] = new("认定文件", "文号或标题", Required: true),
        ["organisation_type"] = new("单位类型", Required: true),
        ["organisation_type.kind"] = new("单位类型", Required: true),
        ["organisation_type.period"] = new("期间"),
        ["organisation_type.period.from"] = new("起始日期"),
        ["organisation_type.period.until"] = new("截止日期"),
        ["agency_licence"] = new("人力资源服务许可证", Required: true),
        ["agency_licence.licence_number"] = new("许可证编号", Required: true),
        ["agency_licence.period"] = new("有效期间"),
        ["agency_licence.period.from"] = new("起始日期", Required: true),
        ["agency_licence.period.until"] = new("有效期至"),
        ["incubator_entry"] = new("入驻创业孵化基地", Required: true),
        ["incubator_entry.base_name"] = new("孵化基地名称", Required: true),
        ["incubator_entry.base_credit_code"] = new("孵化基地统一社会信用代码"),
        ["incubator_entry.period"] = new("入驻期间"),
        ["incubator_entry.period.from"] = new("入驻日期", Required: true),
        ["incubator_entry.period.until"] = new("迁出日期", "仍在孵化的留空"),
        ["incubator_entry.costs[]"] = new("每月费用"),
        ["incubator_entry.costs[].month"] = new("月份"),
        ["incubator_entry.costs[].month.year"] = new("年"),
        ["incubator_entry.costs[].month.month"] = new("月", "1 至 12"),
        ["incubator_entry.costs[].cost"] = new("场地租金和服务费（元）"),
        ["operating_status"] = new("经营状态", Required: true),
        ["operating_status.status"] = new("经营状态", "以市场监管部门登记为准", Required: true),
        ["operating_status.period"] = new("期间"),
        ["operating_status.period.from"] = new("状态起始日期", Required: true),
        ["operating_status.period.until"] = new("截止日期", "留空：直至登记另一状态"),
        ["operating_status.deciding_document"] = new("决定文书号", "列入经营异常名录决定书或注销核准文号"),
    };
}
