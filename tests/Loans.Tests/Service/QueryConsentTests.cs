using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.Policy.Explanations;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 查询授权: a bank's eligibility query must name the borrower's consent to that bank, in force on the day — given
/// online by the person (who sees every query made under it and may withdraw it) or recorded on paper by a counter.
/// A consent reference is no longer any text: one named for another bank, another borrower, out of its days or
/// withdrawn is FAILED_PRECONDITION saying which. Run on SQLite and on PostgreSQL, where a query reads its consent
/// and the borrower's loans in one batch.
/// </summary>
public abstract class QueryConsentContract<THost>(THost host) : IClassFixture<THost>
    where THost : LoansHost
{
    protected THost Host => host;

    protected static Metadata BankA => TestCallers.Bank(Bank);

    protected Task<QueryConsent> GrantAsync(string personId, string bank, int days, string? key = null) =>
        host.Loans.GrantQueryConsentAsync(new GrantQueryConsentRequest
        {
            IdempotencyKey = key ?? Guid.NewGuid().ToString(),
            BankCode = bank,
            ValidUntil = ProtoMapping.ToProto(host.Today.AddDays(days)),
        }, TestCallers.Person(personId)).ResponseAsync;

    protected async Task<RpcException> RefusedAsync(EligibilityQuery query, Metadata? bank = null) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Loans.QueryEligibilityAsync(query, bank ?? BankA).ResponseAsync);

    [Fact(Timeout = 60_000)]
    public async Task A_person_grants_a_named_bank_consent_online_sees_each_query_made_under_it_and_withdraws_it()
    {
        var (id, personId) = await host.RegisterUnemployedPersonWithIdAsync();
        var banks = await host.Loans.ListLoanBanksAsync(new ListLoanBanksRequest(), TestCallers.Person(personId));
        Assert.Contains(banks.Banks, b => b.BankCode == Bank && b.NameZh == "测试经办银行（一）");

        var consent = await GrantAsync(personId, Bank, days: 30);
        Assert.True(consent.InForce);
        Assert.Equal(ConsentChannel.Online, consent.Channel);
        Assert.Equal("测试经办银行（一）", consent.BankNameZh);
        Assert.Equal(ProtoMapping.ToProto(host.Today.AddDays(30)), consent.ValidUntil);

        var query = Query(id, D(2023, 6, 1), 10 * Wan);
        query.ConsentReference = consent.ConsentId;
        query.Purpose = "贷前审查";
        var first = await host.Loans.QueryEligibilityAsync(query, BankA);
        var second = await host.Loans.QueryEligibilityAsync(query, BankA);

        var mine = Assert.Single((await host.Loans.ListMyQueryConsentsAsync(new ListMyQueryConsentsRequest(), TestCallers.Person(personId))).Consents);
        Assert.Equal(consent.ConsentId, mine.ConsentId);
        Assert.Equal([second.AnswerId, first.AnswerId], mine.Queries.Select(q => q.AnswerId));
        Assert.All(mine.Queries, q => Assert.Equal("贷前审查", q.Purpose));

        // Another person sees none of it and cannot withdraw it.
        var (_, stranger) = await host.RegisterUnemployedPersonWithIdAsync();
        Assert.Empty((await host.Loans.ListMyQueryConsentsAsync(new ListMyQueryConsentsRequest(), TestCallers.Person(stranger))).Consents);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() =>
            host.Loans.WithdrawQueryConsentAsync(new WithdrawQueryConsentRequest { ConsentId = consent.ConsentId, IdempotencyKey = Guid.NewGuid().ToString() }, TestCallers.Person(stranger)).ResponseAsync)).StatusCode);

        var withdrawn = await host.Loans.WithdrawQueryConsentAsync(new WithdrawQueryConsentRequest { ConsentId = consent.ConsentId, IdempotencyKey = Guid.NewGuid().ToString() }, TestCallers.Person(personId));
        Assert.False(withdrawn.InForce);
        Assert.NotNull(withdrawn.WithdrawnAt);
        var refused = await RefusedAsync(query);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("撤回查询授权", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_consent_names_one_bank_and_one_borrower_another_banks_or_another_borrowers_query_is_refused()
    {
        var (id, personId) = await host.RegisterUnemployedPersonWithIdAsync();
        var consent = await GrantAsync(personId, Bank, days: 10);

        var otherBank = Query(id, D(2023, 6, 1), 10 * Wan);
        otherBank.BankCode = OtherBank;
        otherBank.ConsentReference = consent.ConsentId;
        var refused = await RefusedAsync(otherBank, TestCallers.Bank(OtherBank));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("另一家银行", refused.Said(), StringComparison.Ordinal);

        // The same consent named for somebody else: once accepted for any query, now refused.
        var (otherId, _) = await host.RegisterUnemployedPersonWithIdAsync();
        var otherBorrower = Query(otherId, D(2023, 6, 1), 10 * Wan);
        otherBorrower.ConsentReference = consent.ConsentId;
        refused = await RefusedAsync(otherBorrower);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("不能用于查询其他人", refused.Said(), StringComparison.Ordinal);

        var paper = await host.ConsentAsync(new Borrower { IdNumber = id, Kind = BorrowerKind.Individual }, Bank, "410802");
        otherBorrower.ConsentReference = paper.ConsentId;
        Assert.Contains("不能用于查询其他人", (await RefusedAsync(otherBorrower)).Said(), StringComparison.Ordinal);

        // Neither refusal left a record of a query.
        var asked = await host.Loans.ListEligibilityQueriesAsync(
            new ListEligibilityQueriesRequest { Borrower = new Borrower { IdNumber = otherId, Kind = BorrowerKind.Individual } }, TestCallers.Counter());
        Assert.Empty(asked.Queries);
    }

    [Fact(Timeout = 60_000)]
    public async Task Any_text_is_no_consent_and_a_paper_consent_lets_its_bank_ask_about_its_borrower()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 6, 1), 10 * Wan);
        query.ConsentReference = "SQ-ANYTHING";
        var refused = await RefusedAsync(query);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("没有编号为“SQ-ANYTHING”的查询授权", refused.Said(), StringComparison.Ordinal);

        var paper = await host.ConsentAsync(query.Borrower, Bank, "410802");
        Assert.Equal(ConsentChannel.Paper, paper.Channel);
        Assert.DoesNotContain(id, paper.BorrowerMasked, StringComparison.Ordinal);
        query.ConsentReference = paper.ConsentId;
        Assert.NotEmpty((await host.Loans.QueryEligibilityAsync(query, BankA)).AnswerId);
    }
}

