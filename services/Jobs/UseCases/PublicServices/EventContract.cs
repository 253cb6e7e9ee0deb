using Employment.Common.V1;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Events;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>Recruitment events between the contract and the domain: the request's shape checked once, answers mapped.</summary>
public static class EventContract
{
    public static EventDetails Details(V1.RecruitmentEventDetails? details)
    {
        if (details is null)
        {
            throw DomainRuleException.Invalid("details", "请提供招聘活动信息（details）。");
        }

        if (!Enum.IsDefined(details.Kind))
        {
            throw DomainRuleException.Invalid("details.kind", $"招聘活动形式 {(int)details.Kind} 不存在。");
        }

        var date = PostingInput.Day(details.Date, "details.date");
        if (date == default)
        {
            throw DomainRuleException.Invalid("details.date", "请提供招聘活动日期（details.date）。");
        }

        return new EventDetails(
            (EventKind)(int)details.Kind,
            PlainText.Check(details.Title, "details.title", 100, "活动名称"),
            PlainText.Check(details.Organiser, "details.organiser", 100, "主办单位"),
            date,
            RegionCodes.Place(details.County, "details.county", required: true),
            PlainText.Check(details.Address, "details.address", 200, "举办地点（或直播平台、电视频道）"),
            PlainText.Check(details.Contact, "details.contact", 100, "咨询电话", required: false));
    }

    public static V1.RecruitmentEvent Counter(RecruitmentEvent e, RecruitmentEventRecord record) => new()
    {
        EventId = e.Id,
        Details = ProtoDetails(e.Details),
        Status = (V1.RecruitmentEventStatus)(int)e.Status,
        PostingsOffered = e.Results.PostingsOffered,
        Attendance = e.Results.Attendance,
        Hires = e.Results.Hires,
        CancellationReason = e.CancellationReason,
        Record = record.ToRecordInfo(),
    };

    public static V1.PublicRecruitmentEvent Public(RecruitmentEventRecord r) => new()
    {
        EventId = r.Id,
        Kind = (V1.RecruitmentEventKind)r.Kind,
        Title = r.Title,
        Organiser = r.Organiser,
        Date = PostingInput.Proto(r.Date),
        County = new RegionCode { Code = r.CountyCode },
        Address = r.Address,
        Contact = r.Contact,
    };

    private static V1.RecruitmentEventDetails ProtoDetails(EventDetails d) => new()
    {
        Kind = (V1.RecruitmentEventKind)(int)d.Kind,
        Title = d.Title,
        Organiser = d.Organiser,
        Date = PostingInput.Proto(d.Date),
        County = new RegionCode { Code = d.CountyCode },
        Address = d.Address,
        Contact = d.Contact,
    };
}
