using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.Search;

namespace JobMatching;

/// <summary>
/// Postings with occupation codes and matching facts, and registry people, for the benchmark; the
/// same for the same seed. The codes are synthetic (four titles share each 小类), not the 大典's.
/// </summary>
internal static class GeneratedMarket
{
    public static readonly string[] Titles =
    [
        "财务会计", "主办会计", "出纳", "成本会计", "电工", "维修电工", "电子商务专员", "保育员", "叉车司机", "中式烹调师",
        "保安员", "焊工", "仓库管理员", "销售代表", "普工", "幼儿园教师", "护士", "汽车维修工", "客服专员", "快递员",
        "数控车工", "养老护理员", "收银员", "质检员", "行政文员", "外卖骑手", "育婴员", "钢筋工", "家政服务员", "CAD制图员",
        "电气工程师", "机修钳工", "面点师", "导购员", "物流专员", "化验员", "装配工", "注塑工", "药剂师", "人事专员",
    ];

    public static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883", "419001"];

    private static readonly string[] Skills = ["叉车", "电焊", "收银", "办公软件", "驾驶", "CAD", "普通话", "夜班", "设备保养", "仓储管理"];

    /// <summary>Title i's code: 6-(10 + i/4)-01-(i%4 + 1).</summary>
    public static string CodeOf(int title) => string.Create(CultureInfo.InvariantCulture, $"6-{10 + (title / 4)}-01-{(title % 4) + 1:00}");

    public sealed record Generated(PostingDocument Posting, double Latitude, double Longitude, int MinEducation, bool Caring, string Skills, string Certificates);

    public static IEnumerable<Generated> Postings(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var title = random.Next(Titles.Length);
            var minYuan = 2_200 + (random.Next(60) * 100);
            var kind = (EmploymentKind)(1 + random.Next(4));
            var code = CodeOf(title);
            var posting = new PostingDocument(
                $"m-{i:D7}", "焦作市某某有限公司", Titles[title], "五险一金，包食宿。", code, Counties[random.Next(Counties.Length)], kind,
                minYuan * 100L, (minYuan + 500 + (random.Next(30) * 100)) * 100L, PayPeriod.Month,
                new DateOnly(2026, 1, 1).AddDays(random.Next(320)), "bench");
            var skills = string.Join('\n', Enumerable.Range(0, random.Next(3)).Select(_ => Skills[random.Next(Skills.Length)]).Distinct());
            var certificates = random.Next(4) == 0 ? $"{code}/{4 + random.Next(2)}/{Titles[title]}" : "";
            var latitude = 35.0 + (random.NextDouble() * 0.5);
            var longitude = 112.8 + (random.NextDouble() * 0.9);
            var minEducation = random.Next(4);
            // 1 in 30 an 爱心岗位, which is a kind of posting (CARING), as a filed posting records it.
            var caring = random.Next(30) == 0;
            yield return new Generated(caring ? posting with { Kind = EmploymentKind.Caring } : posting, latitude, longitude, minEducation, caring, skills, certificates);
        }
    }

    public static PersonProfile Person(int i, Random random)
    {
        var title = random.Next(Titles.Length);
        var profile = new PersonProfile
        {
            Person = new Person { PersonId = $"P{i:D6}", Name = "测试" + i.ToString(CultureInfo.InvariantCulture), ResidenceRegion = new RegionCode { Code = Counties[random.Next(Counties.Length - 1)] } },
            ProfileVersion = 1,
        };
        profile.Facts.Add(new PersonFact
        {
            FactId = "c" + i.ToString(CultureInfo.InvariantCulture),
            Kind = PersonFactKind.Certificate,
            Certificate = new Certificate { OccupationCode = CodeOf(title), OccupationName = Titles[title], Level = SkillLevel.L4 },
        });
        profile.Facts.Add(new PersonFact { FactId = "e" + i.ToString(CultureInfo.InvariantCulture), Kind = PersonFactKind.Education, Education = new Education { Level = EducationLevel.Secondary } });
        if (i % 10 == 0)
        {
            profile.Facts.Add(new PersonFact { FactId = "z" + i.ToString(CultureInfo.InvariantCulture), Kind = PersonFactKind.ZeroEmploymentHousehold });
        }

        return profile;
    }
}
