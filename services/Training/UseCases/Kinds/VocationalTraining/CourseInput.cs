using Employment.ServiceDefaults.Validation;
using Employment.Common.V1;
using Employment.Training.Domain.SkillUpgrade;
using Employment.Training.Domain.VocationalTraining;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>The contract's course as the domain's, each missing or impossible field named (INVALID_ARGUMENT).</summary>
public static class CourseInput
{
    /// <summary>
    /// The most class hours one course can record: a technical bound against a mistyped figure (a
    /// full-time year of training is about 2,000 hours), not a policy figure — the catalog's
    /// minimums judge the hours.
    /// </summary>
    public const int MaxHours = 10_000;

    public static TrainingCourse From(V1.Course? course)
    {
        if (course is null)
        {
            throw DomainRuleException.Invalid("course", "请提供培训项目（course）：职业培训补贴按完成的培训项目申请。");
        }

        var level = course.Level switch
        {
            SkillLevel.L1 => CertificateLevel.Level1,
            SkillLevel.L2 => CertificateLevel.Level2,
            SkillLevel.L3 => CertificateLevel.Level3,
            SkillLevel.L4 => CertificateLevel.Level4,
            SkillLevel.L5 => CertificateLevel.Level5,
            SkillLevel.Unlevelled => CertificateLevel.Unlevelled,
            _ => throw DomainRuleException.Invalid("course.level", "培训等级无效：应为一级至五级，或不分级。"),
        };
        var start = Day(course.Period?.From, "course.period.from", "培训开始日期");
        var end = Day(course.Period?.Until, "course.period.until", "培训结束日期");
        var hours = StoredFields.InRange(course.Hours, "course.hours", 0, MaxHours, "培训课时");
        return new TrainingCourse(
            PlainText.Reference(course.CourseId, "course.course_id", 64, "培训项目编号", required: false),
            PlainText.Reference(course.InstitutionName, "course.institution_name", 128, "培训机构名称", required: false),
            StoredFields.CreditCode(course.InstitutionCreditCode, "course.institution_credit_code", "培训机构", required: false),
            PlainText.Reference(course.OccupationCode, "course.occupation_code", 32, "职业（工种）编码", required: false),
            level, start, end, hours);
    }

    public static V1.Course ToProto(TrainingCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return new V1.Course
        {
            CourseId = course.CourseId,
            InstitutionName = course.InstitutionName,
            InstitutionCreditCode = course.InstitutionCreditCode,
            OccupationCode = course.OccupationCode,
            Level = CertificateInput.ToProto(course.Level),
            Period = new DatePeriod { From = Proto(course.Start), Until = Proto(course.End) },
            Hours = course.Hours,
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
