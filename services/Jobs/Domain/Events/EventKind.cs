namespace Employment.Jobs.Domain.Events;

/// <summary>How a recruitment event reaches people (the kinds 济管〔2023〕19号 80. and 15号（七） name).</summary>
public enum EventKind
{
    None = 0,

    /// <summary>现场招聘会 (招聘周, 专场).</summary>
    OnSite = 1,

    /// <summary>直播带岗.</summary>
    LiveStream = 2,

    /// <summary>电视送岗.</summary>
    Television = 3,

    /// <summary>校园招聘.</summary>
    Campus = 4,
}

public enum EventStatus
{
    None = 0,
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>What a clerk states when announcing an event.</summary>
public sealed record EventDetails(EventKind Kind, string Title, string Organiser, DateOnly Date, string CountyCode, string Address, string Contact);

/// <summary>What an event produced: 提供岗位数, 参会（观看）人数, 达成就业人数.</summary>
public sealed record EventResults(int PostingsOffered, int Attendance, int Hires)
{
    public static EventResults None { get; } = new(0, 0, 0);
}
