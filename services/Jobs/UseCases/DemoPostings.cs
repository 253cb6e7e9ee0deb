using Employment.ServiceDefaults.Regions;
using Employment.IdentityNumbers;
using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Jobs.UseCases;

/// <summary>
/// Fictional postings for trying the service locally: a few hundred across Jiaozuo's counties and
/// Jiyuan, generated from a fixed seed (the same set every time), filed through the domain like a
/// clerk's postings and indexed with them. Loaded only in Development, only into an empty database.
/// Employers, addresses and phone numbers belong to nobody; pay is invented, not policy.
/// </summary>
public static class DemoPostings
{
    public const int Count = 360;

    /// <summary>The counties the demo sets cover (Jiaozuo's ten and Jiyuan) by their short names, each at its seat's point (<see cref="Places"/>).</summary>
    internal static readonly (string Code, string Name, double Latitude, double Longitude)[] Counties =
        [.. new (string Code, string Name)[]
        {
            ("410802", "解放区"), ("410803", "中站区"), ("410804", "马村区"), ("410811", "山阳区"), ("410821", "修武县"), ("410822", "博爱县"),
            ("410823", "武陟县"), ("410825", "温县"), ("410882", "沁阳市"), ("410883", "孟州市"), ("419001", "济源"),
        }.Select(c => Places.Find(c.Code) is { } place ? (c.Code, c.Name, place.SeatLatitude, place.SeatLongitude) : throw new InvalidOperationException($"{c.Code} is not a place of the platform."))];

    private static readonly (string Title, string Occupation, EmploymentKind Kind, PayPeriod Period, long MinYuan, long MaxYuan, string Description)[] Jobs =
    [
        ("财务会计", "2-06-03-00", EmploymentKind.FullTime, PayPeriod.Month, 4000, 6500, "负责日常账务处理、纳税申报和财务报表编制，熟练使用财务软件。"),
        ("主办会计", "2-06-03-00", EmploymentKind.FullTime, PayPeriod.Month, 5500, 8000, "独立完成全盘账务，审核凭证，编制月度、年度报表。"),
        ("出纳", "2-06-03-00", EmploymentKind.FullTime, PayPeriod.Month, 3200, 4200, "现金和银行收付，协助会计做好票据整理。"),
        ("维修电工", "6-31-01-03", EmploymentKind.FullTime, PayPeriod.Month, 4500, 7000, "负责厂区设备电气维修保养，持低压电工作业证。"),
        ("电工", "6-31-01-03", EmploymentKind.FullTime, PayPeriod.Month, 4200, 6500, "小区及商业楼宇电气线路巡检维修。"),
        ("电子商务运营专员", "4-01-02-02", EmploymentKind.FullTime, PayPeriod.Month, 4000, 7000, "负责网店日常运营、商品上架和直播带货数据分析。"),
        ("电焊工", "6-18-02-04", EmploymentKind.FullTime, PayPeriod.Month, 5500, 9000, "钢结构焊接，能看懂图纸，持焊工证。"),
        ("中式烹调师", "4-03-02-01", EmploymentKind.FullTime, PayPeriod.Month, 4500, 7500, "负责后厨热菜制作，有豫菜经验者优先。"),
        ("幼儿园保育员", "4-10-01-03", EmploymentKind.FullTime, PayPeriod.Month, 2800, 3800, "照顾幼儿日常生活起居，配合教师开展保育工作。"),
        ("叉车司机", "4-02-04-03", EmploymentKind.FullTime, PayPeriod.Month, 4500, 6000, "仓库货物装卸搬运，持叉车证。"),
        ("保安员", "4-07-05-01", EmploymentKind.FullTime, PayPeriod.Month, 2800, 3600, "门岗值守、巡逻，服从安排。"),
        ("超市收银员", "4-01-02-01", EmploymentKind.PartTime, PayPeriod.Hour, 16, 20, "周末及节假日收银，时间灵活。"),
        ("装卸搬运工", "4-02-01-01", EmploymentKind.Gig, PayPeriod.Day, 150, 220, "物流园区货物装卸，日结。"),
        ("家政保洁", "4-10-03-01", EmploymentKind.Gig, PayPeriod.Hour, 25, 35, "家庭日常保洁，按小时计费，就近派单。"),
        ("社区公益性岗位（保洁）", "4-09-07-02", EmploymentKind.PublicWelfare, PayPeriod.Month, 2000, 2000, "社区公共区域保洁，面向认定的就业困难人员。"),
        ("爱心岗位（物业值班）", "4-07-05-01", EmploymentKind.Caring, PayPeriod.Month, 2200, 2600, "物业前台值班，面向接受就业援助的人员。"),
        ("行政助理（就业见习）", "3-01-02-01", EmploymentKind.Traineeship, PayPeriod.Month, 2200, 2600, "协助办公室文书、档案管理，见习期六个月。"),
        ("数控车床操作工", "6-18-01-01", EmploymentKind.FullTime, PayPeriod.Month, 5000, 8000, "操作数控车床加工零件，能独立调试程序。"),
        ("货车司机", "4-02-02-02", EmploymentKind.FullTime, PayPeriod.Month, 6000, 9000, "城际货物运输，持 B2 及以上驾驶证，两年以上驾龄。"),
        ("送货司机（城区配送）", "4-02-02-02", EmploymentKind.FullTime, PayPeriod.Month, 4500, 6500, "城区商超送货，持 C1 驾驶证，熟悉本地道路。"),
        ("通勤班车驾驶员", "4-02-02-01", EmploymentKind.FullTime, PayPeriod.Month, 4500, 6000, "负责员工上下班接送，持 A1 或 B1 驾驶证。"),
    ];

