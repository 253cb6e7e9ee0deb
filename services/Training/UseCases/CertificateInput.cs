using Employment.Training.Data;
using Employment.ServiceDefaults.Validation;
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

        return new SkillCertificate(
            PlainText.Reference(certificate.CertificateNumber, field + ".certificate_number", 64, "证书编号", required: false),
            PlainText.Reference(certificate.OccupationCode, field + ".occupation_code", 32, "职业（工种）编码", required: false),
            PlainText.Reference(certificate.OccupationName, field + ".occupation_name", 64, "职业（工种）名称", required: false),
            level, issued);
    }

    /// <summary>The certificate's issuing body as stored: plain text, half-width letters and digits.</summary>
    /// <summary>The certificate's columns of an application: as judged, keyed as R24 compares numbers, the issuing body as given.</summary>
    public static void Fill(TrainingApplicationRecord record, SkillCertificate certificate, Certificate? asGiven)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(certificate);
        record.CertificateNumber = certificate.CertificateNumber;
        record.CertificateKey = SkillUpgradeJudging.CertificateKey(certificate.CertificateNumber);
        record.OccupationCode = certificate.OccupationCode;
        record.OccupationName = certificate.OccupationName;
        record.Level = (int)certificate.Level;
        record.IssueDate = certificate.IssueDate;
        record.IssuingBody = IssuingBody(asGiven, "certificate");
    }

    public static string IssuingBody(Certificate? certificate, string field) =>
        PlainText.Reference(certificate?.IssuingBody, field + ".issuing_body", 128, "发证机构", required: false);

    /// <summary>The account a subsidy is paid to, as stored.</summary>
    public static string PaymentAccount(Training.V1.SubmitApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoredFields.Account(request.PaymentAccount, "payment_account", "收款账号");
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
