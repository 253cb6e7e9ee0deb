using Employment.ServiceDefaults.Forms;

namespace Employment.Training.UseCases;

/// <summary>
/// How every question of a training application reads at the counter or online, by the request's field
/// path. The paths, types, choices and limits come from the contract itself (<see cref="FormDescriber"/>).
/// </summary>
internal static class ApplicationFormWording
{
    public static IReadOnlyDictionary<string, FieldWording> Fields { get; } = new Dictionary<string, FieldWording>(StringComparer.Ordinal)
    {
        ["person"] = new("申请人", Required: true),
        ["person.person_id"] = FieldWording.NotAsked,
        ["person.id_number"] = new("身份证号码", Required: true),
        ["region"] = new("参保地", "申请人缴纳失业保险（或领取失业保险金）的县区或市", Required: true, RegistryMayHold: true),
        ["payment_account"] = new("收款账户", "社会保障卡或银行账号；新型学徒制填企业账号", Required: true),

        ["certificate"] = new("职业资格或职业技能等级证书", "登记系统已记录的证书可直接选用", Required: true, RegistryMayHold: true),
        ["certificate.occupation_code"] = new("职业编码", "国家职业分类大典编码，如 6-18-01-01", Required: true),
        ["certificate.occupation_name"] = new("职业名称", Required: true),
        ["certificate.level"] = new("证书等级", Required: true),
        ["certificate.certificate_number"] = new("证书编号", Required: true),
        ["certificate.issue_date"] = new("发证日期", Required: true),
        ["certificate.issuing_body"] = new("发证机构", "证书上的颁发机构；登记系统尚无这张证书时必填", Required: true),

        ["course"] = new("培训课程", Required: true),
        ["course.course_id"] = new("培训项目编号", "培训机构告知的培训项目（班级）编号", Required: true),
        ["course.institution_name"] = new("培训机构名称", Required: true),
        ["course.institution_credit_code"] = new("培训机构统一社会信用代码", Required: true),
        ["course.occupation_code"] = new("培训职业编码", Required: true),
        ["course.level"] = new("培训等级", Required: true),
        ["course.period"] = new("培训起止日期", Required: true),
        ["course.period.from"] = new("开始日期"),
        ["course.period.until"] = new("结束日期"),
        ["course.hours"] = new("培训课时"),

        ["apprenticeship"] = new("学徒培训", Required: true),
        ["apprenticeship.enterprise_credit_code"] = new("培养企业统一社会信用代码", Required: true),
        ["apprenticeship.enterprise_name"] = new("培养企业名称", Required: true),
        ["apprenticeship.occupation_code"] = new("培训职业编码", Required: true),
        ["apprenticeship.level"] = new("培养目标等级", "中级工或高级工", Required: true),
        ["apprenticeship.training_year"] = new("培训年度", "第一年填 1", Required: true),
        ["apprenticeship.year_period"] = new("本培训年度起止日期", Required: true),
        ["apprenticeship.year_period.from"] = new("开始日期"),
        ["apprenticeship.year_period.until"] = new("结束日期"),
    };
}