    private static readonly string[] EmployerWords = ["示例", "演示", "样例"];

    private static readonly string[] Trades = ["机械", "食品", "物流", "商贸", "建设", "物业", "化工", "纺织", "餐饮", "科技"];

    private static readonly string[] Venues = ["焦作市零工市场（示例）", "解放区零工驿站（示例）", "济源零工市场（示例）", "武陟县就业服务站（示例）"];

    public static async Task LoadIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<JobsDbContext>();
        if (await db.JobPostings.AnyAsync(cancellationToken))
        {
            return;
        }

        var writes = services.GetRequiredService<PostingWrites>();
        var clock = services.GetRequiredService<ChinaClock>();
        var today = clock.Today;
        var random = new Random(15);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < Count; i++)
            {
                var content = Content(i, random, today);
                var posting = Posting.File($"J-demo-{i:D4}", content, ScreeningVerdict.Clear, content.Employer.IsIndividualBusiness, "demo", clock.Now, today);
                var record = new JobPostingRecord();
                record.StampCreated("demo", clock.Now);
                db.JobPostings.Add(record);
                await writes.SaveAsync(posting, record, overrideDecidedNow: false, "demo", today, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
    }

    private static PostingContent Content(int i, Random random, DateOnly today)
    {
        var county = Counties[i % Counties.Length];
        var job = Jobs[random.Next(Jobs.Length)];
        var employerNumber = i % 97;
        var individual = employerNumber % 7 == 0;
        var trade = Trades[employerNumber % Trades.Length];
        var name = individual
            ? $"{county.Name}{trade}{EmployerWords[employerNumber % EmployerWords.Length]}店（个体工商户）"
            : $"{county.Name}{EmployerWords[employerNumber % EmployerWords.Length]}{trade}有限公司{employerNumber}";
        var first8 = $"MD{employerNumber:D5}X";
        var organisation = first8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(first8);
        var first17 = (individual ? "92" : "91") + county.Code + organisation;
        var creditCode = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        var scale = job.Period == PayPeriod.Month ? 100 : 10;
        var min = (job.MinYuan + (random.Next(0, 5) * scale)) * 100;
        var max = Math.Max(min, (job.MaxYuan + (random.Next(0, 5) * scale)) * 100);
        var from = today.AddDays(-random.Next(0, 60));
        return new PostingContent(
            new PostingEmployer(creditCode, name, individual),
            job.Title,
            job.Occupation,
            job.Description,
            job.Kind,
            new WorkPlace(county.Code, $"{county.Name}示例路{(i % 50) + 1}号", new GeoPoint(county.Latitude + (random.Next(-50, 50) / 2000.0), county.Longitude + (random.Next(-50, 50) / 2000.0))),
            new PayRange(min, max, job.Period),
            random.Next(1, 11),
            Requirements.None with { MinEducation = random.Next(0, 4), MinExperienceYears = random.Next(0, 3) },
            i % 3 == 0 ? ["五险一金", "包午餐"] : ["缴纳社保"],
            from,
            from.AddDays(random.Next(90, 180)),
            new PostingSource(i % 10 == 9 ? SourceKind.Repost : SourceKind.Counter, i % 10 == 9 ? "河南省公共招聘网（示例）" : ""),
            $"0391-39{i:D5}",
            job.Kind == EmploymentKind.Gig ? new GigVenue(i % 2 == 0 ? VenueKind.GigMarket : VenueKind.Station, Venues[i % Venues.Length]) : null,
            job.Kind == EmploymentKind.Traineeship ? "焦作市人社局就业见习基地认定（示例）" : "");
    }
}
