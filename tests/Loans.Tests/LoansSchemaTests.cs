using Employment.Loans.Data;
using Employment.Persistence;
using Employment.ServiceDefaults.Data;
using Employment.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Loans.Tests;

/// <summary>
/// The hand-written migration must build exactly the schema the EF model describes (the check a
/// model snapshot would make): same tables, columns, types, nullability and indexes, on both
/// providers. And a loan must come back as written, decimals and dates included, with the
/// (bank, contract number) pair kept unique.
/// </summary>
public sealed class LoansSchemaTests
{
    [Fact(Timeout = 60_000)]
    public async Task SQLite_migration_matches_the_model()
    {
        await using var directory = new TempDirectory();
        var migrated = await SchemaAsync(o => o.UseSqlite($"Data Source={directory.File("migrated.db")}"), migrate: true);
        var modelled = await SchemaAsync(o => o.UseSqlite($"Data Source={directory.File("modelled.db")}"), migrate: false);
        Assert.Equal(modelled, migrated);
        Assert.Contains("loans.ContractRatePercent TEXT notnull=1 pk=0", migrated);
    }

    [Fact(Timeout = 60_000)]
    public async Task PostgreSQL_migration_matches_the_model()
    {
        await using var migratedDb = await PostgresDatabase.CreateAsync("loans_schema_migrated");
        await using var modelledDb = await PostgresDatabase.CreateAsync("loans_schema_modelled");
        var migrated = await SchemaAsync(o => o.UseNpgsql(migratedDb.ConnectionString), migrate: true);
        var modelled = await SchemaAsync(o => o.UseNpgsql(modelledDb.ConnectionString), migrate: false);
        Assert.Equal(modelled, migrated);
        Assert.Contains("loans.ContractRatePercent numeric(9,6) nullable=NO", migrated);
    }

    [Fact(Timeout = 60_000)]
    public async Task SQLite_keeps_a_loan_as_written_and_refuses_a_second_contract_number()
    {
        await using var directory = new TempDirectory();
        await RoundTripAsync(o => o.UseSqlite($"Data Source={directory.File("loans.db")}"));
    }

    [Fact(Timeout = 60_000)]
    public async Task PostgreSQL_keeps_a_loan_as_written_and_refuses_a_second_contract_number()
    {
        await using var database = await PostgresDatabase.CreateAsync("loans_roundtrip");
        await RoundTripAsync(o => o.UseNpgsql(database.ConnectionString));
    }

    [Fact]
    public void Borrower_references_hash_the_normalised_number_and_mask_it()
    {
        var hash = BorrowerReferences.Hash(BorrowerKeyKind.IdNumber, "41080219900101123x");
        Assert.Equal(hash, BorrowerReferences.Hash(BorrowerKeyKind.IdNumber, " 410802 19900101123X "));
        Assert.Equal(64, hash.Length);
        Assert.NotEqual(hash, BorrowerReferences.Hash(BorrowerKeyKind.CreditCode, "41080219900101123X"));
        Assert.NotEqual(hash, BorrowerReferences.Hash(BorrowerKeyKind.IdNumber, "41080219900101123X", [1, 2, 3]));
        Assert.DoesNotContain("19900101", hash, StringComparison.Ordinal);
        Assert.Equal("410802********123X", BorrowerReferences.Mask(BorrowerKeyKind.IdNumber, "41080219900101123x"));
        Assert.Equal("91410800******123Y", BorrowerReferences.Mask(BorrowerKeyKind.CreditCode, "91410800MA44X0123Y"));
    }

    private static async Task RoundTripAsync(Action<DbContextOptionsBuilder<LoansDbContext>> configure)
    {
        // UTC, as the service writes it (Npgsql refuses other offsets for timestamptz).
        var now = Microseconds.Truncate(new DateTimeOffset(2026, 11, 22, 1, 30, 15, TimeSpan.Zero).AddTicks(1_234_567));
        Assert.Equal(1_234_560, now.Ticks % TimeSpan.TicksPerSecond);
        var loan = NewLoan("JYD-2026-0001", now);
        await using (var db = Context(configure))
        {
            await db.Database.MigrateAsync();
            db.Loans.Add(loan);
            await db.SaveChangesAsync();
        }

        await using (var db = Context(configure))
        {
            var read = await db.Loans.AsNoTracking().SingleAsync(l => l.BankCode == "ICBC-4108" && l.ContractNumber == "JYD-2026-0001");
            Assert.Equal(loan.Id, read.Id);
            Assert.Equal(3.456789m, read.ContractRatePercent);
            Assert.Equal(66.666667m, read.SubsidySharePercent);
            Assert.Equal(new DateOnly(2026, 3, 31), read.IssueDate);
            Assert.Equal(new DateOnly(2029, 2, 28), read.SettledOn);
            Assert.Null(read.DayCountBasis);
            Assert.Equal(30_000_000, read.PrincipalFen);
            Assert.Equal(now, read.CreatedAt);
            Assert.Equal(1, read.Version);

            db.Loans.Add(NewLoan("JYD-2026-0001", now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = Context(configure))
        {
            // The same contract number at another bank is another loan.
            var other = NewLoan("JYD-2026-0001", now);
            other.BankCode = "ABC-4108";
            db.Loans.Add(other);
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.Loans.CountAsync());
        }
    }

    private static LoanRecord NewLoan(string contractNumber, DateTimeOffset at) => new()
    {
        Id = Ids.New(Ids.Loan),
        BankCode = "ICBC-4108",
        ContractNumber = contractNumber,
        BorrowerKeyKind = (int)BorrowerKeyKind.IdNumber,
        BorrowerMasked = BorrowerReferences.Mask(BorrowerKeyKind.IdNumber, "41080219900101123X"),
        BorrowerHash = BorrowerReferences.Hash(BorrowerKeyKind.IdNumber, "41080219900101123X"),
        BorrowerKind = 1,
        ProductId = "individual",
        Region = "410802",
        PrincipalFen = 30_000_000,
        SubsidisedPrincipalFen = 30_000_000,
        ContractRatePercent = 3.456789m,
        IssueDate = new DateOnly(2026, 3, 31),
        TermMonths = 36,
        RepaymentMethod = 1,
        SubsidySharePercent = 66.666667m,
        Status = 4,
        SettledOn = new DateOnly(2029, 2, 28),
        Version = 1,
        CreatedAt = at,
        CreatedBy = "bank:ICBC-4108",
        UpdatedAt = at,
        UpdatedBy = "bank:ICBC-4108",
    };

    private static LoansDbContext Context(Action<DbContextOptionsBuilder<LoansDbContext>> configure)
    {
        var builder = new DbContextOptionsBuilder<LoansDbContext>();
        configure(builder);
        ServiceDatabase.WithoutModelSnapshot(builder);
        return new LoansDbContext(builder.Options);
    }

    private static async Task<List<string>> SchemaAsync(Action<DbContextOptionsBuilder<LoansDbContext>> configure, bool migrate)
    {
        await using var db = Context(configure);
        return await DatabaseSchema.BuildAndReadAsync(db, migrate);
    }

    private sealed class TempDirectory : IAsyncDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "loans-db-" + Guid.NewGuid().ToString("N"));

        public TempDirectory() => Directory.CreateDirectory(_path);

        public string File(string name) => Path.Combine(_path, name);

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_path, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
