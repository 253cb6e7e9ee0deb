namespace Employment.Persistence.Submissions;

/// <summary>A stored submission the public 办理进度 lookup finds: its id is the reference, and only the hash of its 查询码 is kept.</summary>
public interface IProgressCoded
{
    string Id { get; }

    string? ProgressCodeHash { get; set; }
}
