using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Search;
using Employment.Persistence.Records;
using Google.Protobuf.WellKnownTypes;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// A posting as the counter sees it and as the public does. The public answer is built field by
/// field from what the public may see: no credit code, no override record, no audit columns, and
/// any identity number typed into its free text masked.
/// </summary>
public static class PostingAnswers
{
    public static V1.JobPosting Counter(Posting posting, AuditedRecord record, DateOnly today)
    {
        var c = posting.Content;
        var answer = new V1.JobPosting
        {
            PostingId = posting.Id,
            Employer = new V1.PostingEmployer
            {
                CreditCode = c.Employer.CreditCode,
                Name = c.Employer.Name,
                Kind = c.Employer.IsIndividualBusiness ? EntityKind.IndividualBusiness : EntityKind.Unspecified,
            },
            Title = c.Title,
            OccupationCode = c.OccupationCode,
            Description = c.Description,
            EmploymentType = (V1.EmploymentType)(int)c.Kind,
            WorkPlace = Place(c.WorkPlace),
            Pay = Pay(c.Pay),
            Openings = c.Openings,
            Requirements = Requirements(c.Requirements),
            Benefits = { c.Benefits },
            Valid = new DatePeriod { From = PostingInput.Proto(c.ValidFrom), Until = PostingInput.Proto(c.ValidUntil) },
            Source = new V1.PostingSource { Kind = (V1.SourceKind)(int)c.Source.Kind, RepostedFrom = c.Source.RepostedFrom },
            Contact = c.Contact,
            TraineeshipHostRecognition = c.TraineeshipHostRecognition,
            Status = (V1.PostingStatus)(int)posting.StatusOn(today),
            FreeFilingRule = posting.FreeFilingRule,
            Filings = posting.Filings,
            Record = record.ToRecordInfo(),
        };
        if (c.Venue is { } venue)
        {
            answer.Venue = new V1.GigVenue { Kind = (V1.VenueKind)(int)venue.Kind, Name = venue.Name };
        }

        if (posting.Override is { } decided)
        {
            answer.ScreeningOverride = new V1.ScreeningOverrideRecord
            {
                Conditions = { decided.Findings.Select(f => (V1.ScreeningCondition)(int)f.Condition).Distinct() },
                Findings = { decided.Findings.Select(f => f.Where) },
                LegalReason = decided.LegalReason,
                DecidedBy = decided.DecidedBy,
                DecidedAt = Timestamp.FromDateTimeOffset(decided.DecidedAt),
            };
        }

        return answer;
    }

    public static V1.PublicPosting Public(Posting posting)
    {
        var c = posting.Content;
        var requirements = Requirements(c.Requirements);
        requirements.Other = IdMasking.MaskIdNumbersIn(requirements.Other);
        var skills = requirements.Skills.Select(IdMasking.MaskIdNumbersIn).ToList();
        requirements.Skills.Clear();
        requirements.Skills.Add(skills);
        var answer = new V1.PublicPosting
        {
            PostingId = posting.Id,
            EmployerName = c.Employer.Name,
            Title = IdMasking.MaskIdNumbersIn(c.Title),
            OccupationCode = c.OccupationCode,
            Description = IdMasking.MaskIdNumbersIn(c.Description),
            EmploymentType = (V1.EmploymentType)(int)c.Kind,
            WorkPlace = Place(c.WorkPlace),
            Pay = Pay(c.Pay),
            Openings = c.Openings,
            Requirements = requirements,
            Benefits = { c.Benefits.Select(IdMasking.MaskIdNumbersIn) },
            Valid = new DatePeriod { From = PostingInput.Proto(c.ValidFrom), Until = PostingInput.Proto(c.ValidUntil) },
            Source = new V1.PostingSource { Kind = (V1.SourceKind)(int)c.Source.Kind, RepostedFrom = c.Source.RepostedFrom },
            Contact = IdMasking.MaskIdNumbersIn(c.Contact),
            PostedOn = PostingInput.Proto(posting.PostedOn),
        };
        if (c.Venue is { } venue)
        {
            answer.Venue = new V1.GigVenue { Kind = (V1.VenueKind)(int)venue.Kind, Name = venue.Name };
        }

        return answer;
    }

    public static V1.PostingHit Hit(PostingHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var answer = Listed(hit);
        if (hit.DistanceKm is { } km)
        {
            // To the metre: the plane distance is no more exact than that.
            answer.DistanceKm = Math.Round(km, 3);
        }

        return answer;
    }

    private static V1.PostingHit Listed(PostingHit hit) => new()
    {
        PostingId = hit.PostingId,
        Title = IdMasking.MaskIdNumbersIn(hit.Title),
        EmployerName = hit.EmployerName,
        OccupationCode = hit.OccupationCode,
        County = new RegionCode { Code = hit.CountyCode },
        EmploymentType = (V1.EmploymentType)(int)hit.Kind,
        Pay = Pay(new PayRange(hit.PayMinFen, hit.PayMaxFen, hit.PayPeriod)),
        PostedOn = PostingInput.Proto(hit.PostedOn),
        Relevance = hit.Score,
    };

    /// <summary>What search indexes of a posting: the text people search (description and other requirements too).</summary>
    public static PostingDocument Document(Posting posting, string changedBy)
    {
        var c = posting.Content;
        var body = string.Join('\n', new[] { c.Description, c.Requirements.Other, c.Venue?.Name ?? "" }.Where(t => t.Length > 0));
        return new PostingDocument(posting.Id, c.Employer.Name, c.Title, body, c.OccupationCode, c.WorkPlace.CountyCode, c.Kind,
            c.Pay.MinFen, c.Pay.MaxFen, c.Pay.Period, posting.PostedOn, changedBy)
        {
            ValidUntil = c.ValidUntil,
            MinEducation = c.Requirements.MinEducation,
            Location = new Domain.Matching.GeoPoint(c.WorkPlace.Location.Latitude, c.WorkPlace.Location.Longitude),
        };
    }

    private static V1.WorkPlace Place(WorkPlace place) => new()
    {
        County = new RegionCode { Code = place.CountyCode },
        Address = place.Address,
        Location = new V1.GeoPoint { Latitude = place.Location.Latitude, Longitude = place.Location.Longitude },
    };

    private static V1.Pay Pay(PayRange pay) => new()
    {
        Min = new Money { Fen = pay.MinFen },
        Max = new Money { Fen = pay.MaxFen },
        Period = (V1.PayPeriod)(int)pay.Period,
    };

    private static V1.Requirements Requirements(Requirements r) => new()
    {
        MinEducation = (EducationLevel)r.MinEducation,
        MinExperienceYears = r.MinExperienceYears,
        MinAge = r.MinAge,
        MaxAge = r.MaxAge,
        Certificates = { r.Certificates },
        Other = r.Other,
        Sex = (V1.SexRestriction)(int)r.Sex,
        HouseholdRegion = r.HouseholdRegion.Length > 0 ? new RegionCode { Code = r.HouseholdRegion } : null,
        Origin = (V1.OriginRestriction)(int)r.Origin,
        Ethnicity = r.Ethnicity,
        Identity = r.Identity,
        NoDisability = r.NoDisability,
        Marital = (V1.MaritalRestriction)(int)r.Marital,
        Skills = { r.Skills },
        RequiredCertificates =
        {
            r.RequiredCertificates.Select(c => new V1.RequiredCertificate { OccupationCode = c.OccupationCode, OccupationName = c.OccupationName, Level = (SkillLevel)c.Level }),
        },
    };
}
