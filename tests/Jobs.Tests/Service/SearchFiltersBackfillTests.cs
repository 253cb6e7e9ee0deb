using Employment.Common.V1;
using Employment.Jobs;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Npgsql;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// The start-up backfill (<c>ReindexStalePostings</c>): postings indexed before the <c>SearchFilters</c>
/// migration have no coordinates or education in the index and no matching facts; the service, started
/// again on the same PostgreSQL database, indexes them again from the filed postings, in batches, once.
/// </summary>
public sealed class SearchFiltersBackfillTests
{
    private static readonly GeoPoint Jiaozuo = new() { Latitude = 35.24, Longitude = 113.23 };

    [Fact(Timeout = 240_000)]
    public async Task SearchFilters_migration_backfill_reindexes_older_postings_at_start_in_batches_and_only_once()
    {
        await using var database = await PostgresDatabase.CreateAsync("jobs_backfill");
        string[] arguments = [$"--ConnectionStrings:JobsPostgres={database.ConnectionString}", "--Demo:Load=false", "--Search:ReindexBatch=2"];
        var located = new List<string>();
        string openToAll;
        await using (var first = await ServiceUnderTest.StartAsync(new JobsModule(), arguments))
        {
            var jobs = first.Client<JobMatching.JobMatchingClient>();
            for (var i = 0; i < 5; i++)
            {
                // Lawful(): a location in 解放区 and 大专 asked.
                located.Add((await Create(jobs, JobsHost.Lawful(title: "数控车工"))).PostingId);
            }

            // A location is required of every posting; this one asks no education.
            var anyEducation = JobsHost.Lawful(title: "数控车工");
            anyEducation.Requirements.MinEducation = EducationLevel.Unspecified;
            openToAll = (await Create(jobs, anyEducation)).PostingId;
            located.Add(openToAll);
        }

        // The rows as the SearchFilters migration left postings indexed before it (new columns empty),
        // and no matching facts, as before the Seekers migration.
        await ExecuteAsync(database, """UPDATE postings SET "Latitude" = NULL, "Longitude" = NULL, "MinEducation" = 0; DELETE FROM posting_match_facts;""");

        await using (var second = await ServiceUnderTest.StartAsync(new JobsModule(), arguments))
        {
            var jobs = second.Client<JobMatching.JobMatchingClient>();
            var near = await jobs.SearchPostingsAsync(new SearchPostingsRequest { Query = "数控车工", Near = Jiaozuo, WithinKm = 5, Page = new PageRequest { PageSize = 50 } });
            Assert.Equal(located.Order(), near.Hits.Select(h => h.PostingId).Order());

            // 大专 asked again: a seeker with 高中 no longer sees those five; the posting asking nothing stays open to all.
            var secondary = await jobs.SearchPostingsAsync(new SearchPostingsRequest { Query = "数控车工", Education = EducationLevel.Secondary, Page = new PageRequest { PageSize = 50 } });
            Assert.Equal([openToAll], secondary.Hits.Select(h => h.PostingId));
        }

        Assert.Equal(6L, await ScalarAsync(database, """SELECT count(*) FROM postings WHERE "UpdatedBy" = 'system:reindex'"""));
        Assert.Equal(6L, await ScalarAsync(database, "SELECT count(*) FROM posting_match_facts"));
        var versions = await ScalarAsync(database, """SELECT sum("Version") FROM postings""");

        // A third start finds nothing to do: no row is written again.
        await using (await ServiceUnderTest.StartAsync(new JobsModule(), arguments))
        {
        }

        Assert.Equal(versions, await ScalarAsync(database, """SELECT sum("Version") FROM postings"""));
    }

    private static Task<JobPosting> Create(JobMatching.JobMatchingClient jobs, JobPosting posting) =>
        jobs.CreatePostingAsync(new CreatePostingRequest { IdempotencyKey = Guid.NewGuid().ToString(), Posting = posting }, TestCallers.Counter()).ResponseAsync;

    private static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
