using Employment.Hiring.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;

namespace Employment.Hiring.UseCases;

/// <summary>Whose offers a caller reads and accepts: a person's own, or the employer's its agent acts for; nobody else has any.</summary>
public readonly record struct OfferOwner(string EmployerId, string PersonId)
{
    /// <summary>The judge of an offer's claim: the service on the bureau's behalf, which sees the claimant's people as the owed list did.</summary>
    public static Caller Judge(Caller caller) => new(CallerRole.Service, caller?.Subject ?? "");

    public bool ForEmployer => EmployerId.Length > 0;

    /// <exception cref="Grpc.Core.RpcException">PERMISSION_DENIED for anyone but a person or an employer's agent.</exception>
    public static OfferOwner Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var scope = RegionScope.Of(caller);
        return scope.OwnEmployerId is { Length: > 0 } employer ? new OfferOwner(employer, "")
            : scope.OwnPersonId is { Length: > 0 } person ? new OfferOwner("", person)
            : throw RpcErrors.Denied("只有实名登录的本人或单位经办人可以查看和确认“免申即享”的补贴。 (a person's or employer's own offers)");
    }

    public IQueryable<OfferRecord> Of(IQueryable<OfferRecord> offers)
    {
        var (employer, person) = (EmployerId, PersonId);
        return offers.Where(o => o.OwnerEmployerId == employer && o.OwnerPersonId == person);
    }
}
