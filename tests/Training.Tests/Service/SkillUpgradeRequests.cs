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
