using Employment.ServiceDefaults.Security;
using Employment.Training.Data;

namespace Employment.Training.UseCases;

/// <summary>Who an application names for 回避: the person it pays for and, for 新型学徒制, the enterprise.</summary>
public static class ApplicationRecusal
{
    public static RecusalSubjects Of(TrainingApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecusalSubjects([record.PersonId], CreditCodes: record.EnterpriseCreditCode.Length > 0 ? [record.EnterpriseCreditCode] : []);
    }
}
