using Employment.Common.V1;
using Employment.Training.Domain.SkillUpgrade;

namespace Employment.Training.UseCases;

/// <summary>The contract's certificate as the domain's, each missing or impossible field named (INVALID_ARGUMENT).</summary>
public static class CertificateInput
{
    public static SkillCertificate From(Certificate? certificate, string field)
    {
        if (certificate is null)
        {
            throw DomainRuleException.Invalid(field, "请提供证书信息，或已登记证书的事实编号（certificate_fact_id）。");
        }

        var level = certificate.Level switch
        {
            SkillLevel.L1 => CertificateLevel.Level1,
            SkillLevel.L2 => CertificateLevel.Level2,
            SkillLevel.L3 => CertificateLevel.Level3,
            SkillLevel.L4 => CertificateLevel.Level4,
            SkillLevel.L5 => CertificateLevel.Level5,
            SkillLevel.Unlevelled => CertificateLevel.Unlevelled,
            _ => throw DomainRuleException.Invalid(field + ".level", "证书等级无效：应为一级至五级，或不分级（含专项职业能力证书）。"),
        };
        if (certificate.IssueDate is not { } date)
        {
            throw DomainRuleException.Invalid(field + ".issue_date", "请填写发证日期。");
        }

        DateOnly issued;
        try
        {
            issued = new DateOnly(date.Year, date.Month, date.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(field + ".issue_date", "发证日期不是有效日期。");
        }

        return new SkillCertificate(certificate.CertificateNumber.Trim(), certificate.OccupationCode.Trim(), certificate.OccupationName.Trim(), level, issued);
    }

    public static SkillLevel ToProto(CertificateLevel level) => level switch
    {
        CertificateLevel.Level1 => SkillLevel.L1,
        CertificateLevel.Level2 => SkillLevel.L2,
        CertificateLevel.Level3 => SkillLevel.L3,
        CertificateLevel.Level4 => SkillLevel.L4,
        CertificateLevel.Level5 => SkillLevel.L5,
        _ => SkillLevel.Unlevelled,
    };
}
