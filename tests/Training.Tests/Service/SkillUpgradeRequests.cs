using Employment.Common.V1;
using Employment.Training.V1;

namespace Training.Tests.Service;

/// <summary>Requests as a counter fills them in.</summary>
internal static class SkillUpgradeRequests
{
    public static SubmitApplicationRequest For(string idNumber, DateOnly issued, SkillLevel level = SkillLevel.L4, string region = "410823", string? number = null) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { IdNumber = idNumber },
        Kind = SubsidyKind.SkillUpgrade,
        Certificate = new Certificate
        {
            CertificateNumber = number ?? "S" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
            OccupationCode = "6-18-01-01",
            OccupationName = "焊工",
            Level = level,
            IssueDate = TrainingHost.Date(issued),
            IssuingBody = "焦作市职业技能鉴定中心",
        },
        PaymentAccount = "6217000000001234567",
        Region = new RegionCode { Code = region },
    };
}

/// <summary>Vocational-training requests as a counter fills them in: a course of April–May and the certificate it led to.</summary>
internal static class VocationalTrainingRequests
{
    public static SubmitApplicationRequest ForCourse(string idNumber, DateOnly issued, SkillLevel level = SkillLevel.L4, string region = "410823", string? number = null, string? courseId = null)
    {
        var request = SkillUpgradeRequests.For(idNumber, issued, level, region, number);
        request.Kind = SubsidyKind.VocationalTraining;
        request.Course = new Course
        {
            CourseId = courseId ?? "C" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            InstitutionName = "焦作市职业技能培训学校",
            InstitutionCreditCode = "52410800MJ000000XA",
            OccupationCode = request.Certificate.OccupationCode,
            Level = level,
            Period = new DatePeriod { From = TrainingHost.Date(new DateOnly(issued.Year, 4, 1)), Until = TrainingHost.Date(new DateOnly(issued.Year, 5, 20)) },
            Hours = 120,
        };
        return request;
    }
}

/// <summary>新型学徒制 requests: the apprentice is the person, the enterprise is paid.</summary>
internal static class ApprenticeshipRequests
{
    public static SubmitApplicationRequest ForApprentice(string idNumber, int trainingYear = 1, SkillLevel level = SkillLevel.L4, string region = "410823") => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { IdNumber = idNumber },
        Kind = SubsidyKind.NewApprenticeship,
        Apprenticeship = new Apprenticeship
        {
            EnterpriseCreditCode = "91410800MA0000007L",
            EnterpriseName = "焦作某机械有限公司",
            OccupationCode = "6-18-01-01",
            Level = level,
            TrainingYear = trainingYear,
            YearPeriod = new DatePeriod
            {
                From = TrainingHost.Date(new DateOnly(2023 + trainingYear - 1, 9, 1)),
                Until = TrainingHost.Date(new DateOnly(2024 + trainingYear - 1, 8, 31)),
            },
        },
        PaymentAccount = "41001500000000000001",
        Region = new RegionCode { Code = region },
    };
}
