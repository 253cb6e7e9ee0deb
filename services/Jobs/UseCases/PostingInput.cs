using Employment.IdentityNumbers;
using Employment.Common.V1;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// A posting in the contract read into the domain's content. Only the shape is checked here (a
/// date that is no date, an unknown enum); what a lawful posting needs is <see cref="PostingRules"/>'.
/// </summary>
public static class PostingInput
{
    public static PostingContent From(V1.JobPosting? posting)
    {
        if (posting is null)
        {
            throw DomainRuleException.Invalid("posting", "请提供岗位信息（posting）。");
        }

        var employer = posting.Employer ?? new V1.PostingEmployer();
        var place = posting.WorkPlace ?? new V1.WorkPlace();
        var pay = posting.Pay ?? new V1.Pay();
        var r = posting.Requirements ?? new V1.Requirements();
        return new PostingContent(
            new PostingEmployer(employer.CreditCode.Trim(), employer.Name.Trim(), employer.Kind == EntityKind.IndividualBusiness),
            Free(posting.Title),
            posting.OccupationCode.Trim(),
            Free(posting.Description),
            (EmploymentKind)(int)posting.EmploymentType,
            new WorkPlace(
                RegionCodes.Place(place.County, "posting.work_place.county", required: false),
                Free(place.Address),
                new GeoPoint(place.Location?.Latitude ?? 0, place.Location?.Longitude ?? 0)),
            new PayRange(pay.Min?.Fen ?? 0, pay.Max?.Fen ?? 0, (PayPeriod)(int)pay.Period),
            posting.Openings,
            new Requirements(
                (int)r.MinEducation,
                r.MinExperienceYears,
                r.MinAge,
                r.MaxAge,
                [.. r.Certificates.Select(c => c.Trim()).Where(c => c.Length > 0)],
                Free(r.Other),
                (SexRestriction)(int)r.Sex,
                RegionCodes.Place(r.HouseholdRegion, "posting.requirements.household_region", required: false),
                (OriginRestriction)(int)r.Origin,
                r.Ethnicity.Trim(),
                r.Identity.Trim(),
                r.NoDisability,
                (MaritalRestriction)(int)r.Marital)
            {
                Skills = [.. r.Skills.Select(Free).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
                RequiredCertificates = [.. r.RequiredCertificates.Select(c => new RequiredCertificate(c.OccupationCode.Trim(), c.OccupationName.Trim(), (int)c.Level))],
            },
            [.. posting.Benefits.Select(Free).Where(b => b.Length > 0)],
            Day(posting.Valid?.From, "posting.valid.from"),
            Day(posting.Valid?.Until, "posting.valid.until"),
            new PostingSource((SourceKind)(int)(posting.Source?.Kind ?? V1.SourceKind.Unspecified), posting.Source?.RepostedFrom.Trim() ?? ""),
            Free(posting.Contact),
            posting.Venue is { } venue ? new GigVenue((VenueKind)(int)venue.Kind, venue.Name.Trim()) : null,
            posting.TraineeshipHostRecognition.Trim());
    }

    /// <summary>
    /// Free text as stored: trimmed, and any whole identity number or credit code typed into it masked
    /// on the way in, as answers mask it on the way out, so no service database keeps one in free text.
    /// </summary>
    public static string Free(string text) => IdMasking.MaskIdNumbersIn((text ?? "").Trim());

    /// <summary>A date of the contract; absent is <c>default</c> (the rules say which are required).</summary>
    public static DateOnly Day(CalendarDate? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return default;
        }

        try
        {
            return new DateOnly(date.Year, date.Month, date.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(field, $"日期 {date.Year}-{date.Month}-{date.Day} 不存在，请按 年-月-日 填写。");
        }
    }

    public static CalendarDate Proto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };
}
