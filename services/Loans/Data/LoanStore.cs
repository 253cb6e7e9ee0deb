using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Persistence.Records;
using Employment.Policy.Model;
using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

/// <summary>
/// Loans as aggregates: a loan row with its repayments, extension and overdue spells read into a
/// <see cref="Loan"/>, and what a change did to it written back (the row's status and audit stamp,
/// the new child rows, a cured spell). One instance per request (scoped), like its context: it
/// remembers the rows it read so a change is written onto them and the answer shows their version.
/// </summary>
internal sealed class LoanStore(LoansDbContext db)
{
    private readonly Dictionary<string, Rows> _rows = new(StringComparer.Ordinal);

    private sealed record Rows(LoanRecord Loan, IReadOnlyDictionary<string, OverdueRecord> Overdue);

    /// <param name="forChange">Track the row: its version is the concurrency token of the change that follows.</param>
    public async Task<Loan?> FindAsync(string id, bool forChange, CancellationToken cancellationToken)
    {
        var record = await Loans(forChange).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return record is null ? null : (await LoadAsync([record], cancellationToken))[0];
    }

    public async Task<Loan?> FindByContractAsync(string bankCode, string contractNumber, bool forChange, CancellationToken cancellationToken)
    {
        var record = await Loans(forChange).SingleOrDefaultAsync(l => l.BankCode == bankCode && l.ContractNumber == contractNumber, cancellationToken);
        return record is null ? null : (await LoadAsync([record], cancellationToken))[0];
    }

    /// <summary>A page of loans in id order (registration order), filtered as a list asks; the caller applies who may see which.</summary>
    public async Task<IReadOnlyList<Loan>> PageAsync(LoanFilter filter, string after, int fetch, CancellationToken cancellationToken)
    {
        var query = db.Loans.AsNoTracking();
        if (filter.BankCode is { } bankCode)
        {
            query = query.Where(l => l.BankCode == bankCode);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(l => l.Status == (int)status);
        }

        if (filter.BorrowerReferences is { } references)
        {
            query = query.Where(l => references.Contains(l.BorrowerHash));
        }

        var rows = await query.Where(l => string.Compare(l.Id, after) > 0).OrderBy(l => l.Id).Take(fetch).ToListAsync(cancellationToken);
        return await LoadAsync(rows, cancellationToken);
    }

