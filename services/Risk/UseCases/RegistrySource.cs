using Employment.ServiceDefaults.Audit;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Risk.Domain;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.Risk.UseCases;

/// <summary>The registry as a scan reads it: the clerks, people and employers the items name.</summary>
public interface IRegistrySource
{
    Task<RegistryRelations> ReadAsync(IReadOnlyCollection<PaidItem> items, CancellationToken cancellationToken);
}

/// <summary>
/// The applicants registry through its ReadRelationsForAudit, with this service's own token, in batches the
/// RPC accepts: the staff ids that decided items, the people hiring items pay for and their claimant employers.
/// </summary>
public sealed class ApplicantsRegistrySource(ApplicantsApi.ApplicantsClient client) : IRegistrySource
{
    /// <summary>Names per call, within the RPC's bounds: technical figures, not policy ones.</summary>
    private const int StaffPerCall = 1000;
    private const int SubjectsPerCall = 2000;

    private const string Purpose = "risk.scan";

    public async Task<RegistryRelations> ReadAsync(IReadOnlyCollection<PaidItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var staffIds = items.Select(i => i.DecidedBy).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var people = items.Where(i => i.PersonId.Length > 0).Select(i => i.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var employers = items.Where(i => i.EmployerCreditCode.Length > 0).Select(i => i.EmployerCreditCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var staff = new List<StaffMember>();
        foreach (var chunk in staffIds.Chunk(StaffPerCall))
        {
            var answer = await CallAsync(new AuditRelationsRequest { StaffIds = { chunk } }, cancellationToken);
            staff.AddRange(answer.Staff.GroupBy(s => s.StaffId, StringComparer.Ordinal).Select(Staff));
        }

        var relations = new List<PersonRelations>();
        foreach (var chunk in people.Chunk(SubjectsPerCall))
        {
            var answer = await CallAsync(new AuditRelationsRequest { PersonIds = { chunk } }, cancellationToken);
            var households = answer.Households.ToDictionary(h => h.PersonId, h => h.HouseholdsHeld, StringComparer.Ordinal);
            relations.AddRange(answer.People.Select(p => Relations(p) with
            {
                HouseholdsHeld = StaffMember.Held([p.Person.HouseholdNumber, .. households.GetValueOrDefault(p.Person.PersonId) ?? []]),
            }));
        }

        var represented = new List<EmployerRelations>();
        foreach (var chunk in employers.Chunk(SubjectsPerCall))
        {
            var answer = await CallAsync(new AuditRelationsRequest { EmployerCreditCodes = { chunk } }, cancellationToken);
            represented.AddRange(answer.Employers.Select(e => new EmployerRelations(e.CreditCode, e.Name, e.LegalRepresentativePersonId)
            {
                RepresentativesHeld = StaffMember.Held([e.LegalRepresentativePersonId, .. e.RepresentativePersonIdsHeld]),
            }));
        }

        return new RegistryRelations(staff, relations, represented);
    }

    /// <summary>A staff id with everyone who has held it: named by its holder now (or the latest known), judged by all.</summary>
    private static StaffMember Staff(IGrouping<string, AuditedStaff> holders)
    {
        var named = holders.FirstOrDefault(h => h.HoldsNow) ?? holders.First();
        return new StaffMember(holders.Key, named.PersonId, named.NameMasked, named.HouseholdNumber)
        {
            PersonIds = StaffMember.Held(holders.Select(h => h.PersonId)),
            HouseholdsHeld = StaffMember.Held(holders.SelectMany(h => h.HouseholdsHeld.Append(h.HouseholdNumber))),
        };
    }

    private async Task<AuditRelations> CallAsync(AuditRelationsRequest request, CancellationToken cancellationToken)
    {
        request.Purpose = Purpose;
        return await client.ReadRelationsForAuditAsync(request, deadline: AuditReads.Deadline, cancellationToken: cancellationToken);
    }

    /// <summary>The facts the rules compare: contracts, insurance paid, unemployment benefit drawn.</summary>
    internal static PersonRelations Relations(PersonProfile profile)
    {
        var contracts = new List<ContractFact>();
        var insurance = new List<InsuranceFact>();
        var benefit = new List<DateSpan>();
        foreach (var fact in profile.Facts.Where(f => !f.Superseded))
        {
            if (Span(fact.Period) is not { } span)
            {
                continue;
            }

            switch (fact.Kind)
            {
                case PersonFactKind.EmploymentContract when fact.Contract is { } contract:
                    contracts.Add(new ContractFact(contract.EmployerCreditCode, span));
                    break;
                case PersonFactKind.SocialInsurance or PersonFactKind.UnemploymentInsurance when fact.Insurance is { } paid:
                    insurance.Add(new InsuranceFact(paid.EmployerCreditCode, paid.FlexibleWorker, span));
                    break;
                case PersonFactKind.UnemploymentBenefit:
                    benefit.Add(span);
                    break;
            }
        }

        return new PersonRelations(profile.Person.PersonId, profile.Person.HouseholdNumber, contracts, insurance, benefit);
    }

    private static DateSpan? Span(DatePeriod? period) =>
        period?.From is { Year: > 0 } from
            ? new DateSpan(ProtoMapping.FromProto(from), period.Until is { Year: > 0 } until ? ProtoMapping.FromProto(until) : null)
            : null;
}
