using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 预审 and 受理 through the lifecycle's shared steps (SubsidyCases.PreviewApplication, SubmitApplication): a form's
/// answers keyed by its paths are put into the service's own request and judged by its own take, so the same facts
/// give the typed take's answer; taken once per key; an answer wrong on its face is refused naming its path.
/// </summary>
public sealed class SharedTakeTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    /// <summary>The typed request as the answers a clerk types into its form.</summary>
    private async Task<ApplicationAnswers> AnswersAsync(SubmitApplicationRequest typed)
    {
        var forms = await host.Cases.DescribeApplicationFormsAsync(new DescribeApplicationFormsRequest(), new Metadata());
        var form = forms.Forms.Single(f => f.Kind == "SUBSIDY_KIND_SKILL_UPGRADE");
        var asked = new ApplicationAnswers { Kind = form.Kind, IdempotencyKey = typed.IdempotencyKey };
        asked.Answers.AddRange(MessageAnswers.Of(form, typed).Given());
        return asked;
    }

    [Fact(Timeout = 60_000)]
    public async Task R12_answers_by_path_are_judged_as_the_typed_preview_judges_the_same_request_and_nothing_is_stored()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var typed = For(id, Issued2024, SkillLevel.L3);

        var shared = await host.Cases.PreviewApplicationAsync(await AnswersAsync(typed), TestCallers.Counter());
        var direct = await host.Training.PreviewApplicationAsync(typed, TestCallers.Counter());

        Assert.Equal("", shared.Reference);
        Assert.Equal("PREVIEW", shared.State);
        Assert.Equal("技能提升补贴", shared.KindZh);
        Assert.Equal(direct.Amount, shared.Amount);
        Assert.Equal(direct.Explanation, shared.Judged.Single().Explanation);
        Assert.Empty((await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter())).Applications);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_answers_taken_twice_with_one_key_are_one_application_and_a_day_that_is_no_day_is_refused_naming_its_path()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var asked = await AnswersAsync(For(id, Issued2024));

        var first = await host.Cases.SubmitApplicationAsync(asked, TestCallers.Counter());
        var retry = await host.Cases.SubmitApplicationAsync(asked, TestCallers.Counter());

        Assert.StartsWith("T", first.Reference, StringComparison.Ordinal);
        Assert.Equal(first.Reference, retry.Reference);
        Assert.Equal(("SUBMITTED", "已受理"), (first.State, first.StateZh));
        Assert.Equal(150_000, first.Amount.Fen);
        Assert.Single((await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter())).Applications);

        var badDay = asked.Clone();
        badDay.IdempotencyKey = Guid.NewGuid().ToString();
        badDay.Answers.Single(a => a.Path == "certificate.issue_date").Value = "2024-02-30";
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Cases.SubmitApplicationAsync(badDay, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal("certificate.issue_date", refused.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Single().Field);

        var unknown = asked.Clone();
        unknown.Kind = "SUBSIDY_KIND_NONE_SUCH";
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => host.Cases.PreviewApplicationAsync(unknown, TestCallers.Counter()).ResponseAsync)).StatusCode);
    }
}