public sealed class PostgresQueryConsentTests(PostgresLoansHost host) : QueryConsentContract<PostgresLoansHost>(host);

/// <summary>On SQLite with a clock the test sets: the consent's days, and what a consent may name.</summary>
public sealed class QueryConsentTests(ClockedLoansHost host) : QueryConsentContract<ClockedLoansHost>(host)
{
    [Fact(Timeout = 60_000)]
    public async Task A_consent_past_its_last_day_is_refused()
    {
        var id = await Host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 6, 1), 10 * Wan);
        query.ConsentReference = (await Host.ConsentAsync(query.Borrower, Bank, "410802")).ConsentId;
        Assert.NotEmpty((await Host.Loans.QueryEligibilityAsync(query, BankA)).AnswerId);

        Host.Clock.UtcNow += TimeSpan.FromDays(31);
        try
        {
            var refused = await RefusedAsync(query);
            Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
            Assert.Contains("不在其内：请借款人重新授权", refused.Said(), StringComparison.Ordinal);
        }
        finally
        {
            Host.Clock.UtcNow -= TimeSpan.FromDays(31);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_consent_online_or_on_paper_names_a_configured_bank_and_a_last_day_within_the_longest_and_a_counter_records_paper_only_in_its_region()
    {
        var (_, personId) = await Host.RegisterUnemployedPersonWithIdAsync();
        var unknown = await Assert.ThrowsAsync<RpcException>(() => GrantAsync(personId, "NO-SUCH-BANK", 10));
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Contains("bank_code", unknown.Said(), StringComparison.Ordinal);

        var tooLong = await Assert.ThrowsAsync<RpcException>(() => GrantAsync(personId, Bank, 181));
        Assert.Equal(StatusCode.InvalidArgument, tooLong.StatusCode);
        Assert.Contains("授权最长 180 天", tooLong.Said(), StringComparison.Ordinal);
        Assert.Contains("valid_until", (await Assert.ThrowsAsync<RpcException>(() => GrantAsync(personId, Bank, -1))).Said(), StringComparison.Ordinal);

        // Granting twice with one key is one consent.
        var key = Guid.NewGuid().ToString();
        Assert.Equal((await GrantAsync(personId, Bank, 5, key)).ConsentId, (await GrantAsync(personId, Bank, 5, key)).ConsentId);

        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => Host.Loans.RecordPaperConsentAsync(new RecordPaperConsentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = LoansHost.NewIdNumber(), Kind = BorrowerKind.Individual },
            BankCode = Bank,
            ValidUntil = ProtoMapping.ToProto(Host.Today.AddDays(10)),
            PaperReference = "SQ-1",
            Region = new RegionCode { Code = "419001" },
        }, TestCallers.Counter("410800")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, elsewhere.StatusCode);

        // A paper consent names a configured bank too: no consent to a bank that makes no loans here.
        var unknownOnPaper = await Assert.ThrowsAsync<RpcException>(() => Host.Loans.RecordPaperConsentAsync(new RecordPaperConsentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = LoansHost.NewIdNumber(), Kind = BorrowerKind.Individual },
            BankCode = "NO-SUCH-BANK",
            ValidUntil = ProtoMapping.ToProto(Host.Today.AddDays(10)),
            PaperReference = "SQ-2",
            Region = new RegionCode { Code = "410802" },
        }, TestCallers.Counter("410800")).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, unknownOnPaper.StatusCode);
        Assert.Contains("bank_code", unknownOnPaper.Said(), StringComparison.Ordinal);
    }
}
