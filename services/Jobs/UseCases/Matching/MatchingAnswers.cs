using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Paging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>The domain's records written as the contract's messages.</summary>
public static class MatchingAnswers
{
    public static V1.JobPreferences Preferences(StatedPreferences stated)
    {
        ArgumentNullException.ThrowIfNull(stated);
        var answer = new V1.JobPreferences
        {
            OccupationCodes = { stated.Occupations },
            OccupationWords = { stated.OccupationWords },
            Regions = { stated.Counties.Select(c => new RegionCode { Code = c }) },
            EmploymentTypes = { stated.Kinds.Select(k => (V1.EmploymentType)(int)k) },
            Keywords = { stated.Skills },
        };
        if (stated.PayFloorFen is { } floor)
        {
            answer.MinSalary = new Money { Fen = floor };
            answer.MinSalaryPeriod = (V1.PayPeriod)(int)stated.PayFloorPeriod;
        }

        if (stated.Place is { } place)
        {
            answer.Location = new V1.GeoPoint { Latitude = place.Latitude, Longitude = place.Longitude };
        }

        return answer;
    }

    public static V1.Seeker Seeker(SeekerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new V1.Seeker
        {
            SeekerId = view.SeekerId,
            PersonId = view.PersonId,
            Preferences = Preferences(view.Stated),
            Active = view.Active,
            Record = view.RecordInfo,
            HomeRegion = new RegionCode { Code = view.HomeCountyCode },
            Personalised = view.Personalised,
            Tags = { view.Tags.Select(Tag) },
            AssistanceCaseId = view.AssistanceCaseId ?? "",
        };
    }

    /// <summary>第十七条: the tags and the mode, with how to change them.</summary>
    public static V1.SeekerTags Tags(SeekerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new V1.SeekerTags
        {
            SeekerId = view.SeekerId,
            Personalised = view.Personalised,
            Tags = { view.Tags.Select(Tag) },
            RuleId = SeekerTag.Rule,
            NoticeZh = SeekerTag.ControlNoticeZh,
        };
    }

    public static V1.MatchJobsResponse Matches(SeekerMatches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return new V1.MatchJobsResponse
        {
            Matches = { matches.Matches.Select(Match) },
            // The total is not counted: a match ranks the best candidates only (-1, as the contract says).
            Page = Pages.Engine(matches.NextPageToken, -1),
            Personalised = matches.Personalised,
            NoticeZh = matches.NoticeZh,
            RuleIds = { matches.RuleIds },
        };
    }

    public static V1.FindCandidatesResponse Candidates(PostingCandidatesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new V1.FindCandidatesResponse
        {
            Candidates =
            {
                result.Candidates.Select(c => new V1.Candidate
                {
                    SeekerId = c.SeekerId,
                    Name = c.NameMasked,
                    Score = c.Score,
                    ReasonsZh = { c.Reasons.Select(r => r.DisplayZh) },
                    Reasons = { c.Reasons.Select(Reason) },
                    Prioritised = c.Prioritised,
                }),
            },
            Page = Pages.Engine(result.NextPageToken, -1),
            RuleIds = { result.RuleIds },
            NoticeZh = result.NoticeZh,
        };
    }

    private static V1.Match Match(PostingMatch match) => new()
    {
        Posting = Summary(match.Posting),
        Score = match.Score,
        ReasonsZh = { match.Reasons.Select(r => r.DisplayZh) },
        Reasons = { match.Reasons.Select(Reason) },
        Prioritised = match.Prioritised,
    };

    private static V1.MatchReason Reason(MatchReason reason) => new()
    {
        Factor = reason.Factor is { } factor ? FactorName(factor) : "",
        Points = reason.Points,
        Weight = reason.Weight,
        TextZh = reason.TextZh,
        Matched = { reason.Matched },
        Missing = { reason.Missing },
    };

    private static V1.SeekerTag Tag(SeekerTag tag) => new()
    {
        TagId = tag.Id,
        Kind = tag.Id.Split(':', 2)[0],
        LabelZh = tag.LabelZh,
        Source = tag.Source == TagSource.Registry ? V1.SeekerTagSource.Registry : V1.SeekerTagSource.Stated,
    };

    // The posting as scoring read it: no credit code (PostingTraits holds none), identity numbers masked.
    private static V1.PublicPosting Summary(PostingTraits posting)
    {
        var place = new V1.WorkPlace { County = new RegionCode { Code = posting.CountyCode } };
        if (posting.Place is { } point)
        {
            place.Location = new V1.GeoPoint { Latitude = point.Latitude, Longitude = point.Longitude };
        }

        return new V1.PublicPosting
        {
            PostingId = posting.PostingId,
            EmployerName = posting.EmployerName,
            Title = IdMasking.MaskIdNumbersIn(posting.Title),
            OccupationCode = posting.OccupationCode,
            EmploymentType = (V1.EmploymentType)(int)posting.Kind,
            WorkPlace = place,
            Pay = new V1.Pay { Min = new Money { Fen = posting.PayMinFen }, Max = new Money { Fen = posting.PayMaxFen }, Period = (V1.PayPeriod)(int)posting.PayPeriod },
            PostedOn = new CalendarDate { Year = posting.PostedOn.Year, Month = posting.PostedOn.Month, Day = posting.PostedOn.Day },
        };
    }

    private static string FactorName(MatchFactor factor) => factor switch
    {
        MatchFactor.Occupation => "occupation",
        MatchFactor.Skills => "skills",
        MatchFactor.Certificates => "certificates",
        MatchFactor.Distance => "distance",
        MatchFactor.Pay => "pay",
        MatchFactor.Education => "education",
        MatchFactor.Kind => "kind",
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown match factor."),
    };
}
