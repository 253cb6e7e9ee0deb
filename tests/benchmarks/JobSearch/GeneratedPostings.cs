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

    private static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883", "419001"];

    public static IEnumerable<PostingDocument> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var title = Prefixes[random.Next(Prefixes.Length)] + Titles[random.Next(Titles.Length)] + Suffixes[random.Next(Suffixes.Length)];
            var description = string.Concat(Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)]));
            var minYuan = 2_200 + random.Next(60) * 100;
            var kind = (EmploymentKind)(1 + random.Next(4));
            yield return new PostingDocument(
                $"b-{i:D7}", "焦作市某某有限公司", title, description, "", Counties[random.Next(Counties.Length)], kind,
                minYuan * 100L, (minYuan + 500 + random.Next(30) * 100) * 100L, PayPeriod.Month,
                new DateOnly(2026, 1, 1).AddDays(random.Next(320)), "bench");
        }
    }
}
