using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Consents;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// The banks that handle start-up loans here and how long one consent may run: the deployment's settings
/// (<c>Loans:Consents</c>), not policy figures — the documents name neither.
/// </summary>
public sealed class ConsentOptions
{
    /// <summary>The 经办银行 a person may name online, each by its code and name.</summary>
    public List<LoanBankOption> Banks { get; set; } = [];

    /// <summary>The longest one consent may run, in days from the day it is given.</summary>
    public int LongestDays { get; set; } = 180;
}

/// <summary>A 经办银行 as configured.</summary>
public sealed class LoanBankOption
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";
}

/// <summary>
/// 查询授权: a person grants a named bank consent to query their loan eligibility until a day they choose,
/// sees every query made under it and may withdraw it; a counter records a signed paper consent the same
/// way. A bank's query must name a consent that covers the bank, the borrower and the day
/// (<see cref="Require"/>, <see cref="RequireBorrower"/>).
/// </summary>
internal sealed class QueryConsents(
    LoansDbContext db,
    ConsentOptions options,
    RegionCheckedRegistry registry,
    ChinaClock clock)
{
    /// <summary>How many of a consent's queries the person's list shows, newest first.</summary>
    private const int QueriesShown = 50;

    private const string OnlineMasked = "本人";

    public V1.ListLoanBanksResponse Banks()
    {
        var answer = new V1.ListLoanBanksResponse { LongestConsentDays = options.LongestDays };
        answer.Banks.AddRange(options.Banks.Select(b => new V1.LoanBank { BankCode = b.Code, NameZh = b.NameZh }));
        return answer;
    }

    /// <summary>The signed-in person's consent to <paramref name="request"/>'s bank, from today to the day they chose.</summary>
    public Task<V1.QueryConsent> GrantAsync(Caller caller, V1.GrantQueryConsentRequest request, CancellationToken cancellationToken)
    {
        var person = OwnPerson(caller);
        var bank = ConfiguredBank(request.BankCode);
        var today = clock.Today;
        var until = LastDay(request.ValidUntil, today);
        return IdempotentWrite.RunAsync(db, clock.Now, "GrantQueryConsent", caller, request.IdempotencyKey, request, V1.QueryConsent.Parser, () =>
        {
            var record = New(bank.Code, today, until, V1.ConsentChannel.Online, caller);
            record.PersonId = person;
            record.BorrowerMasked = OnlineMasked;
            db.QueryConsents.Add(record);
            return Task.FromResult(ToProto(record));
        }, cancellationToken);
    }

    /// <summary>A signed paper consent, recorded by a counter of the borrower's region.</summary>
    public async Task<V1.QueryConsent> RecordPaperAsync(Caller clerk, V1.RecordPaperConsentRequest request, BorrowerKey borrower, CancellationToken cancellationToken)
    {
        var bank = ConfiguredBank(LoanInput.BankCode(request.BankCode, "bank_code")).Code;
        var region = LoanInput.Region(request.Region, "region");
        RegionScope.Of(clerk).RequireCovers("region", region.Code);
        var paper = PlainText.Check(request.PaperReference, "paper_reference", 60, "授权书编号");
        var today = clock.Today;
        var until = LastDay(request.ValidUntil, today);
        var personId = borrower.Kind == BorrowerKeyKind.IdNumber
            ? (await registry.FindPersonByIdNumberAsync(clerk, borrower.Number, new RegistryQuery("loans.consent", "借款人", "borrower.id_number", today), cancellationToken))?.PersonId ?? ""
            : "";
        return await IdempotentWrite.RunAsync(db, clock.Now, "RecordPaperConsent", clerk, request.IdempotencyKey, request, V1.QueryConsent.Parser, () =>
        {
            var record = New(bank, today, until, V1.ConsentChannel.Paper, clerk);
            record.PersonId = personId;
            record.BorrowerKeyKind = (int)borrower.Kind;
            record.BorrowerMasked = borrower.Masked;
            record.BorrowerHash = borrower.Hash;
            record.Region = region.Code;
            record.PaperReference = paper;
            db.QueryConsents.Add(record);
            return Task.FromResult(ToProto(record));
        }, cancellationToken);
    }

    /// <summary>
    /// The consent given with an application (<c>bank_query_consent</c>), written in the application's own transaction: to
    /// its bank, from today for the longest a consent runs, naming the borrower; online the borrower's own, at a counter
    /// the one they signed on the application form (its reference the application's id). Its id, which the bank's query names.
    /// </summary>
    public string WithApplication(ApplicationToSubmit application, string applicationId, string personId, Caller by)
    {
        var today = clock.Today;
        var online = Persistence.Submissions.OnlineTaking.ChannelOf(by) == Channel.Online;
        var record = New(application.BankCode, today, today.AddDays(options.LongestDays), online ? V1.ConsentChannel.Online : V1.ConsentChannel.Paper, by);
        record.PersonId = personId;
        record.BorrowerKeyKind = (int)application.Borrower.Kind;
        record.BorrowerMasked = application.Borrower.Masked;
        record.BorrowerHash = application.Borrower.Hash;
        record.Region = application.Region.Code;
        record.PaperReference = online ? "" : applicationId;
        db.QueryConsents.Add(record);
        return record.Id;
    }

    // A consent names a bank that makes these loans here, whoever records it: the person online or a clerk from paper.
    private LoanBankOption ConfiguredBank(string code) =>
        options.Banks.FirstOrDefault(b => b.Code == code)
            ?? throw RpcErrors.Invalid("bank_code", "请从列表中选择经办银行（bank_code）：只能授权本地办理创业担保贷款的银行。");

    /// <summary>The person withdraws their own consent; withdrawing a withdrawn one answers it as it stands.</summary>
    public Task<V1.QueryConsent> WithdrawAsync(Caller caller, V1.WithdrawQueryConsentRequest request, string consentId, CancellationToken cancellationToken)
    {
        var person = OwnPerson(caller);
        return IdempotentWrite.RunAsync(db, clock.Now, "WithdrawQueryConsent", caller, request.IdempotencyKey, request, V1.QueryConsent.Parser, async () =>
        {
            var record = await db.QueryConsents.SingleOrDefaultAsync(c => c.Id == consentId, cancellationToken);
            if (record is null || record.PersonId != person)
            {
                // Another's consent and no consent look the same: neither is the caller's to see.
                throw DomainRuleException.NotFound("查询授权", consentId);
            }

            if (record.WithdrawnAt is null)
            {
                record.WithdrawnAt = clock.Now;
                record.StampChanged(caller.Subject, clock.Now);
            }

            return ToProto(record);
        }, cancellationToken);
    }

    /// <summary>The signed-in person's consents, newest first, each with the queries made under it.</summary>
    public async Task<V1.ListMyQueryConsentsResponse> ListMineAsync(Caller caller, PageRequest? page, CancellationToken cancellationToken)
    {
        var person = OwnPerson(caller);
        var (rows, next) = await NewestFirst.PageAsync(db.QueryConsents.AsNoTracking().Where(c => c.PersonId == person), c => c.Id, page, cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var queries = await db.EligibilityQueries.AsNoTracking()
            .Where(q => ids.Contains(q.ConsentReference))
            .OrderByDescending(q => q.Id)
            .ToListAsync(cancellationToken);
        var answer = new V1.ListMyQueryConsentsResponse { Page = next };
        foreach (var row in rows)
        {
            var consent = ToProto(row);
            consent.Queries.AddRange(queries.Where(q => q.ConsentReference == row.Id).Take(QueriesShown).Select(EligibilityQueries.ToProto));
            answer.Consents.Add(consent);
        }

        return answer;
    }

    /// <summary>
    /// The consent a bank's query names (<paramref name="consent"/>, as read with the borrower's loans), when it lets
    /// this bank ask on this day and (for a paper consent) names this borrower; a clear refusal otherwise. An online
    /// consent's person is matched once the registry has named the borrower (<see cref="RequireBorrower"/>).
    /// </summary>
    public ConsentRow Require(ConsentRow? consent, string consentId, string bankCode, BorrowerKey borrower)
    {
        var record = consent ?? throw DomainRuleException.NotAllowed(
            $"没有编号为“{PlainText.Quote(consentId)}”的查询授权：请借款人在网上办事“授权银行查询”中授权本行，或到人社服务窗口登记书面授权，再以授权编号查询。");
        if (record.Terms.RefusalFor(record.Id, bankCode, clock.Today) is { } refusal)
        {
            throw DomainRuleException.NotAllowed(refusal);
        }

        if (record.BorrowerHash.Length > 0 && !borrower.References.Contains(record.BorrowerHash))
        {
            throw DomainRuleException.NotAllowed(NotThisBorrower(record.Id));
        }

        return record;
    }

    /// <summary>An online consent names the person by the registry's id: the borrower the registry found must be them.</summary>
    public static void RequireBorrower(ConsentRow consent, string registryPersonId)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (consent.BorrowerHash.Length == 0 && (registryPersonId.Length == 0 || consent.PersonId != registryPersonId))
        {
            throw DomainRuleException.NotAllowed(NotThisBorrower(consent.Id));
        }
    }

    private static string NotThisBorrower(string consentId) => $"查询授权 {consentId} 不是本次查询的借款人给出的，不能用于查询其他人。";

    private DateOnly LastDay(CalendarDate? date, DateOnly today)
    {
        var until = LoanInput.Date(date, "valid_until");
        return ConsentTerms.LastDayProblem(until, today, options.LongestDays) is { } problem
            ? throw RpcErrors.Invalid("valid_until", problem)
            : until;
    }

    private QueryConsentRecord New(string bank, DateOnly today, DateOnly until, V1.ConsentChannel channel, Caller by)
    {
        var record = new QueryConsentRecord
        {
            Id = Ids.New(Ids.Consent),
            BankCode = bank,
            ValidFrom = today,
            ValidUntil = until,
            Channel = (int)channel,
        };
        record.StampCreated(by.Subject, clock.Now);
        return record;
    }

    private static string OwnPerson(Caller caller) =>
        RegionScope.Of(caller).OwnPersonId ?? throw RpcErrors.Denied("只有实名登录的本人可以管理自己的查询授权。 (a person's own consents)");

    private static ConsentTerms Terms(QueryConsentRecord record) => new(record.BankCode, record.ValidFrom, record.ValidUntil, record.WithdrawnAt);

    private V1.QueryConsent ToProto(QueryConsentRecord record)
    {
        var proto = new V1.QueryConsent
        {
            ConsentId = record.Id,
            BankCode = record.BankCode,
            BankNameZh = options.Banks.FirstOrDefault(b => b.Code == record.BankCode)?.NameZh ?? "",
            BorrowerMasked = record.BorrowerMasked,
            ValidFrom = MessageValues.Date(record.ValidFrom),
            ValidUntil = MessageValues.Date(record.ValidUntil),
            GrantedAt = MessageValues.Time(record.CreatedAt),
            Channel = (V1.ConsentChannel)record.Channel,
            PaperReference = record.PaperReference,
            InForce = Terms(record).InForceOn(clock.Today),
        };
        if (record.WithdrawnAt is { } withdrawn)
        {
            proto.WithdrawnAt = MessageValues.Time(withdrawn);
        }

        return proto;
    }
}
