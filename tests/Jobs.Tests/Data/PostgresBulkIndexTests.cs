using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Npgsql;
using Xunit;

namespace Jobs.Tests.Data;

public sealed class PostgresBulkIndexTests
{
    [Fact(Timeout = 60_000)]
    public async Task Bulk_loaded_postings_are_found_as_one_by_one_indexed_ones_are()
    {
        await using var database = await PostgresSearchDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(PostingCorpus.Named.Count, await PostgresBulkIndex.LoadAsync(connection, PostingCorpus.Named, OccupationSynonyms.Shipped, DateTimeOffset.UtcNow));
        }

        var result = await database.SearchAsync(new PostingQuery { Text = "会计" });
        Assert.Equal(["n-caiwu", "n-zhuban", "n-cpa", "n-split", "n-chuna", "n-jizhang"], result.Hits.Select(h => h.PostingId));
        Assert.Equal(Relevance.TitleOccupation, result.Hits[0].Score);
        Assert.Equal(PostingCorpus.Named.Count, (await database.SearchAsync(new PostingQuery())).Total);
    }
}
