using Employment.ServiceDefaults.Audit;

namespace Employment.Risk.Domain;

/// <summary>The services whose items a scan reads, by the name their exported items carry (the kit's one list).</summary>
public static class AuditServices
{
    public const string Hiring = AuditedServices.Hiring;
    public const string Training = AuditedServices.Training;
    public const string Loans = AuditedServices.Loans;
}
