using Employment.Loans.Data;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

/// <summary>
/// employment.loans.v1.StartupLoans: banks ask and report, counters decide. Every RPC checks the
/// caller's role itself (whatever the gateway decided): a bank acts only for its own bank code and
/// sees only its own loans; a counter acts within its office's region. Each state change is one
/// transaction, written before the answer, and idempotent on the request's key.
/// </summary>
internal sealed partial class StartupLoansService(
    LoansDbContext db,
    BorrowerAssessment assessment,
    EligibilityQueryLog queryLog,
    PolicyCatalog catalog,
    ICallerResolver callers,
    BorrowerHasher borrowers,
    ServiceDefaults.Time.ChinaClock clock,
    Microsoft.Extensions.Logging.ILogger<StartupLoansService> logger) : V1.StartupLoans.StartupLoansBase
{
    // Beijing dates whatever the machine's zone: claims' "quarter has ended", birth-date checks.
    private DateOnly Today => clock.Today;

    private DateTimeOffset Now => clock.Now;

    private Caller Bank(ServerCallContext context, string bankCode)
    {
        var caller = callers.Resolve(context);
        caller.RequireOwnBank(bankCode);
        return caller;
    }

    private Caller Counter(ServerCallContext context) => callers.Resolve(context);

    /// <summary>A counter works within its office's region (an admin anywhere): the shared check, PERMISSION_DENIED naming the region.</summary>
    private static void RequireRegion(Caller caller, string regionCode) => RegionScope.Of(caller).RequireCovers("region", regionCode);
}
