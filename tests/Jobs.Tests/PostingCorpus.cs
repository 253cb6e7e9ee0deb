using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;

namespace Jobs.Tests;

/// <summary>
/// Realistic postings of Jiaozuo and Jiyuan: a few named ones the relevance tests speak of, all
/// published in October–November 2026, and a generated filler, deterministic, published before
/// them (January–September), so that ties on relevance leave the named ones first.
/// </summary>
public static class PostingCorpus
{
    public const int FillerCount = 240;

    /// <summary>A point every test of distance measures from: near 山阳区's seat in 焦作's centre.</summary>
    public static readonly GeoPoint Centre = new(35.215, 113.242);

    // County seats (approximate WGS-84); a posting lies up to ~12 km from its seat, by a spread fixed per id.
    private static readonly Dictionary<string, (double Latitude, double Longitude)> Seats = new(StringComparer.Ordinal)
    {
        ["410802"] = (35.240, 113.226), ["410803"] = (35.236, 113.182), ["410804"] = (35.256, 113.322), ["410811"] = (35.214, 113.255),
        ["410821"] = (35.224, 113.447), ["410822"] = (35.171, 113.064), ["410823"] = (35.099, 113.402), ["410825"] = (34.940, 113.081),
        ["410882"] = (35.087, 112.950), ["410883"] = (34.907, 112.791), ["419001"] = (35.067, 112.602),
    };

    public static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883", "419001"];

    /// <summary>The named postings by id.</summary>
    public static IReadOnlyList<PostingDocument> Named { get; } =
    [
        Posting("n-caiwu", "财务会计", "负责总账、报表和纳税申报，熟练使用金蝶或用友。", "2-06-03-00", "410802", new(2026, 11, 1), 450_000, 600_000),
        Posting("n-zhuban", "主办会计", "独立完成一般纳税人全盘账务。", "2-06-03-00", "410821", new(2026, 10, 20), 500_000, 700_000),
        Posting("n-cpa", "注册会计师助理", "协助审计项目现场工作。", "2-06-04-00", "410811", new(2026, 10, 12), 400_000, 550_000),
        Posting("n-split", "会计、统计师", "统计报表与成本核算兼顾。", "2-06-02-00", "410882", new(2026, 10, 11), 400_000, 500_000),
        Posting("n-chuna", "出纳", "协助会计做账，管理现金和银行账户。", "", "410803", new(2026, 10, 30), 300_000, 380_000),
        Posting("n-jizhang", "代理记账专员", "为小微企业代理记账报税。", "2-06-03-00", "419001", new(2026, 10, 25), 350_000, 450_000),
        Posting("n-diangong", "电工", "负责厂区高低压配电维护，持低压电工证。", "6-31-01-03", "410882", new(2026, 11, 10), 500_000, 650_000),
        Posting("n-diangong-old", "电工", "小区水电维修。", "6-31-01-03", "410883", new(2026, 10, 2), 400_000, 500_000),
        Posting("n-weixiu", "维修电工", "设备电气维修，能看懂电气图纸。", "6-31-01-03", "410883", new(2026, 11, 5), 550_000, 700_000),
        Posting("n-wuye", "物业维修工", "水暖及日常维修，持电工证优先。", "", "410811", new(2026, 10, 18), 350_000, 420_000),
        Posting("n-dianshang", "电子商务专员", "负责网店运营和直播带货。", "4-01-02-02", "419001", new(2026, 11, 3), 400_000, 800_000),
        Posting("n-dianzi", "电子厂普工", "流水线装配，长白班。", "", "410823", new(2026, 10, 28), 380_000, 480_000, EmploymentKind.FullTime),
        Posting("n-baoyu", "保育员", "幼儿园保育工作，持保育员证。", "4-10-01-03", "410802", new(2026, 10, 15), 280_000, 350_000),
        Posting("n-chache", "叉车司机", "持叉车证，仓库装卸。", "4-02-04-03", "410825", new(2026, 10, 16), 450_000, 600_000),
        Posting("n-cad", "ＣＡＤ制图员", "机械图纸绘制。", "", "410804", new(2026, 10, 14), 400_000, 550_000),
        Posting("n-shizhong", "餐厅服务员（兼职）", "周末及节假日，按小时计薪。", "", "410811", new(2026, 10, 26), 1_800, 2_200, EmploymentKind.PartTime, PayPeriod.Hour),
        Posting("n-linshi", "搬运工（日结）", "物流园装卸，日结工资。", "", "410821", new(2026, 10, 27), 18_000, 25_000, EmploymentKind.PartTime, PayPeriod.Day),
        Posting("n-gongyi", "公益性岗位保洁员", "社区公共区域保洁。", "", "410822", new(2026, 10, 29), 200_000, 200_000, EmploymentKind.PublicWelfare),
    ];

    /// <summary>Every posting of the corpus: the named, then the filler.</summary>
    public static IReadOnlyList<PostingDocument> All => AllPostings.Value;

    private static readonly Lazy<IReadOnlyList<PostingDocument>> AllPostings = new(() => [.. Named, .. Filler()]);

    private static readonly string[] FillerTitles =
    [
        "仓库管理员", "销售代表", "普工", "中式烹调师", "保安员", "焊工", "幼儿园教师", "护士", "汽车维修工", "客服专员",
        "快递员", "数控车工", "养老护理员", "收银员", "质检员", "行政文员", "外卖骑手", "育婴员", "钢筋工", "家政服务员",
    ];

    private static readonly string[] FillerDescriptions =
    [
        "五险一金，包食宿，月休四天。",
        "工作地点在产业集聚区，有班车接送。",
        "要求身体健康，能吃苦耐劳，有相关经验者优先。",
        "提供岗前培训，转正后缴纳社会保险。",
        "",
    ];

    private static IEnumerable<PostingDocument> Filler()
    {
        for (var i = 0; i < FillerCount; i++)
        {
            var title = FillerTitles[i % FillerTitles.Length];
            var kind = (EmploymentKind)(1 + (i % 7 % 4));
            var minYuan = 2_500 + (i * 137 % 40) * 100;
            yield return Posting(
                $"f-{i:D3}",
                title,
                FillerDescriptions[i % FillerDescriptions.Length],
                "",
                Counties[i * 7 % Counties.Length],
                new DateOnly(2026, 1, 1).AddDays(i * 269 % 270),
                minYuan * 100L,
                (minYuan + 1_500) * 100L,
                kind);
        }
    }

    private static PostingDocument Posting(string id, string title, string description, string code, string county, DateOnly posted, long minFen, long maxFen,
        EmploymentKind kind = EmploymentKind.FullTime, PayPeriod period = PayPeriod.Month)
    {
        var spread = id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;
        var seat = Seats[county];
        return new(id, "焦作市某某有限公司", title, description, code, county, kind, minFen, maxFen, period, posted, "counter:test")
        {
            MinEducation = spread % 6,
            Location = new GeoPoint(seat.Latitude + ((spread % 201) - 100) * 0.0008, seat.Longitude + ((spread / 201 % 201) - 100) * 0.001),
        };
    }
}
