using System.Text.Json;
using Employment.Jobs.Search;

namespace Jobs.Tests.Search.Labelled;

/// <summary>A kind of posting the relevance corpus is made of (see relevance-set.json).</summary>
public sealed record RelevanceJob(string Id, IReadOnlyList<string> Titles, string Code, IReadOnlyList<string> Duties);

/// <summary>A query with its judged jobs: 2 = what was asked for, 1 = related; <see cref="Never"/> must not be returned.</summary>
public sealed record RelevanceQuery(string Query, IReadOnlyDictionary<string, int> Relevant, IReadOnlyList<string>? Never)
{
    public int Grade(string jobId) => Relevant.GetValueOrDefault(jobId);
}

/// <summary>
/// The labelled relevance set (relevance-set.json, committed as data): the jobs, the generated corpus
/// of postings made from them (the same for the same seed), the queries with their judgements, and
/// the two measures the benchmark reports: nDCG@10 (graded gain 2^g − 1, log2 discount, against the
/// ideal order of every relevant posting in the corpus) and recall@10 (relevant postings in the top
/// ten over the fewer of ten and all relevant ones).
/// </summary>
public sealed class RelevanceSet
{
    public const int Depth = 10;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly string[] Prefixes = ["", "", "", "高级", "学徒", "资深"];

    private static readonly string[] Suffixes = ["", "", "", "（长白班）", "（包食宿）", "（急招）"];

    // Sentences any posting may carry; none says a job's own words.
    private static readonly string[] General =
    [
        "五险一金，月休四天。", "工作地点在产业集聚区，有班车接送。", "要求身体健康，能吃苦耐劳。",
        "有相关经验者优先，提供岗前培训。", "转正后缴纳社会保险，节日福利。", "接受应届毕业生和退役军人。",
    ];

    private static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883", "419001"];

    private readonly Dictionary<string, string> _jobOfPosting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _postingsPerJob = new(StringComparer.Ordinal);

    private RelevanceSet(IReadOnlyList<RelevanceJob> jobs, IReadOnlyList<RelevanceQuery> queries, int seed)
    {
        Jobs = jobs;
        Queries = queries;
        Corpus = Generate(seed);
    }

    public IReadOnlyList<RelevanceJob> Jobs { get; }

    public IReadOnlyList<RelevanceQuery> Queries { get; }

    /// <summary>The postings: 4–8 per job, titles and descriptions varied, dates through 2026.</summary>
    public IReadOnlyList<PostingDocument> Corpus { get; }

    public static RelevanceSet Shipped { get; } = Load(Path.Combine(AppContext.BaseDirectory, "relevance-set.json"));

    public static RelevanceSet Load(string path, int seed = 15)
    {
        var file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new RelevanceSet(file.Jobs, file.Queries, seed);
    }

    public string JobOf(string postingId) => _jobOfPosting[postingId];

    /// <summary>nDCG@10 and recall@10 of one query's ranked posting ids (best first).</summary>
    public (double Ndcg, double Recall) Measure(RelevanceQuery query, IReadOnlyList<string> rankedPostingIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rankedPostingIds);
        var top = rankedPostingIds.Take(Depth).Select(id => query.Grade(JobOf(id))).ToList();
        var ideal = query.Relevant
            .SelectMany(r => Enumerable.Repeat(r.Value, _postingsPerJob.GetValueOrDefault(r.Key)))
            .OrderDescending()
            .Take(Depth)
            .ToList();
        var idealGain = Dcg(ideal);
        var ndcg = idealGain == 0 ? 0 : Dcg(top) / idealGain;
        var relevantTotal = query.Relevant.Sum(r => _postingsPerJob.GetValueOrDefault(r.Key));
        var recall = relevantTotal == 0 ? 0 : (double)top.Count(g => g > 0) / Math.Min(Depth, relevantTotal);
        return (ndcg, recall);
    }

    private static double Dcg(IReadOnlyList<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();

    private List<PostingDocument> Generate(int seed)
    {
        var random = new Random(seed);
        var postings = new List<PostingDocument>();
        foreach (var job in Jobs)
        {
            var count = 4 + random.Next(5);
            _postingsPerJob[job.Id] = count;
            for (var i = 0; i < count; i++)
            {
                var id = $"r-{job.Id}-{i}";
                _jobOfPosting[id] = job.Id;
                var title = Prefixes[random.Next(Prefixes.Length)] + job.Titles[random.Next(job.Titles.Count)] + Suffixes[random.Next(Suffixes.Length)];
                var description = string.Concat(job.Duties) + string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => General[random.Next(General.Length)]));
                var minYuan = 2_200 + (random.Next(50) * 100);
                postings.Add(new PostingDocument(
                    id, "焦作市某某有限公司", title, description, job.Code, Counties[random.Next(Counties.Length)], EmploymentKind.FullTime,
                    minYuan * 100L, (minYuan + 1_000) * 100L, PayPeriod.Month, new DateOnly(2026, 1, 1).AddDays(random.Next(300)), "counter:relevance"));
            }
        }

        return postings;
    }

    private sealed record FileShape(List<RelevanceJob> Jobs, List<RelevanceQuery> Queries);
}
