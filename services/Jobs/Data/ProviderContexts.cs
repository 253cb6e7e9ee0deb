using Employment.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Employment.Jobs.Data;

// One context type per provider, each with its own migrations set (Migrations/Sqlite,
// Migrations/Postgres), and the factory through which `dotnet ef` builds it.

/// <summary>
/// JobsDbContext on SQLite; migrations in Migrations/Sqlite. The FTS5 table <c>posting_text</c> is
/// created by the first migration's SQL (EF does not model virtual tables).
/// </summary>
public sealed class SqliteJobsDbContext(DbContextOptions<SqliteJobsDbContext> options) : JobsDbContext(options)
{
    public const string TextTable = "posting_text";
}

/// <summary>JobsDbContext on PostgreSQL, with the bigram tsvector column and its GIN index and the work place's point under a GiST index; migrations in Migrations/Postgres.</summary>
public sealed class PostgresJobsDbContext(DbContextOptions<PostgresJobsDbContext> options) : JobsDbContext(options)
{
    /// <summary>The tokens of title (weight A) and description (weight D), written by raw SQL from <c>TextAnalyzer</c>.</summary>
    public const string TokensColumn = "SearchTokens";

    /// <summary>
    /// The title's tokens alone, with a GIN index of their own: the title levels of the ranking are read
    /// first, and a title's few lexemes answer "in the title?" faster than the whole posting's.
    /// </summary>
    public const string TitleTokensColumn = "TitleTokens";

    /// <summary>The work place as a point in space, for the spatial index (<see cref="PostgresEarthPoints"/>).</summary>
    public const string EarthPointColumn = "EarthPoint";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("cube");
        modelBuilder.Entity<PostingRecord>(e =>
        {
            // Computed by PostgreSQL from the coordinates, so every write (EF's, the bulk COPY's) keeps it.
            e.Property<NpgsqlCube?>(EarthPointColumn).HasComputedColumnSql(PostgresEarthPoints.ColumnSql, stored: true);
            e.HasIndex(EarthPointColumn).HasMethod("gist");

            // The sample the counts of a broad search are made in (one posting in SampleRate): its open
            // postings are read through this index alone, the other 63 in 64 never; it carries every
            // column a count without text or a place reads, so such a count can be answered from it alone.
            e.HasIndex(p => p.ValidUntil).HasFilter(RelationalPostingSearch.SamplePredicate("\"Key\"")).HasDatabaseName("IX_postings_sample")
                .IncludeProperties(RelationalPostingSearch.SampleIncludedColumns);

            e.Property<NpgsqlTsVector>(TokensColumn).IsRequired(false);
            e.HasIndex(TokensColumn).HasMethod("gin");
            e.Property<NpgsqlTsVector>(TitleTokensColumn).IsRequired(false);

            // A ranked search reads its title levels first; a rare title term is found by this index
            // rather than by filtering the newest postings one by one (measured: see the README).
            e.HasIndex(TitleTokensColumn).HasMethod("gin");
        });
    }
}

/// <summary>Builds <see cref="SqliteJobsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteJobsDbContextFactory() : DesignTimeFactory<SqliteJobsDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresJobsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresJobsDbContextFactory() : DesignTimeFactory<PostgresJobsDbContext>(DatabaseProvider.Postgres, options => new(options));
