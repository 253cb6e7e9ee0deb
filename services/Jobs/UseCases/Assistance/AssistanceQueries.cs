using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Assistance;
using Employment.Jobs.Domain.Assistance;
using Employment.Policy;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>
/// Reading assistance: one case (its region's; others NOT_FOUND), and the zero-employment households
/// of a region with fewer members employed than the catalog requires there (36号（十三）), each member's
/// registry facts read through the shared profile reader on today's date.
/// </summary>
public sealed class AssistanceQueries(JobsDbContext db, AssistanceProfiles profiles, PolicyCatalog catalog, ChinaClock clock)
{
    public async Task<V1.AssistanceCase> GetAsync(string caseId, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.Set<AssistanceCaseRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == caseId, cancellationToken)
            ?? throw DomainRuleException.NotFound("援助案例", caseId);
        RegionScope.Of(clerk).Visible(record, "援助案例", caseId, record.CountyCode);
        var profile = await profiles.GetAsync(record.PersonId, cancellationToken);
        return AssistanceAnswers.Counter(record.ToCase(), record, profile.Person.Name);
    }

    public async Task<V1.GraduateRecordCounts> CountGraduatesAsync(V1.CountGraduateRecordsRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(clerk).RequireCovers("region", code);
        var today = clock.Today;
        if (request.Year <= 0 || request.Year > today.Year)
        {
            throw DomainRuleException.Invalid("year", $"年份 {request.Year} 无效：请提供已开始的公历年份（不晚于 {today.Year} 年）。");
        }

        var prefix = Policy.Model.Region.Parse(code).CodePrefix;
        var first = new DateOnly(request.Year, 1, 1);
        var last = new DateOnly(request.Year, 12, 31);
        var graduate = (int)AssistanceProgramme.UnemployedGraduate;
        var records = await db.Set<AssistanceCaseRecord>().AsNoTracking()
            .Where(r => r.Programme == graduate && r.OpenedOn >= first && r.OpenedOn <= last && r.CountyCode.StartsWith(prefix))
            .ToListAsync(cancellationToken);
        var takeUp = GraduateTakeUp.Of(records.Select(r => r.ToCase()));
        return new V1.GraduateRecordCounts
        {
            Region = new RegionCode { Code = code },
            Year = request.Year,
            Records = takeUp.Records,
            Open = takeUp.Open,
            Employed = takeUp.Employed,
            ClosedOtherwise = takeUp.ClosedOtherwise,
            TakeUpPercent = takeUp.Percent,
            RuleId = GraduateTakeUp.Rule,
        };
    }

    public async Task<V1.ListZeroEmploymentHouseholdsResponse> ListHouseholdsAsync(V1.ListZeroEmploymentHouseholdsRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        var scope = RegionScope.Of(clerk);
        var code = RegionCodes.Place(request.Region, "region", required: true);
        scope.RequireCovers("region", code);
        var region = Policy.Model.Region.Parse(code);
        var prefix = region.CodePrefix;
        var today = clock.Today;

        // Every case of a recognised household: a closed one still says whether its person found work.
        var records = await db.Set<AssistanceCaseRecord>().AsNoTracking()
            .Where(r => r.HouseholdReference != "" && r.CountyCode.StartsWith(prefix))
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var members = new List<(AssistanceCase, MemberFacts)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => scope.Covers(r.CountyCode)))
        {
            var profile = await profiles.GetAsync(record.PersonId, cancellationToken);
            names[record.PersonId] = profile.Person.Name;
            members.Add((record.ToCase(), RegistryFacts.Of(profile)));
        }

        var hasDuty = catalog.TryResolve(AssistancePolicyKeys.MinEmployedPerZeroEmploymentHousehold, region, today, out var duty);
        var standing = ZeroEmploymentHouseholds.Standing(members, hasDuty ? duty.Value.Integer : 0, today);
        var listed = standing.Where(h => hasDuty ? h.Listed : h.NobodyEmployed);
        return new V1.ListZeroEmploymentHouseholdsResponse
        {
            Households =
            {
                listed.Select(h => new V1.ZeroEmploymentHousehold
                {
                    HouseholdReference = h.Reference,
                    County = new RegionCode { Code = h.CountyCode },
                    Employed = h.Employed,
                    Members = { h.Members.Select(m => new V1.HouseholdMember { PersonId = m.PersonId, NameMasked = NameMasking.Mask(names[m.PersonId]), CaseId = m.CaseId, Employed = m.Employed }) },
                }),
            },
            MinEmployed = hasDuty ? duty.Value.Integer : 0,
            CitationZh = hasDuty ? duty.Source.Display() : "",
            RuleId = ZeroEmploymentHouseholds.Rule,
            NoteZh = hasDuty ? "" : $"政策目录中没有为 {region} 设定零就业家庭就业人数要求（{ZeroEmploymentHouseholds.Rule}）：列出无人就业的零就业家庭。",
        };
    }
}
