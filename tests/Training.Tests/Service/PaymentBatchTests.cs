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

/// <summary>发放批次 and 公示 over real gRPC: approved applications on public notice, then paid once the notice has ended.</summary>
public sealed class PaymentBatchTests(ClockedTrainingHost host) : IClassFixture<ClockedTrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<TrainingApplication> ApprovedAsync()
    {
        var counter = TestCallers.Counter();
        var submitted = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued), Issued), counter);
        return await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = submitted.ApplicationId,
            ExpectedVersion = submitted.Record.Version,
            Approve = true,
        }, counter);
    }

    private static DateOnly Today(ClockedTrainingHost host) => Employment.ServiceDefaults.Time.ChinaClock.DateOf(host.Clock.UtcNow);

    private static RecordPaymentRequest Payment(string applicationId, long version, DateOnly paidOn, long fen) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        RecordId = applicationId,
        ExpectedVersion = version,
        Payment = new PaymentMade { PaidOn = TrainingHost.Date(paidOn), Amount = new Money { Fen = fen }, PaymentReference = "FF-" + Guid.NewGuid().ToString("N")[..8] },
    };

    [Fact(Timeout = 60_000)]
    public async Task R3_a_batch_is_on_public_notice_for_the_configured_days_with_names_and_numbers_masked_then_paid()
    {
        var counter = TestCallers.Counter();
        var first = await ApprovedAsync();
        var second = await ApprovedAsync();
        var today = Today(host);

        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { first.ApplicationId, second.ApplicationId },
        }, counter);
        var notice = await host.Payments.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId }, TestCallers.Public());

        Assert.Equal(TrainingHost.Date(today), batch.NoticeFrom);
        Assert.Equal(TrainingHost.Date(today.AddDays(TrainingHost.SampleNoticeDays - 1)), batch.NoticeUntil);
        Assert.Equal(300_000, batch.Total.Fen);
        Assert.Equal("R3", batch.NoticePeriod.RulingId);
        Assert.Contains("示例值", batch.NoticePeriod.DocumentNumber, StringComparison.Ordinal);
        Assert.Equal(2, notice.Lines.Count);
        Assert.All(notice.Lines, e =>
        {
            Assert.Equal("培***人", e.NameMasked);
            Assert.Contains("********", e.IdNumberMasked, StringComparison.Ordinal);
            Assert.Equal(150_000, e.Amount.Fen);
        });

        var current = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = first.ApplicationId }, counter);
        Assert.Equal(batch.BatchId, current.BatchId);
        var early = await Assert.ThrowsAsync<RpcException>(() =>
            host.Payments.RecordPaymentAsync(Payment(first.ApplicationId, current.Record.Version, today, 150_000), counter).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);

        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(TrainingHost.SampleNoticeDays);
        var payDay = Today(host);
        var wrongAmount = await Assert.ThrowsAsync<RpcException>(() =>
            host.Payments.RecordPaymentAsync(Payment(first.ApplicationId, current.Record.Version, payDay, 100_000), counter).ResponseAsync);
        var paid = await host.Payments.RecordPaymentAsync(Payment(first.ApplicationId, current.Record.Version, payDay, 150_000), counter);

        Assert.Equal(StatusCode.InvalidArgument, wrongAmount.StatusCode);
        Assert.Contains("field: payment.amount", wrongAmount.Said(), StringComparison.Ordinal);
        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
        Assert.Equal(TrainingHost.Date(payDay), paid.Payment.PaidOn);

        // The applicant was told of the notice with its last day, then of the payment with its reference.
        await host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new Employment.Applicants.V1.ListMyMessagesRequest { RecordId = first.ApplicationId }, TestCallers.Person(first.Person.PersonId));
        Assert.Equal(["APPROVED", "IN_NOTICE", "PAID", "RECEIVED"], told.Messages.Select(m => m.Message.Step).Order(StringComparer.Ordinal));
        Assert.Contains($"公示至 {today.AddDays(TrainingHost.SampleNoticeDays - 1):yyyy-MM-dd}", told.Messages.Single(m => m.Message.Step == "IN_NOTICE").Message.BodyZh, StringComparison.Ordinal);
        Assert.Contains(paid.Payment.PaymentReference, told.Messages.Single(m => m.Message.Step == "PAID").Message.BodyZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R3_a_line_of_a_training_notice_takes_an_objection_that_holds_its_application_until_the_office_dismisses_it()
    {
        var counter = TestCallers.Counter();
        var objected = await ApprovedAsync();
        var other = await ApprovedAsync();
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { objected.ApplicationId, other.ApplicationId },
        }, counter);

        var listed = await host.Payments.ListPaymentNoticesAsync(new ListPaymentNoticesRequest { Region = new RegionCode { Code = "410800" } }, TestCallers.Public());
        var receipt = await host.Payments.FileObjectionAsync(new FileObjectionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), BatchId = batch.BatchId, RecordId = objected.ApplicationId, ReasonZh = "此人的证书并非本人考取，是借用他人的。",
        }, TestCallers.Person("P-training-objector"));
        var shown = await host.Payments.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId }, TestCallers.Public());
        var held = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = objected.ApplicationId }, counter);
        var open = Assert.Single((await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, counter)).Objections, o => o.ObjectionId == receipt.ObjectionId);
        await host.Payments.ResolveObjectionAsync(new ResolveObjectionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ObjectionId = receipt.ObjectionId, Upheld = false, ResolutionZh = "经核对发证机构的记录，证书为本人考取，异议不成立。",
        }, counter);
        var released = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = objected.ApplicationId }, counter);

        var notice = Assert.Single(listed.Notices, n => n.BatchId == batch.BatchId);
        Assert.Equal(new[] { objected.ApplicationId, other.ApplicationId }.Order(StringComparer.Ordinal), notice.Lines.Select(l => l.RecordId).Order(StringComparer.Ordinal));
        Assert.All(notice.Lines, l =>
        {
            Assert.Equal("技能提升补贴", l.KindZh);
            Assert.Contains("级", l.DetailZh, StringComparison.Ordinal);
            Assert.Equal("", l.EmployerName);
        });
        Assert.Equal([true, false], shown.Lines.OrderBy(l => l.RecordId == objected.ApplicationId ? 0 : 1).Select(l => l.Objected));
        Assert.NotNull(held.PaymentHold);
        Assert.Equal(objected.ApplicationId, open.RecordId);
        Assert.Null(released.PaymentHold);
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_approved_applications_not_yet_in_a_batch_of_the_counters_region_go_into_one()
    {
        var counter = TestCallers.Counter();
        var approved = await ApprovedAsync();
        var submitted = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued), Issued), counter);
        CreatePaymentBatchRequest Batch(string region, params string[] ids) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = region },
            RecordIds = { ids },
        };

        var notApproved = await Assert.ThrowsAsync<RpcException>(() => host.Payments.CreatePaymentBatchAsync(Batch("410800", submitted.ApplicationId), counter).ResponseAsync);
        var otherOffice = await Assert.ThrowsAsync<RpcException>(() => host.Payments.CreatePaymentBatchAsync(Batch("410802", approved.ApplicationId), TestCallers.Counter("410802")).ResponseAsync);
        await host.Payments.CreatePaymentBatchAsync(Batch("410823", approved.ApplicationId), counter);
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Payments.CreatePaymentBatchAsync(Batch("410800", approved.ApplicationId), counter).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, notApproved.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherOffice.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_shared_payment_reads_give_a_batchs_applications_with_their_payee_masked_and_nothing_to_another_citys_counter()
    {
        var counter = TestCallers.Counter();
        var application = await ApprovedAsync();
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { application.ApplicationId },
        }, counter);
        var jiyuan = TestCallers.Counter("419001");

        var listed = await host.Payments.ListPayableAsync(new ListPayableRequest { BatchId = batch.BatchId }, counter);
        var read = await host.Payments.GetCaseAsync(new GetCaseRequest { RecordId = application.ApplicationId }, counter);
        var elsewhere = await host.Payments.ListPayableAsync(new ListPayableRequest { BatchId = batch.BatchId }, jiyuan);
        var notThere = await Assert.ThrowsAsync<RpcException>(() => host.Payments.GetCaseAsync(new GetCaseRequest { RecordId = application.ApplicationId }, jiyuan).ResponseAsync);

        var line = Assert.Single(listed.Cases);
        Assert.Equal(read, line);
        Assert.Equal((application.ApplicationId, SubsidyCaseStatus.Approved, "审核通过", batch.BatchId, 150_000L), (line.RecordId, line.Status, line.StatusZh, line.BatchId, line.Amount.Fen));
        Assert.Equal("技能提升补贴", line.KindZh);
        Assert.Matches("^培\\*+人 [0-9]{6}\\*{8}[0-9X]{4}$", line.PayeeZh);
        Assert.Empty(elsewhere.Cases);
        Assert.Equal(StatusCode.NotFound, notThere.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_held_application_is_refused_a_payment_batch_until_the_risk_signal_releases_it_and_only_the_risk_service_holds()
    {
        var counter = TestCallers.Counter();
        var application = await ApprovedAsync();
        PaymentHoldRequest Hold(bool hold) => new()
        {
            SignalId = "S-training-hold",
            Region = new RegionCode { Code = "410800" },
            RecordIds = { application.ApplicationId },
            Hold = hold,
            ReasonZh = hold ? "同一培训重复享受，待核实" : "",
        };
        CreatePaymentBatchRequest Batch() => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { application.ApplicationId },
        };

        var byAuditor = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold(true), TestCallers.Auditor()).ResponseAsync);
        var held = await host.Oversight.SetPaymentHoldAsync(Hold(true), TestCallers.Service("risk-signals"));
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Payments.CreatePaymentBatchAsync(Batch(), counter).ResponseAsync);
        var whileHeld = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, counter);
        await host.Oversight.SetPaymentHoldAsync(Hold(false), TestCallers.Service("risk-signals"));
        var released = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Status = ApplicationStatus.Approved }, counter);
        var batch = await host.Payments.CreatePaymentBatchAsync(Batch(), counter);

        Assert.Equal(StatusCode.PermissionDenied, byAuditor.StatusCode);
        Assert.Equal([application.ApplicationId], held.HeldRecordIds);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("S-training-hold", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("同一培训重复享受", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal([application.ApplicationId], batch.RecordIds);
        // The clerk reads the hold on the application itself while it is in force, and no more once released.
        Assert.Equal(("S-training-hold", "同一培训重复享受，待核实"), (whileHeld.PaymentHold.SignalId, whileHeld.PaymentHold.ReasonZh));
        Assert.Null(Assert.Single(released.Applications, a => a.ApplicationId == application.ApplicationId).PaymentHold);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_payment_the_bank_returns_as_failed_keeps_the_application_approved_in_its_batch_with_the_reason_until_it_is_paid_again()
    {
        var counter = TestCallers.Counter();
        var application = await ApprovedAsync();
        await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { application.ApplicationId },
        }, counter);
        var batched = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, counter);
        PaymentFailureRequest Failure(long version, DateOnly on, string reason) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = application.ApplicationId,
            ExpectedVersion = version,
            FailedOn = TrainingHost.Date(on),
            ReasonZh = reason,
            BankReference = "HD-0001",
        };

        var duringNotice = await Assert.ThrowsAsync<RpcException>(() =>
            host.Payments.RecordPaymentFailureAsync(Failure(batched.Record.Version, Today(host), "账户已销户"), counter).ResponseAsync);
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(TrainingHost.SampleNoticeDays);
        var payDay = Today(host);
        var withoutReason = await Assert.ThrowsAsync<RpcException>(() =>
            host.Payments.RecordPaymentFailureAsync(Failure(batched.Record.Version, payDay, " "), counter).ResponseAsync);
        var failed = await host.Payments.RecordPaymentFailureAsync(Failure(batched.Record.Version, payDay, "账户已销户"), counter);
        var paidAgain = await host.Payments.RecordPaymentAsync(Payment(failed.RecordId, failed.Record.Version, payDay, 150_000), counter);

        Assert.Equal(StatusCode.FailedPrecondition, duringNotice.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, withoutReason.StatusCode);
        Assert.Contains("field: reason_zh", withoutReason.Said(), StringComparison.Ordinal);
        Assert.Equal(SubsidyCaseStatus.Approved, failed.Status);
        Assert.Equal(batched.BatchId, failed.BatchId);
        Assert.Equal(("账户已销户", "HD-0001", "clerk-001"), (failed.PaymentFailure.ReasonZh, failed.PaymentFailure.BankReference, failed.PaymentFailure.RecordedBy));
        Assert.Equal(SubsidyCaseStatus.Paid, paidAgain.Status);
    }
}
