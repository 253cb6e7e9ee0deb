using System.Globalization;
using Employment.Jobs.Data;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Events;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Venues;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>
/// Fictional service venues and coming recruitment events for trying the service locally (the 服务网点
/// page): in every demo county a 零工市场, a 零工驿站, a 就业服务站 and the 人社服务窗口 that takes
/// applications, and a few events in the coming
/// weeks. Every name carries "（演示）", every venue is marked fictional, addresses and phone numbers
/// belong to nobody. Loaded only in Development, only into empty tables, through the domain.
/// </summary>
public static class DemoServices
{
    private const string Demo = "（演示）";

    private static readonly (VenueKind Kind, string Name, string Services)[] VenueKinds =
    [
        (VenueKind.GigMarket, "零工市场", "零工登记、日结岗位发布、现场对接"),
        (VenueKind.Station, "零工驿站", "零工休息、岗位信息、技能培训报名"),
        (VenueKind.ServiceStation, "就业服务站", "求职登记、岗位推荐、就业援助、政策咨询"),
        (VenueKind.BureauCounter, "人社服务窗口", "受理就业创业补贴、职业培训补贴和创业担保贷款申请，办理进度查询，政策咨询"),
    ];

    private static readonly (EventKind Kind, string Title, int DaysAhead)[] Events =
    [
        (EventKind.OnSite, "民营企业招聘周专场招聘会", 7),
        (EventKind.LiveStream, "直播带岗：制造业专场", 10),
        (EventKind.Campus, "校园招聘月双选会", 21),
    ];

    public static async Task LoadIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<JobsDbContext>();
        var clock = services.GetRequiredService<ChinaClock>();
        var logger = services.GetRequiredService<ILogger<RecordVenues>>();
        if (await db.Set<ServiceVenueRecord>().AnyAsync(cancellationToken))
        {
            return;
        }

        var n = 0;
        foreach (var (code, name, latitude, longitude) in DemoPostings.Counties)
        {
            foreach (var (kind, kindName, offered) in VenueKinds)
            {
                var details = new VenueDetails(kind, $"{name}{kindName}{Demo}", code, $"{name}示例路{++n}号{Demo}",
                    latitude + (n % 3 * 0.004), longitude + (n % 2 * 0.004), "周一至周五 8:30-12:00，14:30-17:30", "0391-0000000（演示）", offered);
                Add(db, ServiceVenue.Record(string.Create(CultureInfo.InvariantCulture, $"V-demo-{n:D3}"), details, fictional: true), clock);
            }
        }

        var today = clock.Today;
        var e = 0;
        foreach (var (code, name, _, _) in DemoPostings.Counties.Where((_, i) => i % 3 == 0))
        {
            foreach (var (kind, title, days) in Events)
            {
                var details = new EventDetails(kind, $"{name}{title}{Demo}", $"{name}公共就业服务中心{Demo}", today.AddDays(days + e % 5), code,
                    kind == EventKind.LiveStream ? $"示例直播平台{Demo}" : $"{name}示例广场{Demo}", "0391-0000000（演示）");
                var recruitment = RecruitmentEvent.Announce(string.Create(CultureInfo.InvariantCulture, $"E-demo-{++e:D3}"), details);
                var record = new RecruitmentEventRecord();
                record.CopyFrom(recruitment);
                record.StampCreated("demo", clock.Now);
                db.Set<RecruitmentEventRecord>().Add(record);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        PublicServicesLog.DemoVenuesLoaded(logger, n);
    }

    private static void Add(JobsDbContext db, ServiceVenue venue, ChinaClock clock)
    {
        var record = new ServiceVenueRecord();
        record.CopyFrom(venue);
        record.StampCreated("demo", clock.Now);
        db.Set<ServiceVenueRecord>().Add(record);
    }
}
