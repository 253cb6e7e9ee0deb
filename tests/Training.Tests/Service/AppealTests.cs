using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Employment.Training.Data;
using Employment.Training.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 申诉 through the lifecycle's shared steps (SubsidyCases.FileAppeal, ListAppeals, SettleAppeal): the applicant asks for a
/// refusal to be looked at again within the period the region configures (R3: the sample's 30 days in Jiaozuo), with
/// reasons; once per open appeal; a clerk who neither made nor reviewed the decision settles it (the service refuses the
/// one who did); set aside, the application waits to be decided again holding its certificate (R24); the letter says it is
/// the bureau's own review, which does not replace 行政复议 (R32); the applicant is told each step.
/// </summary>
public sealed class AppealTests(ClockedTrainingHost host) : IClassFixture<ClockedTrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<(string Reference, string PersonId)> RefusedAsync(string decidingClerk)
    {
        var counter = TestCallers.Counter(clerk: decidingClerk);
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var person = (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, counter)).PersonId;
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), counter);
        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version,
            Approve = false, ReasonZh = "证书信息与鉴定机构记录不符",
        }, counter);
        return (taken.ApplicationId, person);
    }

    private static FileAppealRequest Appeal(string reference) => new()
    {
        Reference = reference, IdempotencyKey = Guid.NewGuid().ToString(), ReasonsZh = "鉴定中心已出具证明，证书信息无误，附证明编号 JD-2024-118。",
    };

    private static SettleAppealRequest Settle(string appealId, bool setAside) => new()
    {
        AppealId = appealId, IdempotencyKey = Guid.NewGuid().ToString(), SetAside = setAside, FindingsZh = "经向鉴定中心核实，证书信息与记录一致，原决定认定有误。",
    };

    [Fact(Timeout = 120_000)]
    public async Task R32_an_appeal_is_settled_by_another_clerk_set_aside_the_application_waits_to_be_decided_again_and_the_letter_keeps_the_remedy()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var (reference, personId) = await RefusedAsync("JZ-APPEAL-01");
        var person = TestCallers.Person(personId);

        var filed = await host.Cases.FileAppealAsync(Appeal(reference), person);
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Cases.FileAppealAsync(Appeal(reference), person).ResponseAsync);
        var byDecider = await Assert.ThrowsAsync<RpcException>(() => host.Cases.SettleAppealAsync(Settle(filed.AppealId, true), TestCallers.Counter(clerk: "JZ-APPEAL-01")).ResponseAsync);
        var queue = await host.Cases.ListAppealsAsync(new ListAppealsRequest { OpenOnly = true }, TestCallers.Counter(clerk: "JZ-APPEAL-02"));
        var settled = await host.Cases.SettleAppealAsync(Settle(filed.AppealId, true), TestCallers.Counter(clerk: "JZ-APPEAL-02"));
        var application = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference }, TestCallers.Counter());
        var mine = await host.Cases.ListAppealsAsync(new ListAppealsRequest(), person);

        Assert.Equal(AppealState.Open, filed.State);
        Assert.Equal(["JZ-APPEAL-01"], filed.DecidedBy);
        Assert.Equal(10, filed.TimeLimit.LimitWorkingDays);
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains(filed.AppealId, twice.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, byDecider.StatusCode);
        Assert.Contains("作出或复核原决定以外的工作人员", byDecider.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(queue.Appeals, a => a.AppealId == filed.AppealId);
        Assert.Equal((AppealState.SetAside, "JZ-APPEAL-02", "撤销原决定，重新审核"), (settled.State, settled.HandledBy, settled.OutcomeZh));
        Assert.StartsWith("本复查是本部门对原决定的内部复查，不是行政复议", settled.RemedyZh, StringComparison.Ordinal);
        Assert.Contains("如不服原决定，可以自收到原决定之日起60日内向武陟县人民政府申请行政复议", settled.RemedyZh, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(AppealState.SetAside, Assert.Single(mine.Appeals).State);

        // Decided again, by the clerk who looked at it again.
        var approved = await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = reference, ExpectedVersion = application.Record.Version, Approve = true,
        }, TestCallers.Counter(clerk: "JZ-APPEAL-02"));
        Assert.Equal(ApplicationStatus.Approved, approved.Status);

        await host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = reference }, person);
        var steps = told.Messages.Select(m => m.Message.Step).ToList();
        Assert.Contains("APPEAL_FILED", steps);
        Assert.Contains(told.Messages, m => m.Message.Step == "APPEAL_SETTLED" && m.Message.BodyZh.Contains("撤销原决定，重新审核", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task R3_an_appeal_after_the_configured_period_of_an_approval_or_of_anothers_decision_is_refused_and_nothing_is_filed()
    {
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var (reference, personId) = await RefusedAsync("JZ-APPEAL-03");
        var (otherReference, _) = await RefusedAsync("JZ-APPEAL-03");

        var ofAnother = await Assert.ThrowsAsync<RpcException>(() => host.Cases.FileAppealAsync(Appeal(otherReference), TestCallers.Person(personId)).ResponseAsync);
        var noReasons = await Assert.ThrowsAsync<RpcException>(() => host.Cases.FileAppealAsync(new FileAppealRequest { Reference = reference, IdempotencyKey = Guid.NewGuid().ToString(), ReasonsZh = "不服" }, TestCallers.Person(personId)).ResponseAsync);
        // Thirty days from the decision is the last; the thirty-first is late.
        host.Clock.UtcNow = new DateTimeOffset(2026, 10, 19, 2, 0, 0, TimeSpan.Zero);
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Cases.FileAppealAsync(Appeal(reference), TestCallers.Person(personId)).ResponseAsync);
        var mine = await host.Cases.ListAppealsAsync(new ListAppealsRequest(), TestCallers.Person(personId));

        Assert.Equal(StatusCode.NotFound, ofAnother.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, "reasons_zh"), (noReasons.StatusCode, noReasons.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Single().Field));
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains("申诉应在决定作出之日起 30 日内（至 2026-10-18）提出，已过期限。", late.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("申请行政复议", late.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(mine.Appeals);
    }
}
