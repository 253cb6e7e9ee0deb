namespace Employment.Risk.Domain;

/// <summary>The services whose items a scan reads, by the name their exported items carry.</summary>
public static class AuditServices
{
    public const string Hiring = "hiring-subsidies";
    public const string Training = "training-subsidies";
    public const string Loans = "startup-loans";
}
