using System.Text;
using Employment.Applicants.Data;
using Employment.Applicants.UseCases.Exchange;
using Employment.Applicants.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Xunit;

namespace Applicants.Tests;

/// <summary>The registry on PostgreSQL with the exchange's inbox read on the clustered schedule (its cron in 2099: the test fires it).</summary>
public sealed class InboxRegistry : RegistryHost
{
    private PostgresDatabase? _database;

    public string Inbox { get; } = Path.Combine(Path.GetTempPath(), "exchange-inbox-" + Guid.NewGuid().ToString("N"));

    public string SchedulerName { get; } = "applicants-exchange-" + Guid.NewGuid().ToString("N");

    protected override async Task<string[]> DatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("applicants_inbox");
        Directory.CreateDirectory(Inbox);
        return [$"--ConnectionStrings:ApplicantsPostgres={_database.ConnectionString}", $"--Exchange:Inbox={Inbox}", "--Exchange:Schedule=0 0 1 1 1 ? 2099", $"--Exchange:SchedulerName={SchedulerName}"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(Inbox, recursive: true);
    }
}

/// <summary>
/// The agencies' deliveries to the exchange's inbox, read on the schedule: a data file with its control file (the batch's
/// header) is imported as the exchange's stream is, its files and receipt kept under done/; a delivery that is not what
/// its control file declares, or whose control file names a path out of the inbox, is refused whole with the reason under
/// refused/; a data file whose control file has not arrived waits; the same delivery again is answered from its receipt.
/// </summary>
public sealed class ExchangeInboxTests(InboxRegistry host) : IClassFixture<InboxRegistry>
{
    [Fact(Timeout = 120_000)]
    public async Task Deliveries_are_imported_once_refused_whole_with_the_reason_or_left_until_their_control_file_arrives()
    {
        var people = Enumerable.Range(0, 3).Select(i => (AgencyFiles.IdNumber(i, "410882"), $"交付人{i}")).ToList();
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var gbk = AgencyFiles.Gbk;
        var rows = people.Select(p => AgencyFiles.Contribution(p.Item1, p.Item2, employer)).Append(AgencyFiles.Contribution(people[0].Item1, "别人", employer));
        Deliver("si-202611.csv", gbk.GetBytes(string.Join("\r\n", rows.Prepend(AgencyFiles.ContributionHeader)) + "\r\n"),
            "si-202611.ok", Control(AgencySource.SocialInsurance, "SI-INBOX-01", "GBK", "si-202611.csv"));
        Deliver("si-202611b.csv", AgencyFiles.Utf8(["统一社会信用代码,名称,经营状态,状态日期,决定文书号", $"{employer},焦作交付有限公司,正常经营,2023-06-01,"]),
            "si-202611b.ok", Control(AgencySource.SocialInsurance, "SI-INBOX-02", "UTF-8", "si-202611b.csv"));
        Deliver(null, null, "escape.ok", Control(AgencySource.Education, "EDU-ESC", "UTF-8", "../secrets.csv"));
        Deliver("edu-202611.csv", AgencyFiles.Utf8(["证件号码,姓名,学历层次,院校名称,毕业日期,技工院校,证书编号"]), null, null);

        var scheduler = await host.Services.GetRequiredKeyedService<ISchedulerFactory>(host.SchedulerName).GetScheduler() ?? throw new InvalidOperationException("no scheduler");
        await scheduler.TriggerJob(ExchangeInboxSchedule.Job);
        while (Directory.EnumerateFiles(host.Inbox, "*.ok").Any())
        {
            await Task.Delay(200);
        }

        await scheduler.Shutdown(waitForJobsToComplete: true);

        var done = Path.Combine(host.Inbox, "done", "SocialInsurance_SI-INBOX-01");
        Assert.Equal(["si-202611.csv", "si-202611.ok", "si-202611.ok.receipt.json"], Directory.GetFiles(done).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var receipt = JsonParser.Default.Parse<AgencyBatchReceipt>(await File.ReadAllTextAsync(Path.Combine(done, "si-202611.ok.receipt.json")));
        Assert.Equal((4L, 3L, 1L, AgencyBatchState.Completed), (receipt.Received, receipt.Added, receipt.Rejected, receipt.State));
        Assert.Equal((5L, "姓名"), (receipt.Rejects.Single().Line, receipt.Rejects.Single().Column));
        var refusals = Directory.GetDirectories(Path.Combine(host.Inbox, "refused")).ToDictionary(d => Path.GetFileName(d)[..Path.GetFileName(d).LastIndexOf('-')], d => File.ReadAllText(Directory.GetFiles(d, "*.refusal.txt").Single()));
        Assert.Contains("市场监管", refusals["si-202611b"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Directory.GetDirectories(Path.Combine(host.Inbox, "refused"), "si-202611b-*").Single(), "si-202611b.csv")));
        Assert.Contains("不含路径", refusals["escape"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.Inbox, "edu-202611.csv"))); // no control file yet: left alone
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
            Assert.Equal(3, await db.Facts.CountAsync(f => f.Batch == "社会保险经办机构 SI-INBOX-01"));
        }

        // The same delivery sent again: answered from the first receipt, nothing imported.
        File.Copy(Path.Combine(done, "si-202611.csv"), Path.Combine(host.Inbox, "si-202611.csv"));
        File.Copy(Path.Combine(done, "si-202611.ok"), Path.Combine(host.Inbox, "si-202611.ok"));
        var again = await host.Services.GetRequiredService<ExchangeInbox>().PassAsync(host.Inbox, CancellationToken.None);
        Assert.Equal(new InboxPass(1, 0, 0), again);
        Assert.True(JsonParser.Default.Parse<AgencyBatchReceipt>(await File.ReadAllTextAsync(Path.Combine(done, "si-202611.ok.receipt.json"))).Replayed);
    }

    private static string Control(AgencySource source, string batch, string encoding, string file) =>
        JsonFormatter.Default.Format(new AgencyBatchHeader { Source = source, BatchId = batch, Encoding = encoding, FileName = file });

    /// <summary>A delivery as the 前置机 makes it: the data file first, its control file last.</summary>
    private void Deliver(string? dataName, byte[]? data, string? controlName, string? control)
    {
        if (dataName is not null)
        {
            File.WriteAllBytes(Path.Combine(host.Inbox, dataName), data!);
        }

        if (controlName is not null)
        {
            File.WriteAllText(Path.Combine(host.Inbox, controlName), control);
        }
    }
}
