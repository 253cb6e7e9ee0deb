using Employment.Common.V1;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Regions;
using Google.Protobuf.WellKnownTypes;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>A saved search as the contract states it, in words, and as the search engine runs it.</summary>
public static class SavedSearchAnswers
{
    public static V1.SavedSearch Of(SavedSearchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answer = new V1.SavedSearch
        {
            SearchId = record.Id,
            Query = record.Query,
            Region = new RegionCode { Code = record.Region },
            EmploymentType = (V1.EmploymentType)(record.Kind ?? 0),
            DescriptionZh = DescriptionZh(record),
            CreatedAt = Timestamp.FromDateTimeOffset(record.CreatedAt),
            SentThrough = PostingInput.Proto(record.SentThrough),
        };
        if (record.MonthlyPayAtLeastFen is { } pay)
        {
            answer.MonthlyPayAtLeast = new Money { Fen = pay };
        }

        if (record.StoppedAt is { } stopped)
        {
            answer.StoppedAt = Timestamp.FromDateTimeOffset(stopped);
        }

        return answer;
    }

    /// <summary>司机 · 焦作市 解放区 · 全职 · 月薪 3000 元以上.</summary>
    public static string DescriptionZh(SavedSearchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var parts = new List<string> { record.Query.Length > 0 ? record.Query : "全部岗位", Places.ProperNameOf(record.Region) };
        if (record.Kind is { } kind)
        {
            parts.Add(EmploymentKindNames.Zh((EmploymentKind)kind));
        }

        if (record.MonthlyPayAtLeastFen is { } pay)
        {
            parts.Add($"月薪 {MatchScorer.Yuan(pay)} 元以上");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The search it runs: the same text and filters as 找工作, newest first.</summary>
    public static PostingQuery Query(SavedSearchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PostingQuery
        {
            Text = record.Query,
            Region = record.Region,
            Kind = record.Kind is { } kind ? (EmploymentKind)kind : null,
            PayAtLeastFen = record.MonthlyPayAtLeastFen,
            PayPeriod = PayPeriod.Month,
            Order = SearchOrder.Newest,
        };
    }
}
