using Employment.Jobs.Domain.Events;
using Employment.Persistence.Records;

namespace Employment.Jobs.Data.PublicServices;

/// <summary>A recruitment event as stored: what was announced, its status and its results (<see cref="RecruitmentEvent"/>).</summary>
public sealed class RecruitmentEventRecord : AuditedRecord
{
    public string Id { get; set; } = "";

    public int Kind { get; set; }

    public string Title { get; set; } = "";

    public string Organiser { get; set; } = "";

    public DateOnly Date { get; set; }

    public string CountyCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Contact { get; set; } = "";

    /// <summary>Planned (1), held (2), cancelled (3).</summary>
    public int Status { get; set; }

    public int PostingsOffered { get; set; }

    public int Attendance { get; set; }

    public int Hires { get; set; }

    public string CancellationReason { get; set; } = "";

    public RecruitmentEvent ToEvent() => RecruitmentEvent.Restore(
        Id,
        new EventDetails((EventKind)Kind, Title, Organiser, Date, CountyCode, Address, Contact),
        (EventStatus)Status,
        new EventResults(PostingsOffered, Attendance, Hires),
        CancellationReason);

    public void CopyFrom(RecruitmentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Id = e.Id;
        Kind = (int)e.Details.Kind;
        Title = e.Details.Title;
        Organiser = e.Details.Organiser;
        Date = e.Details.Date;
        CountyCode = e.Details.CountyCode;
        Address = e.Details.Address;
        Contact = e.Details.Contact;
        Status = (int)e.Status;
        PostingsOffered = e.Results.PostingsOffered;
        Attendance = e.Results.Attendance;
        Hires = e.Results.Hires;
        CancellationReason = e.CancellationReason;
    }
}
