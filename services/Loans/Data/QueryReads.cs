using Employment.Loans.Domain.Consents;
using Employment.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Loans.Data;

/// <summary>A consent as a bank's query is checked against it: who may ask, about whom, and when.</summary>
internal sealed record ConsentRow(
    string Id,
    string BankCode,
    string PersonId,
    string BorrowerHash,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTimeOffset? WithdrawnAt)
{
    public ConsentTerms Terms => new(BankCode, ValidFrom, ValidUntil, WithdrawnAt);
}

/// <summary>What a bank's query reads from this service's own tables: the consent it names (null when none has that id) and the borrower's loans.</summary>
internal sealed record QueryReading(ConsentRow? Consent, IReadOnlyList<LoanSummary> Loans);

/// <summary>
/// A bank's query reads its consent and the borrower's loans together. On PostgreSQL both statements
/// go in one batch, one round trip instead of two: each round trip cost about as much CPU as a whole
/// Health/Check (tests/benchmarks/README.md). The loans are this service's own records, so reading them
/// before the consent is checked shows nothing; the registry is read only once the consent holds.
/// SQLite runs in the process and reads them one after the other.
/// </summary>
internal static class QueryReads
{
    // Column names as the model maps them (LoansDbContext); the PostgreSQL test reads every field back.
    private const string ConsentSql =
        "SELECT \"Id\", \"BankCode\", \"PersonId\", \"BorrowerHash\", \"ValidFrom\", \"ValidUntil\", \"WithdrawnAt\" FROM query_consents WHERE \"Id\" = $1";

    private const string LoansSql =
        "SELECT \"Id\", \"BankCode\", \"IssueDate\", \"PrincipalFen\", \"SubsidisedPrincipalFen\", \"Status\" FROM loans WHERE \"BorrowerHash\" = ANY($1)";

    public static Task<QueryReading> ReadAsync(LoansDbContext db, string consentId, IReadOnlyList<string> borrowerReferences, CancellationToken cancellationToken)
    {
        var references = borrowerReferences as string[] ?? [.. borrowerReferences];
        return db is PostgresLoansDbContext
            ? BatchAsync(db, consentId, references, cancellationToken)
            : OneByOneAsync(db, consentId, references, cancellationToken);
    }

    private static Task<QueryReading> BatchAsync(LoansDbContext db, string consentId, string[] references, CancellationToken cancellationToken) =>
        OpenConnection.RunAsync(db, async (connection, ct) =>
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(ConsentSql) { Parameters = { new NpgsqlParameter { Value = consentId } } },
                    new NpgsqlBatchCommand(LoansSql) { Parameters = { new NpgsqlParameter { Value = references } } },
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(ct);
            ConsentRow? consent = null;
            if (await reader.ReadAsync(ct))
            {
                consent = new ConsentRow(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetFieldValue<DateOnly>(4),
                    reader.GetFieldValue<DateOnly>(5),
                    await reader.IsDBNullAsync(6, ct) ? null : reader.GetFieldValue<DateTimeOffset>(6));
            }

            await reader.NextResultAsync(ct);
            var loans = new List<LoanSummary>();
            while (await reader.ReadAsync(ct))
            {
                loans.Add(new LoanSummary(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetFieldValue<DateOnly>(2),
                    reader.GetInt64(3),
                    reader.GetInt64(4),
                    reader.GetInt32(5)));
            }

            return new QueryReading(consent, loans);
        }, cancellationToken);

    private static async Task<QueryReading> OneByOneAsync(LoansDbContext db, string consentId, string[] references, CancellationToken cancellationToken)
    {
        var consent = await db.QueryConsents.AsNoTracking()
            .Where(c => c.Id == consentId)
            .Select(c => new ConsentRow(c.Id, c.BankCode, c.PersonId, c.BorrowerHash, c.ValidFrom, c.ValidUntil, c.WithdrawnAt))
            .SingleOrDefaultAsync(cancellationToken);
        var loans = new List<LoanSummary>();
        await foreach (var loan in BorrowerHistoryQueries.Loans(db, references).WithCancellation(cancellationToken))
        {
            loans.Add(loan);
        }

        return new QueryReading(consent, loans);
    }
}
