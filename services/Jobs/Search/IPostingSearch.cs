namespace Employment.Jobs.Search;

/// <summary>
/// The job search engine. Both implementations (PostgreSQL tsvector, SQLite FTS5) analyse text
/// with <see cref="TextAnalyzer"/> and rank with <see cref="Relevance"/>, so they answer alike; the
/// interface is what a search cluster would implement when one database is not enough.
/// </summary>
public interface IPostingSearch
{
    /// <summary>Adds the posting, or replaces the one with its id.</summary>
    Task IndexAsync(PostingDocument posting, CancellationToken cancellationToken = default);

    /// <summary>Removes the posting (closed, filled, withdrawn); false when it was not indexed.</summary>
    Task<bool> RemoveAsync(string postingId, CancellationToken cancellationToken = default);

    /// <exception cref="Employment.ServiceDefaults.Errors.DomainRuleException">Invalid input (query too long, bad page token, negative size or pay).</exception>
    Task<PostingSearchResult> SearchAsync(PostingQuery query, CancellationToken cancellationToken = default);
}
