using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Outbox;
using Employment.ServiceDefaults.Clients;
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
/// 撤回 (我的办事): the applicant withdraws their own application while no clerk has decided it. It leaves the counter's
/// queue, shows 已撤回 with its step, is told by a message, and counts for no limit: the same certificate may be
/// applied for again. A decided application cannot be withdrawn; another person's cannot be found.
/// </summary>
public sealed class WithdrawalTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<(string IdNumber, string PersonId)> WorkerAsync()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        return (id, (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter())).PersonId);
    }

    private Task<ApplicationProgress> WithdrawAsync(string applicationId, string personId) =>
        host.Cases.WithdrawAsync(new WithdrawRequest { SubsidyService = PlatformServices.Training, IdempotencyKey = Guid.NewGuid().ToString(), Reference = applicationId }, TestCallers.Person(personId)).ResponseAsync;

    [Fact(Timeout = 120_000)]
    public async Task An_undecided_application_withdrawn_by_its_applicant_leaves_the_queue_is_told_and_blocks_no_new_application()
    {
        var (id, person) = await WorkerAsync();
        var request = For(id, Issued);
        var taken = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var mine = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(person))).Records);
        Assert.True(mine.Withdrawable);

        var withdrawn = await WithdrawAsync(taken.ApplicationId, person);
        Assert.Equal(("WITHDRAWN", false), (withdrawn.State, withdrawn.Withdrawable));
        Assert.Equal(ApplicationStatus.Withdrawn, (await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, TestCallers.Counter())).Status);

        mine = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(person))).Records);
        Assert.Equal(("WITHDRAWN", "已撤回", true, false), (mine.State, mine.StateZh, mine.Closed, mine.Withdrawable));
        Assert.Equal(["SUBMITTED", "WITHDRAWN"], mine.History.Select(s => s.State));
        var queue = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id }, Status = ApplicationStatus.Submitted }, TestCallers.Counter());
        Assert.DoesNotContain(queue.Applications, a => a.ApplicationId == taken.ApplicationId);

        await host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = taken.ApplicationId }, TestCallers.Person(person));
        // Relayed in one batch, the two may come in either order.
        Assert.Equal(["RECEIVED", "WITHDRAWN"], told.Messages.Select(m => m.Message.Step).Order(StringComparer.Ordinal));

        // The same certificate again: the withdrawn application counts for neither the yearly nor the per-certificate limit.
        var again = await host.Training.SubmitApplicationAsync(For(id, Issued, number: request.Certificate.CertificateNumber), TestCallers.Counter());
        Assert.Equal(ApplicationStatus.Submitted, again.Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_decided_application_cannot_be_withdrawn_and_another_persons_is_not_found()
    {
        var (id, person) = await WorkerAsync();
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), TestCallers.Counter());
        var (_, stranger) = await WorkerAsync();
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => WithdrawAsync(taken.ApplicationId, stranger));
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);

        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, Approve = false, ReasonZh = "证书信息与鉴定机构记录不符",
        }, TestCallers.Counter());
        var decided = await Assert.ThrowsAsync<RpcException>(() => WithdrawAsync(taken.ApplicationId, person));
        Assert.Equal(StatusCode.FailedPrecondition, decided.StatusCode);
        Assert.Contains("只有尚未审核的申请可以撤回", decided.Said(), StringComparison.Ordinal);
        Assert.False(Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(person))).Records).Withdrawable);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_counter_withdraws_an_application_of_its_region_on_the_applicants_written_request_and_must_say_why()
    {
        var (id, person) = await WorkerAsync();
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), TestCallers.Counter());
        WithdrawRequest AtCounter(string reason) =>
            new() { SubsidyService = PlatformServices.Training, IdempotencyKey = Guid.NewGuid().ToString(), Reference = taken.ApplicationId, ReasonZh = reason };

        var unexplained = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(AtCounter(""), TestCallers.Counter()).ResponseAsync);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(AtCounter("申请人书面申请撤回"), TestCallers.Counter("419001")).ResponseAsync);
        var withdrawn = await host.Cases.WithdrawAsync(AtCounter($"申请人 {id} 于 2024 年 6 月 3 日书面申请撤回"), TestCallers.Counter());

        Assert.Equal(StatusCode.InvalidArgument, unexplained.StatusCode);
        Assert.Contains("请写明撤回原因", unexplained.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("WITHDRAWN", withdrawn.State);
        // The applicant reads who withdrew it and why, their identity number masked.
        var step = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(person))).Records).History.Last();
        Assert.Equal("WITHDRAWN", step.State);
        Assert.StartsWith("窗口代为撤回：申请人 ", step.NoteZh, StringComparison.Ordinal);
        Assert.DoesNotContain(id, step.NoteZh, StringComparison.Ordinal);
    }
}
