using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 稽核: an auditor bound to Jiaozuo reads the region's applications entered in a period in the shape every
/// subsidy service exports, with the occupation and level that make "the same training" (R24), the clerk
/// who entered and who decided, and the whole account; a Jiyuan auditor asking for Jiaozuo is refused.
/// </summary>
public sealed class AuditExportTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    [Fact(Timeout = 60_000)]
    public async Task An_auditor_reads_the_regions_applications_with_the_training_they_pay_for()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var submitted = await host.Training.SubmitApplicationAsync(For(id, Issued2024), TestCallers.Counter(clerk: "clerk-entering"));
        // The 办结时限 as the counter's queue shows it while the application waits.
        var shown = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = submitted.ApplicationId }, TestCallers.Counter());
        await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = submitted.ApplicationId,
            ExpectedVersion = submitted.Record.Version,
            Approve = true,
        }, TestCallers.Counter(clerk: "clerk-deciding"));
        var today = ChinaClock.DateOf(DateTimeOffset.UtcNow);
        var period = new DatePeriod { From = TrainingHost.Date(today.AddDays(-1)), Until = TrainingHost.Date(today.AddDays(1)) };

        var items = new List<AuditedItem>();
        using (var call = host.Oversight.ExportForAudit(new AuditExportRequest { Region = new RegionCode { Code = "410800" }, Received = period }, TestCallers.Auditor("410800")))
        {
            await foreach (var page in call.ResponseStream.ReadAllAsync())
            {
                items.AddRange(page.Items);
            }
        }

        using var jiyuan = host.Oversight.ExportForAudit(new AuditExportRequest { Region = new RegionCode { Code = "410800" }, Received = period }, TestCallers.Auditor("419001"));
        var refused = await Assert.ThrowsAsync<RpcException>(() => jiyuan.ResponseStream.MoveNext());

        var item = Assert.Single(items, i => i.Reference == submitted.ApplicationId);
        Assert.Equal("training-subsidies", item.Service);
        Assert.Equal("training.skill_upgrade", item.Measure);
        Assert.Equal("6-18-01-01/4", item.OccupationLevel);
        Assert.Equal(AuditedStatus.Approved, item.Status);
        Assert.Equal("clerk-entering", item.EnteredBy);
        Assert.Equal("clerk-deciding", item.DecidedBy);
        Assert.Equal("6217000000001234567", item.PaymentAccount);
        Assert.Equal(TrainingHost.Date(Issued2024), item.EventDate);
        // What the figures time and count by: received at the counter, decided (办结) the day received, against the 办结时限
        // the answer showed (the sample's working days from 受理).
        Assert.Equal(Channel.Counter, item.Channel);
        Assert.Equal(item.ReceivedOn, item.DecidedOn);
        Assert.Equal(TrainingHost.SampleSkillUpgradeTimeLimit, shown.TimeLimit.LimitWorkingDays);
        Assert.Equal(shown.TimeLimit.DueOn, item.DueOn);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }
}
