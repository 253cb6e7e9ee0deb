using Employment.Common.V1;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Events;
using Employment.Persistence.Records;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The domain's records written as the contract's messages.</summary>
public static class EventAnswers
{
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
