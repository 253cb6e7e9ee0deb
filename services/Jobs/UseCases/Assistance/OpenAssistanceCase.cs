using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Assistance;
using Employment.Jobs.Domain.Assistance;
using Employment.Persistence;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
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
public sealed class OpenAssistanceCase(JobsDbContext db, AssistanceProfiles profiles, ApplicantCategories categories, ChinaClock clock)
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
        if (!Enum.IsDefined(request.Programme))
        {
            throw DomainRuleException.Invalid("programme", $"援助项目 {(int)request.Programme} 不存在。");
        }

        var programme = request.Programme == V1.AssistanceProgramme.UnemployedGraduate ? AssistanceProgramme.UnemployedGraduate : AssistanceProgramme.General;
        var profile = await profiles.FindAsync(request.Person, clerk, cancellationToken);
        if (programme == AssistanceProgramme.UnemployedGraduate)
        {
            RequireRecentGraduate(profile, county);
        }
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

                var opened = AssistanceCase.Open(RecordIds.New(IdPrefix), programme, facts.PersonId, county, facts.HouseholdOn(today), today, plan, officer);
                var record = new AssistanceCaseRecord();
                record.CopyFrom(opened);
                record.StampCreated(clerk.Subject, clock.Now);
                db.Set<AssistanceCaseRecord>().Add(record);
                await db.SaveChangesAsync(cancellationToken);
                return AssistanceAnswers.Counter(opened, record, profile.Person.Name);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw OneOpenCase();
        }
    }

    // 离校未就业高校毕业生: the registry's education facts, judged by the shared category rule with the
    // catalog's window (categories.graduate_unemployed_2y) for the case's county on today's date.
    private void RequireRecentGraduate(PersonProfile profile, string county)
    {
        var today = clock.Today;
        var explanation = new ExplanationBuilder(today);
        if (!categories.GraduateWithinTwoYearsOfLeaving(profile, Region.Parse(county), today, explanation))
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"登记信息中没有此人离校2年内的大专及以上学历（category.graduate_unemployed_2y）：不能建立离校未就业高校毕业生档案，可按一般就业援助立案（{AssistanceRuleIds.GraduateRecord}）。",
                "programme", AssistanceRuleIds.GraduateRecord);
        }
    }

    private static DomainRuleException OneOpenCase() =>
        new(DomainRuleKind.AlreadyExists, $"此人已有未结案的援助案例，请在该案例中继续登记（{AssistanceRuleIds.PlanAndOfficer}）。", "person", AssistanceRuleIds.PlanAndOfficer);
}
