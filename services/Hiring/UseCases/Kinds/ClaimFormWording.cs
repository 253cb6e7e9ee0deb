using Employment.ServiceDefaults.Forms;

namespace Employment.Hiring.UseCases;

/// <summary>
/// How every question of a claim reads at the counter or online, by the request's field path: one table for
/// every kind, since kinds share their items (吸纳, 扩岗 and 社会保险补贴 all ask hires[]). The paths, types,
/// choices and limits come from the contract itself (<see cref="FormDescriber"/>).
/// </summary>
internal static class ClaimFormWording
{
    private const string DocumentSeen = "所见证明材料的名称或编号";

    public static IReadOnlyDictionary<string, FieldWording> Fields { get; } = new Dictionary<string, FieldWording>(StringComparer.Ordinal)
    {
        ["employer"] = new("申请单位", Required: true),
        ["employer.employer_id"] = FieldWording.NotAsked,
        ["employer.credit_code"] = new("统一社会信用代码", "18 位，含校验码", Required: true),
        ["payment_account"] = new("收款账户", "单位（或本人）银行账号", Required: true),
        ["received_on"] = new("受理日期", "窗口收到申请材料的日期；不填为今天"),
        ["receipt_number"] = new("受理回执编号", "补录早先收到的申请时填写受理回执上的编号"),

        ["hires[]"] = new("招用人员", "每人一项", Required: true),
        ["hires[].person_id_number"] = new("身份证号码", Required: true),
        ["hires[].contract_start"] = new("劳动合同起始日期", Required: true, RegistryMayHold: true),
        ["hires[].insured_period"] = new("申请补贴的社会保险月份", "仅社会保险补贴填写"),
        ["hires[].insured_period.from"] = new("起始月"),
        ["hires[].insured_period.until"] = new("截止月"),
        ["hires[].contract_end"] = new("劳动合同终止日期", "无固定期限合同不填", RegistryMayHold: true),
        ["hires[].open_ended"] = new("无固定期限劳动合同", RegistryMayHold: true),
        ["hires[].contributions[]"] = new("单位实际缴纳的社会保险费", "仅社会保险补贴填写，每月一项"),
        ["hires[].contributions[].year"] = new("年"),
        ["hires[].contributions[].month"] = new("月"),
        ["hires[].contributions[].paid"] = new("单位缴纳部分（元）"),
        ["hires[].contributions[].paid_on_time"] = new("按时缴纳"),
        ["hires[].public_welfare_post"] = new("安置在公益性岗位"),
        ["hires[].person_id"] = FieldWording.NotAsked,

        ["individual_business"] = new("个体工商户的参保和雇工情况", "登记系统未记录时由窗口核验填写"),
        ["individual_business.insured_as_unit"] = new("以单位形式参保", RegistryMayHold: true),
        ["individual_business.has_employees"] = new("有雇工", RegistryMayHold: true),
        ["individual_business.evidence_reference"] = new("证明材料", DocumentSeen),

        ["trainees[]"] = new("见习人员", "每人一项", Required: true),
        ["trainees[].person_id_number"] = new("身份证号码", Required: true),
        ["trainees[].traineeship"] = new("见习协议期限", Required: true),
        ["trainees[].traineeship.from"] = new("起始日期"),
        ["trainees[].traineeship.until"] = new("截止日期"),
        ["trainees[].hired_on"] = new("提前签订劳动合同的日期", "见习期满前被录用时填写"),
        ["trainees[].retained"] = new("见习期满后留用"),
        ["trainees[].real_name_registered"] = new("已完成见习人员实名制登记"),
        ["trainees[].hired_with_social_insurance"] = new("录用时由见习单位缴纳社会保险"),
        ["trainees[].person_id"] = FieldWording.NotAsked,
        ["trainee_host"] = new("见习单位认定"),
        ["trainee_host.recognised_by_hr_bureau"] = new("经人社部门认定的就业见习单位", Required: true),
        ["trainee_host.evidence_reference"] = new("认定文件", DocumentSeen),

        ["startup"] = new("创业项目", Required: true),
        ["startup.founder_id_number"] = new("创业者身份证号码", Required: true),
        ["startup.first_business"] = new("首次创业", "依市场监管登记记录", RegistryMayHold: true),
        ["startup.operated_normally"] = new("自登记起正常经营"),
        ["startup.evidence_reference"] = new("证明材料", DocumentSeen),
        ["startup.founder_id"] = FieldWording.NotAsked,

        ["refund_year"] = new("返还年度", "申请返还的上一年度"),
        ["stabilisation"] = new("稳岗返还情况", Required: true),
        ["stabilisation.organisation_type"] = new("社会组织类型", "社会组织、事业单位等参照实施的单位选择"),
        ["stabilisation.last_year_contributions"] = new("上年度实际缴纳失业保险费（元）", RegistryMayHold: true),
        ["stabilisation.insured_staff_at_year_start"] = new("上年初参保职工人数", RegistryMayHold: true),
        ["stabilisation.layoffs"] = new("上年度裁员人数", RegistryMayHold: true),
        ["stabilisation.full_contribution_months"] = new("截至申请日足额缴纳失业保险费月数", RegistryMayHold: true),
        ["stabilisation.evidence_reference"] = new("证明材料", DocumentSeen),

        ["flexible_worker"] = new("灵活就业人员", Required: true),
        ["flexible_worker.person_id_number"] = new("身份证号码", Required: true),
        ["flexible_worker.insured_region"] = new("参保地", Required: true),
        ["flexible_worker.contributions[]"] = new("个人缴纳的社会保险费", "每月每个险种一项", Required: true),
        ["flexible_worker.contributions[].year"] = new("年"),
        ["flexible_worker.contributions[].month"] = new("月"),
        ["flexible_worker.contributions[].scheme"] = new("险种"),
        ["flexible_worker.contributions[].paid"] = new("个人缴费（元）"),
        ["flexible_worker.person_id"] = FieldWording.NotAsked,

        ["transport"] = new("外出务工情况", Required: true),
        ["transport.person_id_number"] = new("身份证号码", Required: true),
        ["transport.county"] = new("发放县（区）", Required: true),
        ["transport.work_start"] = new("外出务工开始日期", Required: true),
        ["transport.work_place"] = new("务工地", Required: true),
        ["transport.evidence_reference"] = new("务工证明", DocumentSeen, Required: true),
        ["transport.person_id"] = FieldWording.NotAsked,

        ["referrals[]"] = new("介绍成功的人员", "每人一项", Required: true),
        ["referrals[].person_id_number"] = new("求职者身份证号码", Required: true),
        ["referrals[].employer_credit_code"] = new("用人单位统一社会信用代码", Required: true),
        ["referrals[].contract_start"] = new("劳动合同起始日期", Required: true, RegistryMayHold: true),
        ["referrals[].contract_end"] = new("劳动合同终止日期", "无固定期限合同不填", RegistryMayHold: true),
        ["referrals[].open_ended"] = new("无固定期限劳动合同", RegistryMayHold: true),
        ["referrals[].free_of_charge"] = new("未向求职者收费"),
        ["referrals[].person_id"] = FieldWording.NotAsked,
        ["referral_agency"] = new("职业介绍机构资质"),
        ["referral_agency.licensed"] = new("持有人力资源服务许可证", Required: true),
        ["referral_agency.evidence_reference"] = new("许可证编号", DocumentSeen),

        ["incubator_operating"] = new("入驻孵化基地的创业项目", Required: true),
        ["incubator_operating.founder_id_number"] = new("创业者身份证号码", Required: true),
        ["incubator_operating.entered_incubator"] = new("入驻孵化基地日期", "以入驻协议为准", Required: true),
        ["incubator_operating.costs[]"] = new("实际发生的场地等费用", "每月一项", Required: true),
        ["incubator_operating.costs[].year"] = new("年"),
        ["incubator_operating.costs[].month"] = new("月"),
        ["incubator_operating.costs[].cost"] = new("费用（元）"),
        ["incubator_operating.evidence_reference"] = new("入驻协议和费用票据", DocumentSeen),
        ["incubator_operating.founder_id"] = FieldWording.NotAsked,
    };

    public static IReadOnlyDictionary<string, string> Choices { get; } = CommonChoices.With(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OrganisationType.ORGANISATION_TYPE_SOCIAL_GROUP"] = "社会团体",
        ["OrganisationType.ORGANISATION_TYPE_FOUNDATION"] = "基金会",
        ["OrganisationType.ORGANISATION_TYPE_SOCIAL_SERVICE_ORGANISATION"] = "社会服务机构",
        ["OrganisationType.ORGANISATION_TYPE_LAW_FIRM"] = "律师事务所",
        ["OrganisationType.ORGANISATION_TYPE_ACCOUNTING_FIRM"] = "会计师事务所",
        ["OrganisationType.ORGANISATION_TYPE_OTHER"] = "事业单位、机关等其他单位",
    });
}
