namespace Employment.Jobs.Data.Online;

/// <summary>A record of jobs online one person owns, with a time-ordered id: listed to them newest first along (PersonId, Id).</summary>
public interface IPersonRecord
{
    string Id { get; }

    string PersonId { get; }
}
