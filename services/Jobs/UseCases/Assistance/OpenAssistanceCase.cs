using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Assistance;
using Employment.Jobs.Domain.Assistance;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>
/// OpenAssistanceCase: a registered person (read through the shared profile reader) taken into
/// assistance with a plan and an officer; the zero-employment household recognition in force today is
/// recorded on the case, so the household list can group its members. One open case per person.
/// </summary>
public sealed class OpenAssistanceCase(JobsDbContext db, AssistanceProfiles profiles, ChinaClock clock)
{
    public const string IdPrefix = "A";

    public async Task<V1.AssistanceCase> OpenAsync(V1.OpenAssistanceCaseRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var county = RegionCodes.Place(request.County, "county", required: true);
        RegionScope.Of(clerk).RequireCovers("county", county);
        var plan = PlainText.Check(request.Plan, "plan", 2000, "个性化援助方案", required: false);
        var officer = PlainText.Check(request.Officer, "officer", 100, "援助责任人", required: false);
        var profile = await profiles.FindAsync(request.Person, cancellationToken);
        try
        {
            return await IdempotentWrite.RunAsync(db, clock.Now, "OpenAssistanceCase", clerk, request.IdempotencyKey, request, V1.AssistanceCase.Parser, async () =>
            {
                var today = clock.Today;
                var facts = RegistryFacts.Of(profile);
                if (await db.Set<AssistanceCaseRecord>().AnyAsync(r => r.OpenPersonId == facts.PersonId, cancellationToken))
                {
                    throw OneOpenCase();
                }

                var opened = AssistanceCase.Open(RecordIds.New(IdPrefix), facts.PersonId, county, facts.HouseholdOn(today), today, plan, officer);
                var record = new AssistanceCaseRecord();
                record.CopyFrom(opened);
                record.StampCreated(clerk.Subject, clock.Now);
                db.Set<AssistanceCaseRecord>().Add(record);
                await db.SaveChangesAsync(cancellationToken);
                return AssistanceContract.Counter(opened, record, profile.Person.Name);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw OneOpenCase();
        }
    }

    private static DomainRuleException OneOpenCase() =>
        new(DomainRuleKind.AlreadyExists, $"此人已有未结案的援助案例，请在该案例中继续登记（{AssistanceRuleIds.PlanAndOfficer}）。", "person", AssistanceRuleIds.PlanAndOfficer);
}
