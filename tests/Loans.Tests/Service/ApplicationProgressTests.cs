using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 办理进度 over real gRPC, called anonymously as the public page calls it: the code the
/// submit answer gives once opens the masked summary; an unknown reference and a wrong or missing
/// code are the same NOT_FOUND.
/// </summary>
public sealed class ApplicationProgressTests(LoansHost host) : IClassFixture<LoansHost>
{
    private static readonly Metadata Anonymous = [];

    private async Task<(LoanApplication Application, string IdNumber, SubmitApplicationRequest Request)> SubmitAsync(Metadata counter)
    {
        var id = await host.RegisterUnemployedPersonAsync("进度测试人");
        var request = new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 5, 1),
        };
        return (await host.Loans.SubmitApplicationAsync(request, counter), id, request);
    }

    private async Task<RpcException> RefusedAsync(string reference, string code) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = reference, Code = code }, Anonymous).ResponseAsync);

    [Fact(Timeout = 60_000)]
    public async Task Progress_shows_state_history_and_masked_name_for_reference_and_code_never_the_id_number_or_amount()
    {
        var counter = TestCallers.Counter("410800", "clerk-017");
        var (application, id, _) = await SubmitAsync(counter);
        Assert.Equal(8, application.ProgressCode.Length);

        var progress = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = application.ApplicationId, Code = application.ProgressCode.ToLowerInvariant() }, Anonymous);
        Assert.Equal(application.ApplicationId, progress.Reference);
        Assert.Equal("ACCEPTED", progress.State);
        Assert.Equal("已受理", progress.StateZh);
        Assert.False(progress.Closed);
        Assert.Equal("进***人", progress.NameMasked);
        Assert.Equal(["ACCEPTED"], progress.History.Select(h => h.State));

        var reviewed = await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version, To = ApplicationState.Reviewed,
        }, counter);
        await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = application.ApplicationId,
            ExpectedVersion = reviewed.Record.Version, To = ApplicationState.Withdrawn, ReasonZh = $"申请人 {id} 撤回",
        }, counter);

        var later = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = application.ApplicationId, Code = application.ProgressCode }, Anonymous);
        Assert.Equal(["ACCEPTED", "REVIEWED", "WITHDRAWN"], later.History.Select(h => h.State));
        Assert.Equal("已撤回", later.StateZh);
        Assert.True(later.Closed);
        Assert.Contains("撤回", later.History[^1].NoteZh);
        Assert.Contains(id[..6] + "********", later.History[^1].NoteZh); // the clerk's reason, its identity number masked

        var everything = JsonFormatter.Default.Format(later);
        Assert.DoesNotContain(id, everything);
        Assert.DoesNotContain("clerk-017", everything);
        Assert.DoesNotContain(Bank, everything);
        Assert.DoesNotContain((10 * Wan).ToString(System.Globalization.CultureInfo.InvariantCulture), everything);
    }

    [Fact(Timeout = 60_000)]
    public async Task Unknown_reference_wrong_code_and_missing_code_are_the_same_not_found()
    {
        var (application, _, _) = await SubmitAsync(TestCallers.Counter());
        var wrongCode = await RefusedAsync(application.ApplicationId, application.ProgressCode == "22222222" ? "33333333" : "22222222");
        var missingCode = await RefusedAsync(application.ApplicationId, "");
        var unknown = await RefusedAsync("A" + Guid.NewGuid().ToString("N"), application.ProgressCode);

        Assert.All([wrongCode, missingCode, unknown], e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.Equal(wrongCode.Status.Detail, missingCode.Status.Detail);
        Assert.Equal(wrongCode.Status.Detail, unknown.Status.Detail);
        Assert.Contains("查询码", wrongCode.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task The_code_is_told_once_a_retried_submission_returns_the_application_without_it()
    {
        var counter = TestCallers.Counter();
        var (first, _, request) = await SubmitAsync(counter);
        var retried = await host.Loans.SubmitApplicationAsync(request, counter);
        Assert.Equal(first.ApplicationId, retried.ApplicationId);
        Assert.Equal("", retried.ProgressCode);

        var stillOpens = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = first.ApplicationId, Code = first.ProgressCode }, Anonymous);
        Assert.Equal("ACCEPTED", stillOpens.State);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_missing_reference_is_invalid_argument_naming_the_field()
    {
        var error = await RefusedAsync("  ", "ABCDEFGH");
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("reference", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_cannot_submit_an_application_for_a_borrower_its_region_does_not_cover_and_learns_no_more_than_for_an_unknown_one()
    {
        var jiyuan = TestCallers.Counter("419001", "clerk-jiyuan");
        var jiyuanId = LoansHost.NewIdNumber(1990, region: "419001");
        await host.Registry.RegisterPersonAsync(new Employment.Applicants.V1.RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Employment.Common.V1.Person { IdNumber = jiyuanId, Name = "济源借款人", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "419001" } },
        }, jiyuan);
        var unknownId = LoansHost.NewIdNumber(1980);
        SubmitApplicationRequest For(string idNumber) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = idNumber, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 5, 1),
        };

        var jiaozuo = TestCallers.Counter("410800", "clerk-jiaozuo");
        var acrossTheBorder = await host.Loans.SubmitApplicationAsync(For(jiyuanId), jiaozuo);
        var neverRegistered = await host.Loans.SubmitApplicationAsync(For(unknownId), jiaozuo);

        // Taken (已受理) as any application is, judged as a borrower the registry does not know: the
        // same checks with the same outcomes (the texts differ only by the age the number gives), no name.
        Assert.False(acrossTheBorder.Eligible);
        Assert.Equal(
            neverRegistered.Eligibility.Checks.Select(c => (c.RuleId, c.Passed)),
            acrossTheBorder.Eligibility.Checks.Select(c => (c.RuleId, c.Passed)));
        var answer = acrossTheBorder.ToString();
        Assert.DoesNotContain(jiyuanId, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("济源", answer, StringComparison.Ordinal);
        var progress = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = acrossTheBorder.ApplicationId, Code = acrossTheBorder.ProgressCode }, Anonymous);
        Assert.Equal("", progress.NameMasked);
    }
}
