using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Google.Protobuf;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 办理进度 over real gRPC, called anonymously as the public page calls it: the code the
/// submit answer gives once opens the masked summary (kind, status, steps, masked name); an unknown
/// reference and a wrong or missing code are the same NOT_FOUND.
/// </summary>
public sealed class ApplicationProgressTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);
    private static readonly Metadata Anonymous = [];

    private async Task<RpcException> RefusedAsync(string reference, string code) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = reference, Code = code }, Anonymous).ResponseAsync);

    [Fact(Timeout = 60_000)]
    public async Task Progress_shows_the_decision_step_and_masked_name_never_the_id_number_amount_or_certificate()
    {
        var counter = TestCallers.Counter();
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var submitted = await host.Training.SubmitApplicationAsync(For(id, Issued2024), counter);
        Assert.Equal(8, submitted.ProgressCode.Length);

        var first = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = submitted.ApplicationId, Code = submitted.ProgressCode }, Anonymous);
        Assert.Equal("技能提升补贴申请", first.KindZh);
        Assert.Equal("SUBMITTED", first.State);
        Assert.Equal(["SUBMITTED"], first.History.Select(h => h.State));
        Assert.Contains("*", first.NameMasked);
        // What comes next, by when and whom to ask: the measure's 办结时限 (R3), the deciding region's office; never the amount.
        Assert.StartsWith("窗口审核中，办结时限为", first.NextStepZh, StringComparison.Ordinal);
        Assert.NotNull(first.DueOn);
        Assert.Equal("焦作市 武陟县人社窗口", first.OfficeZh);
        Assert.Null(first.Amount);

        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = submitted.ApplicationId,
            ExpectedVersion = submitted.Record.Version, Approve = false, ReasonZh = "证书信息与鉴定机构记录不符",
        }, counter);
        var decided = await host.Cases.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = submitted.ApplicationId, Code = submitted.ProgressCode }, Anonymous);
        Assert.Equal(["SUBMITTED", "REJECTED"], decided.History.Select(h => h.State));
        Assert.Equal("审核不通过", decided.StateZh);
        Assert.True(decided.Closed);
        Assert.Equal(("", null), (decided.NextStepZh, decided.DueOn));
        Assert.Equal("证书信息与鉴定机构记录不符", decided.History[^1].NoteZh);

        var everything = JsonFormatter.Default.Format(decided);
        Assert.DoesNotContain(id, everything);
        Assert.DoesNotContain(submitted.IdNumberMasked, everything);
        Assert.DoesNotContain(submitted.Certificate.CertificateNumber, everything);
        Assert.DoesNotContain(submitted.Amount.Fen.ToString(System.Globalization.CultureInfo.InvariantCulture), everything);
    }

    [Fact(Timeout = 60_000)]
    public async Task Unknown_reference_wrong_code_and_missing_code_are_the_same_not_found_and_a_retry_does_not_repeat_the_code()
    {
        var counter = TestCallers.Counter();
        var request = For(await host.RegisterInsuredWorkerAsync(Issued2024), Issued2024);
        var submitted = await host.Training.SubmitApplicationAsync(request, counter);
        var retried = await host.Training.SubmitApplicationAsync(request, counter);
        Assert.Equal(submitted.ApplicationId, retried.ApplicationId);
        Assert.Equal("", retried.ProgressCode);

        var wrong = await RefusedAsync(submitted.ApplicationId, submitted.ProgressCode == "22222222" ? "33333333" : "22222222");
        var missing = await RefusedAsync(submitted.ApplicationId, "");
        var unknown = await RefusedAsync("T" + Guid.NewGuid().ToString("N"), submitted.ProgressCode);
        Assert.All([wrong, missing, unknown], e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.Equal(wrong.Status.Detail, missing.Status.Detail);
        Assert.Equal(wrong.Status.Detail, unknown.Status.Detail);
    }
}
