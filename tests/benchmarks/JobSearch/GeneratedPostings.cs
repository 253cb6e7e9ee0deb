using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;

namespace JobSearch;

/// <summary>Realistic postings of Jiaozuo and Jiyuan in any number, the same for the same seed.</summary>
internal static class GeneratedPostings
{
    private static readonly string[] Titles =
    [
        "财务会计", "主办会计", "出纳", "成本会计", "电工", "维修电工", "电子商务专员", "保育员", "叉车司机", "中式烹调师",
        "保安员", "焊工", "仓库管理员", "销售代表", "普工", "幼儿园教师", "护士", "汽车维修工", "客服专员", "快递员",
        "数控车工", "养老护理员", "收银员", "质检员", "行政文员", "外卖骑手", "育婴员", "钢筋工", "家政服务员", "CAD制图员",
        "电气工程师", "机修钳工", "面点师", "导购员", "物流专员", "化验员", "装配工", "注塑工", "药剂师", "人事专员",
    ];

    private static readonly string[] Prefixes = ["", "", "", "高级", "储备", "学徒", "资深", "夜班"];

    private static readonly string[] Suffixes = ["", "", "", "（长白班）", "（包食宿）", "（五险一金）", "（可兼职）", "（急招）"];

    private static readonly string[] Sentences =
    [
        "五险一金，包食宿，月休四天。", "工作地点在产业集聚区，有班车接送。", "要求身体健康，能吃苦耐劳。", "有相关经验者优先，提供岗前培训。",
        "转正后缴纳社会保险，节日福利。", "熟练使用办公软件。", "持证上岗，证书可由公司协助考取。", "负责设备日常点检与保养。",
        "服从安排，适应倒班。", "接受应届毕业生和退役军人。",
    ];

    // County seats (approximate WGS-84, as the demo postings use): work places are scattered ~10 km around them.
    private static readonly (string Code, double Latitude, double Longitude)[] Counties =
    [
        ("410802", 35.240, 113.226), ("410803", 35.236, 113.182), ("410804", 35.256, 113.322), ("410811", 35.214, 113.255),
        ("410821", 35.224, 113.447), ("410822", 35.171, 113.064), ("410823", 35.099, 113.402), ("410825", 34.940, 113.081),
        ("410882", 35.087, 112.950), ("410883", 34.907, 112.791), ("419001", 35.067, 112.602),
    ];

    // A few titles carry their 职业分类大典 code (as the counter would file them), so the occupation filter and
    // synonyms have something to find; the rest are uncoded.
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["财务会计"] = "2-06-03-00", ["主办会计"] = "2-06-03-00", ["成本会计"] = "2-06-03-00", ["电工"] = "6-31-01-03",
        ["维修电工"] = "6-31-01-03", ["电子商务专员"] = "4-01-02-02", ["焊工"] = "6-18-02-04", ["保育员"] = "4-10-01-03",
    };

    public static IEnumerable<PostingDocument> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var job = Titles[random.Next(Titles.Length)];
            var title = Prefixes[random.Next(Prefixes.Length)] + job + Suffixes[random.Next(Suffixes.Length)];
            var county = Counties[random.Next(Counties.Length)];
            var description = string.Concat(Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)]));
            var minYuan = 2_200 + random.Next(60) * 100;
            var kind = (EmploymentKind)(1 + random.Next(4));
            yield return new PostingDocument(
                $"b-{i:D7}", "焦作市某某有限公司", title, description, Codes.GetValueOrDefault(job, ""), county.Code, kind,
                minYuan * 100L, (minYuan + 500 + random.Next(30) * 100) * 100L, PayPeriod.Month,
                new DateOnly(2026, 1, 1).AddDays(random.Next(320)), "bench")
            {
                MinEducation = random.Next(5),
                Location = new GeoPoint(county.Latitude + ((random.NextDouble() - 0.5) * 0.18), county.Longitude + ((random.NextDouble() - 0.5) * 0.22)),
            };
        }
    }
}
