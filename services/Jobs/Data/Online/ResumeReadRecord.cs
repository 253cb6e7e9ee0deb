namespace Employment.Jobs.Data.Online;

/// <summary>One read of a person's resume by an employer agent, kept for the person to see (who, when, through what).</summary>
public sealed class ResumeReadRecord
{
    public long Key { get; set; }

    /// <summary>Whose resume was read (registry person id).</summary>
    public string PersonId { get; set; } = "";

    /// <summary>The reading employer (registry employer id) and its name as the registry had it.</summary>
    public string EmployerId { get; set; } = "";

    public string EmployerName { get; set; } = "";

    /// <summary>The agent who read it (registry person id of the employer's 经办人).</summary>
    public string ReaderSubject { get; set; } = "";

    public string ApplicationId { get; set; } = "";

    public string PostingTitle { get; set; } = "";

    /// <summary>Whether the whole resume was shown, or the masked summary.</summary>
    public bool Whole { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
