using Employment.Jobs.Data;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Records what matching needs of an indexed posting (work place, requirements, 爱心岗位), replacing what
/// it had: <see cref="PostingWrites"/> calls it after <c>IPostingSearch.IndexAsync</c>, in the same unit of
/// work. Idempotent (a replacement). The row goes when the posting leaves the index (cascade).
/// </summary>
public sealed class RecordPostingMatchFacts(JobsDbContext db)
{
    public const int MaxRequirements = 20;

    /// <summary>
    /// What a filed posting says that matching uses: the work place's coordinates (none when 0,0), the
    /// minimum education, the skills and coded certificates asked for (a level of 0 = any), and whether
    /// it is an 爱心岗位 (its kind).
    /// </summary>
    public static PostingMatchFacts FactsOf(Domain.Postings.PostingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var location = content.WorkPlace.Location;
        var place = location is null || (location.Latitude == 0 && location.Longitude == 0)
            ? (GeoPoint?)null
            : new GeoPoint(location.Latitude, location.Longitude);
        var r = content.Requirements;
        return new PostingMatchFacts(
            place,
            (EducationLevel)r.MinEducation,
            content.Kind == EmploymentKind.Caring,
            r.Skills,
            r.RequiredCertificates
                .Select(c => new Certificate(c.OccupationCode, c.Level is 0 ? Certificate.Unlevelled : c.Level, c.OccupationName))
                .ToList());
    }

    public async Task RecordAsync(string postingId, PostingMatchFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Skills.Count > MaxRequirements || facts.Certificates.Count > MaxRequirements)
        {
            throw DomainRuleException.Invalid("posting.requirements", $"技能要求和证书要求各最多 {MaxRequirements} 项。");
        }

        foreach (var skill in facts.Skills)
        {
            PlainText.Check(skill, "posting.requirements.skills", StatedPreferences.MaxSkillLength, "技能要求");
        }

        if (facts.Certificates.Any(c => !Occupations.IsWellFormed(c.OccupationCode) || c.Level is < 1 or > Certificate.Unlevelled))
        {
            throw DomainRuleException.Invalid("posting.requirements.certificates", "证书要求应为职业分类大典编码和 1 至 5 级（或不分级）。");
        }

        if (facts.Place is { } place)
        {
            GeoPoint.Checked(place.Latitude, place.Longitude, "posting.work_place.location");
        }

        var key = await db.Postings.Where(p => p.PostingId == postingId).Select(p => (long?)p.Key).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainRuleException.NotFound("岗位", postingId);
        var record = await db.Set<PostingMatchRecord>().FindAsync([key], cancellationToken);
        if (record is null)
        {
            record = new PostingMatchRecord { PostingKey = key };
            db.Set<PostingMatchRecord>().Add(record);
        }

        facts.CopyTo(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
