using Employment.ServiceDefaults.Validation;
using Employment.Common.V1;
using Employment.Training.Domain.Apprenticeship;
using Employment.Training.Domain.SkillUpgrade;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>The contract's apprenticeship year as the domain's, each missing or impossible field named (INVALID_ARGUMENT).</summary>
public static class ApprenticeshipInput
{
    /// <summary>
    /// The highest training year a request may name: a technical bound against a mistyped figure; the
    /// catalog's number of subsidised years judges the year.
    /// </summary>
    public const int MaxTrainingYear = 10;

    public static ApprenticeTrainingYear From(V1.Apprenticeship? apprenticeship)
    {
        if (apprenticeship is null)
        {
            throw DomainRuleException.Invalid("apprenticeship", "请提供新型学徒制培训信息（apprenticeship）：企业、职业、等级、培训年度。");
        }

        if (string.IsNullOrWhiteSpace(apprenticeship.OccupationCode))
        {
            throw DomainRuleException.Invalid("apprenticeship.occupation_code", "请填写学徒培训的职业（工种）编码。");
        }

        var level = apprenticeship.Level switch
        {
            SkillLevel.L1 => CertificateLevel.Level1,
            SkillLevel.L2 => CertificateLevel.Level2,
            SkillLevel.L3 => CertificateLevel.Level3,
            SkillLevel.L4 => CertificateLevel.Level4,
            SkillLevel.L5 => CertificateLevel.Level5,
            SkillLevel.Unlevelled => CertificateLevel.Unlevelled,
            _ => throw DomainRuleException.Invalid("apprenticeship.level", "请填写学徒培训等级：中级工（四级）或高级工（三级）。"),
        };
        return new ApprenticeTrainingYear(
            StoredFields.CreditCode(apprenticeship.EnterpriseCreditCode, "apprenticeship.enterprise_credit_code", "培训企业", required: false),
            PlainText.Reference(apprenticeship.EnterpriseName, "apprenticeship.enterprise_name", 128, "企业名称", required: false),
            PlainText.Reference(apprenticeship.OccupationCode, "apprenticeship.occupation_code", 32, "职业（工种）编码"),
            level,
            StoredFields.InRange(apprenticeship.TrainingYear, "apprenticeship.training_year", 0, MaxTrainingYear, "培训年度"),
            Day(apprenticeship.YearPeriod?.From, "apprenticeship.year_period.from", "培训年度开始日期"),
            Day(apprenticeship.YearPeriod?.Until, "apprenticeship.year_period.until", "培训年度结束日期"));
    }

    public static V1.Apprenticeship ToProto(ApprenticeTrainingYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new V1.Apprenticeship
        {
            EnterpriseCreditCode = year.EnterpriseCreditCode,
            EnterpriseName = year.EnterpriseName,
            OccupationCode = year.OccupationCode,
            Level = CertificateInput.ToProto(year.Level),
            TrainingYear = year.TrainingYear,
            YearPeriod = new DatePeriod { From = Proto(year.Start), Until = Proto(year.End) },
        };
    }

    private static CalendarDate Proto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    private static DateOnly Day(CalendarDate? date, string field, string what)
    {
        if (date is not { Year: > 0 })
        {
            throw DomainRuleException.Invalid(field, $"请填写{what}。");
        }

        try
        {
            return new DateOnly(date.Year, date.Month, date.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(field, $"{what}不是有效日期。");
        }
    }
}
