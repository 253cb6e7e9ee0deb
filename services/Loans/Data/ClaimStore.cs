using Employment.Common.V1;
using Employment.Loans.Domain.Claims;
using Employment.Loans.Domain.Ledger;
using Employment.Persistence.Records;
using Employment.Policy.Model;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Data;

/// <summary>
/// Stored quarterly claims as aggregates: the row, with the lines and cost shares it keeps as the
/// contract's protobuf bytes, read into a <see cref="SubsidyClaim"/>, and a submission or decision
/// written back. Scoped, like its context: it remembers the rows it read.
/// </summary>
internal sealed class ClaimStore(LoansDbContext db)
{
    private readonly Dictionary<string, (ClaimRecord Record, V1.InterestSubsidyClaim Content)> _rows = new(StringComparer.Ordinal);

    /// <param name="forChange">Track the row: its version is the concurrency token of the change that follows.</param>
    public async Task<SubsidyClaim?> FindAsync(string id, bool forChange, CancellationToken cancellationToken)
    {
        var claims = forChange ? db.Claims : db.Claims.AsNoTracking();
        return Read(await claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken));
    }

    /// <summary>The bank's claim for the quarter, if any (one per bank and quarter), read for change.</summary>
    public async Task<SubsidyClaim?> FindForQuarterAsync(string bankCode, int year, int quarter, CancellationToken cancellationToken) =>
        Read(await db.Claims.SingleOrDefaultAsync(c => c.BankCode == bankCode && c.Year == year && c.Quarter == quarter, cancellationToken));

    /// <summary>The claim's lines and cost shares as the contract shows them, with its id, state, decision and record.</summary>
    public V1.InterestSubsidyClaim ContentOf(SubsidyClaim claim)
    {
        var (record, content) = _rows[claim.Id];
        var answer = content.Clone();
        answer.ClaimId = record.Id;
        answer.State = (V1.ClaimState)record.State;
        answer.DecisionReasonZh = record.DecisionReason;
        answer.Record = record.ToRecordInfo();
        return answer;
    }

    /// <summary>
    /// Writes back a submission or a decision: a new row or the next version of the one read, stamped
    /// by <paramref name="actor"/> now; <paramref name="content"/> is what a submission computed, as the contract shows it.
    /// </summary>
    public void Save(SubsidyClaim claim, V1.InterestSubsidyClaim? content, string actor, DateTimeOffset now)
    {
        if (_rows.TryGetValue(claim.Id, out var row))
        {
            row.Record.StampChanged(actor, now);
        }
        else
        {
            row = (new ClaimRecord { Id = claim.Id, BankCode = claim.BankCode, Year = claim.Year, Quarter = claim.Quarter, Payload = [] }, new V1.InterestSubsidyClaim());
            row.Record.StampCreated(actor, now);
            db.Claims.Add(row.Record);
        }

        row.Record.State = (int)claim.State!.Value;
        row.Record.TotalFen = claim.TotalFen;
        row.Record.DecisionReason = claim.DecisionReason;
        if (content is not null)
        {
            row.Record.Payload = content.ToByteArray();
            row.Content = content;
        }

        _rows[claim.Id] = row;
    }

    private SubsidyClaim? Read(ClaimRecord? record)
    {
        if (record is null)
        {
            return null;
        }

        var content = V1.InterestSubsidyClaim.Parser.ParseFrom(record.Payload);
        _rows[record.Id] = (record, content);
        var shares = content.CostShares.Select(s => new CostShare(s.Payer, Region.Parse(s.Region.Code), s.Amount?.Fen ?? 0));
        return new SubsidyClaim(record.Id, record.BankCode, record.Year, record.Quarter, (ClaimState)record.State, record.TotalFen, record.DecisionReason, record.Version,
            SubsidyClaim.LocalRegionsOf(shares));
    }
}
