using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 消息 for hiring claims over real gRPC on PostgreSQL with the registry: a claim taken at a counter tells its claimant
/// it was received, and its decision once it counts — the employer (its agents read it) or the person who claims for
/// themself — and then of its 公示 and its payment, each written in the step's own transaction and relayed to the registry,
/// nobody else told.
/// </summary>
public sealed class ClaimMessagesTests(HiringHost host) : IClassFixture<HiringHost>
{
    private Task RelayAsync() =>
        host.HiringServices.GetServices<IHostedService>().OfType<OutboxRelay<HiringDbContext>>().Single().RelayOnceAsync(CancellationToken.None);

    /// <summary>
    /// A record's messages once relayed: the test's relay may find a message the service's own relay is still delivering
    /// (on a loaded machine, for as long as that delivery takes), so it relays and reads again until
    /// <paramref name="expected"/> have arrived; the test's own timeout is the bound, not a count of tries.
    /// </summary>
    private async Task<ListMyMessagesResponse> RelayedAsync(ListMyMessagesRequest request, Grpc.Core.Metadata caller, int expected)
    {
        while (true)
        {
            await RelayAsync();
            var read = await host.Registry.ListMyMessagesAsync(request, caller);
            if (read.Messages.Count >= expected)
            {
                return read;
            }

            await Task.Delay(250);
        }
    }

    private static DecideClaimItemRequest Decide(HiringClaim claim, bool approve, string reason = "") => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claim.ClaimId, ExpectedVersion = claim.Record.Version, ItemNo = 1, Approve = approve, ReasonZh = reason,
    };

    [Fact(Timeout = 120_000)]
    public async Task An_employer_is_told_its_claim_was_received_and_approved_and_a_flexible_worker_that_theirs_was_refused_with_the_reason()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var approved = await host.ApprovedAbsorptionClaimAsync("焦作消息示例有限公司");
        var employerId = approved.Employer.EmployerId;
        var worker = await host.PersonLivingInAsync("410823", new DateOnly(1975, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2022, 1, 1)));
        var flexible = await host.Hiring.SubmitClaimAsync(FlexibleWorkerClaimTests.Claim(worker, new DateOnly(2024, 1, 1), 3), TestCallers.Counter());
        await host.Hiring.DecideClaimItemAsync(Decide(flexible, approve: false, "未提供灵活就业登记证明。"), TestCallers.Counter());
        var employers = await RelayedAsync(new ListMyMessagesRequest { RecordId = approved.ClaimId }, TestCallers.EmployerAgent(employerId), 2);
        var workers = await RelayedAsync(new ListMyMessagesRequest { RecordId = flexible.ClaimId }, TestCallers.Person(host.PersonId(worker)), 2);
        var strangers = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.EmployerAgent("E-someone-else"));

        // One relay may carry both steps: their order is the steps' own time, not the order the registry kept them in.
        Assert.Equal(["APPROVED", "RECEIVED"], employers.Messages.Select(m => m.Message.Step).Order(StringComparer.Ordinal));
        Assert.All(employers.Messages, m => Assert.Equal(("hiring-subsidies", "一次性吸纳就业补贴"), (m.Sender, m.Message.KindZh)));
        Assert.Contains("公示期满无异议后发放", employers.Messages.Single(m => m.Message.Step == "APPROVED").Message.BodyZh, StringComparison.Ordinal);
        Assert.Equal(["RECEIVED", "REJECTED"], workers.Messages.Select(m => m.Message.Step).Order(StringComparer.Ordinal));
        // The clerk's reason, its own full stop or not, goes on as one sentence (no 。。).
        var refusal = workers.Messages.Single(m => m.Message.Step == "REJECTED").Message.BodyZh;
        Assert.Contains("审核不通过：未提供灵活就业登记证明。决定书可在“我的办事”查看和打印。", refusal, StringComparison.Ordinal);
        // R32: the remedy, without a review body or court where the region configures none.
        Assert.Contains("可以自收到本决定之日起60日内依法申请行政复议，或者6个月内依法向人民法院提起行政诉讼。对决定有疑问", refusal, StringComparison.Ordinal);
        Assert.Empty(strangers.Messages);

        // 公示, then 发放 once the notice has ended: each told, the notice's last day and the payment's reference with it.
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { approved.ClaimId },
        }, TestCallers.Counter());
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = approved.ClaimId }, TestCallers.Counter());
        var paid = await host.Payments.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = approved.ClaimId, ExpectedVersion = current.Record.Version,
            Payment = new PaymentMade { PaidOn = HiringHost.Date(host.Today), Amount = current.Total, PaymentReference = "BF-MSG-0001" },
        }, TestCallers.Counter());
        var later = await RelayedAsync(new ListMyMessagesRequest { RecordId = approved.ClaimId }, TestCallers.EmployerAgent(employerId), 4);

        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
        Assert.Equal(["APPROVED", "IN_NOTICE", "PAID", "RECEIVED"], later.Messages.Select(m => m.Message.Step).Order(StringComparer.Ordinal));
        Assert.Contains($"公示至 {Employment.Policy.Explanations.ProtoMapping.FromProto(batch.NoticeUntil):yyyy-MM-dd}", later.Messages.Single(m => m.Message.Step == "IN_NOTICE").Message.BodyZh, StringComparison.Ordinal);
        Assert.Contains("BF-MSG-0001", later.Messages.Single(m => m.Message.Step == "PAID").Message.BodyZh, StringComparison.Ordinal);
    }
}