    /// <summary>A bank's subsidised loans issued by <paramref name="issuedBy"/> (all, or those named), in id order.</summary>
    /// <summary>The registry people who borrowed <paramref name="loanIds"/> (a borrower the registry did not know is left out).</summary>
    public Task<List<string>> BorrowerPeopleAsync(IReadOnlyCollection<string> loanIds, CancellationToken cancellationToken) =>
        db.Loans.AsNoTracking().Where(l => loanIds.Contains(l.Id) && l.BorrowerPersonId != "").Select(l => l.BorrowerPersonId).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Loan>> SubsidisedOfBankAsync(string bankCode, DateOnly issuedBy, IReadOnlyList<string> only, CancellationToken cancellationToken)
    {
        var query = db.Loans.AsNoTracking().Where(l => l.BankCode == bankCode && l.SubsidisedPrincipalFen > 0 && l.IssueDate <= issuedBy);
        if (only.Count > 0)
        {
            query = query.Where(l => only.Contains(l.Id));
        }

        return await LoadAsync(await query.OrderBy(l => l.Id).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The stored row's version and audit columns, as read or as the last change left them.</summary>
    public RecordInfo InfoOf(Loan loan) => _rows[loan.Id].Loan.ToRecordInfo();

    /// <summary>A newly registered loan, created by <paramref name="actor"/> now.</summary>
    /// <param name="registered">The registry's id and masked name of a person borrower it knows (empty otherwise).</param>
    public void Add(Loan loan, (string PersonId, string NameMasked) registered, string actor, DateTimeOffset now)
    {
        var terms = loan.Terms;
        var record = new LoanRecord
        {
            Id = loan.Id,
            BankCode = loan.BankCode,
            ContractNumber = loan.ContractNumber,
            ApplicationId = loan.ApplicationId,
            BorrowerKeyKind = (int)(loan.Borrower.ByCreditCode ? BorrowerKeyKind.CreditCode : BorrowerKeyKind.IdNumber),
            BorrowerMasked = loan.Borrower.Masked,
            BorrowerHash = loan.Borrower.Hash,
            BorrowerKind = (int)loan.Borrower.Kind,
            BorrowerPersonId = registered.PersonId,
            NameMasked = registered.NameMasked,
            ProductId = loan.ProductId,
            Region = terms.Region.Code,
            PrincipalFen = terms.PrincipalFen,
            SubsidisedPrincipalFen = terms.SubsidisedPrincipalFen,
            ContractRatePercent = terms.ContractRatePercent,
            DayCountBasis = terms.DayCountBasis,
            IssueDate = terms.IssueDate,
            TermMonths = terms.TermMonths,
            RepaymentMethod = (int)terms.Method,
            SubsidySharePercent = loan.SubsidySharePercent,
            Status = (int)loan.Status,
            SettledOn = loan.SettledOn,
        };
        record.StampCreated(actor, now);
        db.Loans.Add(record);
        _rows[loan.Id] = new Rows(record, new Dictionary<string, OverdueRecord>());
    }

    /// <summary>
    /// Writes back what a report changed on a loan read for change: its status and settlement, the
    /// new repayment (keyed by the bank's idempotency key, unique per loan), extension or spell, a cured
    /// spell; the loan's row gets the next version, stamped by <paramref name="actor"/> now.
    /// </summary>
    public void WriteBack(Loan loan, string actor, DateTimeOffset now, string? repaymentKey)
    {
        var rows = _rows[loan.Id];
        rows.Loan.Status = (int)loan.Status;
        rows.Loan.SettledOn = loan.SettledOn;
        rows.Loan.StampChanged(actor, now);
        foreach (var repayment in loan.Repayments.Where(r => r.Id is null))
        {
            db.Repayments.Add(new RepaymentRecord
            {
                Id = Ids.New(Ids.Repayment),
                LoanId = loan.Id,
                PaidOn = repayment.PaidOn,
                PrincipalFen = repayment.PrincipalFen,
                InterestFen = repayment.InterestFen,
                IdempotencyKey = repaymentKey,
                CreatedAt = now,
                CreatedBy = actor,
            });
        }

        if (loan.Extension is { Id: null } extension)
        {
            db.Extensions.Add(new ExtensionRecord
            {
                Id = Ids.New(Ids.Extension),
                LoanId = loan.Id,
                From = extension.From,
                Until = extension.Until,
                RequestedOn = extension.RequestedOn,
                Reason = extension.Reason,
                CreatedAt = now,
                CreatedBy = actor,
            });
        }

        foreach (var spell in loan.Overdue)
        {
            if (spell.Id is null)
            {
                db.Overdue.Add(new OverdueRecord
                {
                    Id = Ids.New(Ids.Overdue),
                    LoanId = loan.Id,
                    From = spell.From,
                    Until = spell.Until,
                    Version = 1,
                    CreatedAt = now,
                    CreatedBy = actor,
                });
            }
            else if (spell.CuredNow)
            {
                var stored = db.Overdue.Attach(rows.Overdue[spell.Id]).Entity;
                stored.Until = spell.Until;
                stored.Version++;
            }
        }
    }

    private IQueryable<LoanRecord> Loans(bool tracked) => tracked ? db.Loans : db.Loans.AsNoTracking();

    /// <summary>The loans with what was reported about them, in the order given: three queries for all of them, not three per loan.</summary>
    private async Task<IReadOnlyList<Loan>> LoadAsync(IReadOnlyList<LoanRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var ids = records.Select(l => l.Id).ToList();
        var repayments = (await db.Repayments.AsNoTracking().Where(r => ids.Contains(r.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.LoanId);
        var extensions = (await db.Extensions.AsNoTracking().Where(x => ids.Contains(x.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(x => x.LoanId);
        var overdue = (await db.Overdue.AsNoTracking().Where(o => ids.Contains(o.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.LoanId);
        var loans = new List<Loan>(records.Count);
        foreach (var record in records)
        {
            var spells = overdue[record.Id].OrderBy(o => o.From).ToList();
            _rows[record.Id] = new Rows(record, spells.ToDictionary(o => o.Id, StringComparer.Ordinal));
            loans.Add(ToDomain(
                record,
                repayments[record.Id].OrderBy(r => r.PaidOn).ThenBy(r => r.Id, StringComparer.Ordinal),
                extensions[record.Id].OrderBy(x => x.From).FirstOrDefault(),
                spells));
        }

        return loans;
    }

    private static Loan ToDomain(LoanRecord r, IEnumerable<RepaymentRecord> repayments, ExtensionRecord? extension, IEnumerable<OverdueRecord> overdue) => new(
        r.Id,
        r.ApplicationId,
        new LoanBorrower((BorrowerKind)r.BorrowerKind, r.BorrowerKeyKind == (int)BorrowerKeyKind.CreditCode, r.BorrowerMasked, r.BorrowerHash),
        r.ProductId,
        new LoanTerms(
            r.BankCode,
            r.ContractNumber,
            Region.Parse(r.Region),
            r.PrincipalFen,
            r.SubsidisedPrincipalFen,
            r.ContractRatePercent,
            r.IssueDate,
            r.TermMonths,
            (RepaymentMethod)r.RepaymentMethod,
            r.DayCountBasis),
        r.SubsidySharePercent,
        (LoanStatus)r.Status,
        r.SettledOn,
        r.Version,
        repayments.Select(x => new ReportedRepayment(x.Id, x.PaidOn, x.PrincipalFen, x.InterestFen)),
        extension is { } x ? new GrantedExtension(x.Id, x.From, x.Until, x.RequestedOn, x.Reason) : null,
        overdue.Select(o => new OverdueSpell(o.Id, o.From, o.Until)));
}

/// <summary>What a list of loans asks for (null: any).</summary>
internal sealed record LoanFilter(string? BankCode, LoanStatus? Status, IReadOnlyList<string>? BorrowerReferences);
