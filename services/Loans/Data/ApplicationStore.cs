using Employment.Common.V1;
using Employment.Loans.Domain.Applications;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Data;

/// <summary>
/// Applications as aggregates: the row, the contract's details it keeps as protobuf bytes and its
/// history read into a <see cref="LoanApplication"/>, and a move written back (state, loan, audit
/// stamp, the new history rows). Scoped, like its context: it remembers the rows it read.
/// </summary>
internal sealed class ApplicationStore(LoansDbContext db)
{
    private readonly Dictionary<string, (ApplicationRecord Record, V1.LoanApplication Details)> _rows = new(StringComparer.Ordinal);

    /// <param name="forChange">Track the row: its version is the concurrency token of the change that follows.</param>
    public async Task<LoanApplication?> FindAsync(string id, bool forChange, CancellationToken cancellationToken)
    {
        var applications = forChange ? db.Applications : db.Applications.AsNoTracking();
        var record = await applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return record is null ? null : (await LoadAsync([record], cancellationToken))[0];
    }

    /// <summary>A page of applications in id order, filtered as a list asks (a person's own when <paramref name="personId"/> is given); the caller applies who may see which.</summary>
    public async Task<IReadOnlyList<LoanApplication>> PageAsync(
        string? bankCode, V1.ApplicationState? state, IReadOnlyList<string>? borrowerReferences, string? personId, string after, int fetch, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking();
        if (personId is not null)
        {
            query = query.Where(a => a.BorrowerPersonId == personId);
        }

        if (bankCode is not null)
        {
            query = query.Where(a => a.BankCode == bankCode);
        }

        if (state is { } s)
        {
            query = query.Where(a => a.State == (int)s);
        }

        if (borrowerReferences is not null)
        {
            query = query.Where(a => borrowerReferences.Contains(a.BorrowerHash));
        }

        var rows = await query.Where(a => string.Compare(a.Id, after) > 0).OrderBy(a => a.Id).Take(fetch).ToListAsync(cancellationToken);
        return await LoadAsync(rows, cancellationToken);
    }

    /// <summary>A page of one borrower's applications, newest first (我的办事): a person's own, or an enterprise's its agent reads.</summary>
    public async Task<(IReadOnlyList<LoanApplication> Page, PageResponse Next)> OfBorrowerAsync(RecordOwner owner, PageRequest? page, CancellationToken cancellationToken)
    {
        var rows = owner.EmployerId is { } employer
            ? db.Applications.AsNoTracking().Where(a => a.BorrowerEmployerId == employer)
            : db.Applications.AsNoTracking().Where(a => a.BorrowerPersonId == owner.PersonId);
        var (found, next) = await NewestFirst.PageAsync(rows, a => a.Id, page, cancellationToken);
        return (await LoadAsync(found, cancellationToken), next);
    }

    /// <summary>Whose it is, as a person or an employer's agent is shown their own: the borrower person's, or the enterprise's taken online.</summary>
    public RecordOwner OwnerOf(LoanApplication application)
    {
        var row = RecordOf(application);
        return new RecordOwner(row.BorrowerPersonId, row.BorrowerEmployerId);
    }

    /// <summary>The details the application was taken with (term, guarantors, the eligibility judgement), as the contract holds them.</summary>
    public V1.LoanApplication DetailsOf(LoanApplication application) => _rows[application.Id].Details;

    /// <summary>The row as read, for what only 办理进度 shows (masked name, code hash, dates).</summary>
    public ApplicationRecord RecordOf(LoanApplication application) => _rows[application.Id].Record;

    /// <summary>A newly taken application with its details, created by <paramref name="actor"/> now.</summary>
    /// <param name="nameMasked">The borrower's masked name for 办理进度.</param>
    /// <param name="personId">The registry's id of the borrower (empty when it does not know them).</param>
    /// <param name="progressCodeHash">The 查询码's stored form; never the code.</param>
    public void Add(
        LoanApplication application, UseCases.ApplicationToSubmit taken, string nameMasked, string personId, string progressCodeHash,
        V1.LoanApplication details, string actor, DateTimeOffset now)
    {
        var record = new ApplicationRecord
        {
            Id = application.Id,
            BorrowerKeyKind = (int)taken.Borrower.Kind,
            BorrowerMasked = taken.Borrower.Masked,
            BorrowerEmployerId = taken.BorrowerEmployerId,
            Channel = (int)taken.Channel,
            BorrowerHash = application.BorrowerHash,
            ProductId = application.ProductId,
            BankCode = application.BankCode,
            Region = application.Region,
            AmountFen = application.AmountFen,
            State = (int)application.State,
            LoanId = application.LoanId,
            Payload = details.ToByteArray(),
            NameMasked = nameMasked,
            BorrowerPersonId = personId,
            ProgressCodeHash = progressCodeHash,
        };
        record.StampCreated(actor, now);
        db.Applications.Add(record);
        _rows[application.Id] = (record, details);
        AddNewMoves(application);
    }

    /// <summary>Writes back a move of an application read for change: its state and loan, the next version stamped by <paramref name="actor"/> now, the history.</summary>
    public void WriteBack(LoanApplication application, string actor, DateTimeOffset now)
    {
        var record = _rows[application.Id].Record;
        record.State = (int)application.State;
        record.LoanId = application.LoanId;
        record.StampChanged(actor, now);
        AddNewMoves(application);
    }

    private void AddNewMoves(LoanApplication application)
    {
        foreach (var move in application.History.Where(m => m.Id is null))
        {
            db.ApplicationStateChanges.Add(new ApplicationStateChangeRecord
            {
                Id = Ids.New(Ids.StateChange),
                ApplicationId = application.Id,
                From = (int)move.From,
                To = (int)move.To,
                Actor = move.Actor,
                At = move.At,
                Reason = move.Reason,
            });
        }
    }

    /// <summary>The applications with their histories, in the order given: one query for all the histories.</summary>
    private async Task<IReadOnlyList<LoanApplication>> LoadAsync(IReadOnlyList<ApplicationRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var ids = records.Select(r => r.Id).ToList();
        var changes = (await db.ApplicationStateChanges.AsNoTracking()
                .Where(c => ids.Contains(c.ApplicationId))
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToLookup(c => c.ApplicationId);
        var applications = new List<LoanApplication>(records.Count);
        foreach (var record in records)
        {
            var details = V1.LoanApplication.Parser.ParseFrom(record.Payload);
            _rows[record.Id] = (record, details);
            applications.Add(new LoanApplication(
                record.Id,
                record.BankCode,
                record.Region,
                record.ProductId,
                record.BorrowerHash,
                record.AmountFen,
                (V1.ApplicationState)record.State,
                record.LoanId,
                record.Version,
                details.Eligible,
                details.Eligibility ?? new Explanation(),
                changes[record.Id].Select(c => new ApplicationMove(c.Id, (V1.ApplicationState)c.From, (V1.ApplicationState)c.To, c.Actor, c.At, c.Reason))));
        }

        return applications;
    }
}
