using System.Text;
using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// The agencies' batch exchange on PostgreSQL, over gRPC as the exchange sends: a 社保 contribution file adds its facts
/// once (a batch sent again adds nothing, and another file under its id is refused; the same rows in another batch change nothing), every bad row is named by its
/// line, column and reason, a file is what its header says whatever its name, GBK is read as declared, an interrupted
/// batch carries on where it stopped, and an agency's record that disagrees with a clerk's replaces it as a conflict
/// the clerk sees, never silently.
/// </summary>
public sealed class AgencyExchangeTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static int _people;

    private static List<(string IdNumber, string Name)> NewPeople(int count) =>
        [.. Enumerable.Range(Interlocked.Add(ref _people, count) - count, count).Select(i => (AgencyFiles.IdNumber(i), $"参保人{i}"))];

    [Fact(Timeout = 300_000)]
    public async Task A_ten_thousand_row_contribution_file_adds_its_facts_and_the_same_file_again_adds_nothing()
    {
        var people = NewPeople(10_000);
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var file = AgencyFiles.Utf8([AgencyFiles.ContributionHeader, .. people.Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer))]);

        var first = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-2026-01"), file);
        var again = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-2026-01"), file);
        var sameRowsNewBatch = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-2026-02"), file);

        Assert.Equal((10_000L, 10_000L, 0L, 0L, 0L, AgencyBatchState.Completed), (first.Received, first.Added, first.Unchanged, first.Superseded, first.Rejected, first.State));
        Assert.True(again.Replayed);
        Assert.Equal(first.Added, again.Added);
        Assert.Equal((10_000L, 0L, 10_000L), (sameRowsNewBatch.Received, sameRowsNewBatch.Added, sameRowsNewBatch.Unchanged));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        Assert.Equal(10_000, await db.Facts.CountAsync(f => f.Batch == "社会保险经办机构 SI-2026-01"));
        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { IdNumber = people[42].IdNumber }, Purpose = "hiring.claim" }, TestCallers.Service("hiring-subsidies"));
        var fact = Assert.Single(profile.Facts);
        Assert.Equal((PersonFactKind.SocialInsurance, 12, 80_000L, true), (fact.Kind, fact.Insurance.Months, fact.Insurance.EmployerPartMonthly.Fen, fact.Insurance.PaidOnTime));
        Assert.Equal(("社会保险经办机构", "批次 SI-2026-01 第 44 行", "社会保险经办机构 SI-2026-01"), (fact.Authority, fact.EvidenceReference, fact.Record.Batch));
        Assert.Equal(new CalendarDate { Year = 2025, Month = 12, Day = 31 }, fact.Period.Until);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_completed_batch_sent_again_with_another_file_is_refused_not_answered_as_a_replay()
    {
        var people = NewPeople(21);
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var header = AgencyFiles.Header(AgencySource.SocialInsurance, "SI-REPLAY-01");
        byte[] FileOf(IEnumerable<(string IdNumber, string Name)> rows) => AgencyFiles.Utf8([AgencyFiles.ContributionHeader, .. rows.Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer))]);
        await AgencyFiles.SendAsync(host, header, FileOf(people.Take(20)));

        var sameFile = await AgencyFiles.SendAsync(host, header, FileOf(people.Take(20)));
        var longer = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, header, FileOf(people)));
        var shorter = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, header, FileOf(people.Take(19))));
        var otherRows = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, header, FileOf(people.Skip(1))));

        Assert.True(sameFile.Replayed);
        Assert.All([longer, shorter, otherRows], refused => Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode));
        Assert.Contains("同一批次号只能用于同一份文件", longer.Status.Detail, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        Assert.Equal(20, await db.Facts.CountAsync(f => f.Batch == "社会保险经办机构 SI-REPLAY-01"));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_file_with_37_bad_rows_names_each_by_line_column_and_reason_and_imports_the_rest()
    {
        var people = NewPeople(100);
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var lines = people.Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer)).ToList();
        var bad = new Dictionary<int, (string Line, string Column)>();
        for (var i = 0; i < 37; i++)
        {
            var (id, name) = people[i * 2];
            bad[i * 2] = (i % 9) switch
            {
                0 => (AgencyFiles.Contribution(People.WithWrongCheckDigit(id), name, employer), "证件号码"),
                1 => (AgencyFiles.Contribution(id, name, employer[..17] + (employer[17] == 'A' ? 'B' : 'A')), "单位统一社会信用代码"),
                2 => (AgencyFiles.Contribution(id, name, employer, first: "202513"), "开始年月"),
                3 => (AgencyFiles.Contribution(id, name, employer, first: "202506", last: "202501"), "终止年月"),
                4 => (AgencyFiles.Contribution(id, name, employer, scheme: "999"), "险种"),
                5 => (AgencyFiles.Contribution(id, name, employer, months: 13), "实缴月数"),
                6 => (AgencyFiles.Contribution(id, name, employer).Replace(",1200.00,", ",12x0.00,", StringComparison.Ordinal), "月缴费额"),
                7 => (AgencyFiles.Contribution(id, "别人", employer), "姓名"),
                _ => (AgencyFiles.Contribution(AgencyFiles.IdNumber(900_000 + i), name, employer), "证件号码"),
            };
            lines[i * 2] = bad[i * 2].Line;
        }

        var receipt = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-BAD-01"), AgencyFiles.Utf8([AgencyFiles.ContributionHeader, .. lines]));

        Assert.Equal((100L, 63L, 37L), (receipt.Received, receipt.Added, receipt.Rejected));
        Assert.Equal(bad.Keys.Select(i => (long)i + 2).Order(), receipt.Rejects.Select(r => r.Line));
        foreach (var reject in receipt.Rejects)
        {
            Assert.Equal(bad[(int)reject.Line - 2].Column, reject.Column);
            Assert.False(string.IsNullOrWhiteSpace(reject.ReasonZh));
            Assert.DoesNotMatch(@"\d{17}[\dX]", reject.ReasonZh);
        }

        var again = await host.Client.GetAgencyBatchAsync(new GetAgencyBatchRequest { Source = AgencySource.SocialInsurance, BatchId = "SI-BAD-01", RejectsFromLine = 40 }, TestCallers.Admin());
        Assert.All(again.Rejects, r => Assert.True(r.Line >= 40));
        Assert.Contains(receipt.Rejects, r => r.ReasonZh.Contains("登记系统中没有", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_file_is_what_its_header_says_and_is_read_in_the_declared_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var people = NewPeople(2);
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var market = AgencyFiles.Utf8(["统一社会信用代码,名称,经营状态,状态日期,决定文书号", $"{employer},示例公司,正常经营,2024-01-01,"]);
        var gbk = AgencyFiles.Gbk.GetBytes(string.Join("\r\n", [AgencyFiles.ContributionHeader, .. people.Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer))]));

        var wrongSource = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-NAMED-WRONG"), market));
        var wrongEncoding = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-GBK-AS-UTF8"), gbk));
        var read = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-GBK", "GBK"), gbk, chunk: 5);
        var noBatchId = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI 01"), gbk));

        Assert.Equal(StatusCode.InvalidArgument, wrongSource.StatusCode);
        Assert.Contains("市场主体经营状态", wrongSource.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, wrongEncoding.StatusCode);
        Assert.Contains("编码", wrongEncoding.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((2L, 2L), (read.Received, read.Added));
        Assert.Equal(StatusCode.InvalidArgument, noBatchId.StatusCode);
        var refused = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-BY-CLERK"), gbk, caller: RegistryHost.Clerk()));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_interrupted_batch_carries_on_after_its_last_committed_row_and_imports_each_row_once()
    {
        var people = NewPeople(2_500);
        await AgencyFiles.RegisterAsync(host, people);
        var employer = CreditCodes.Valid();
        var file = AgencyFiles.Utf8([AgencyFiles.ContributionHeader, .. people.Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer))]);
        var header = AgencyFiles.Header(AgencySource.SocialInsurance, "SI-RESUME-01");

        // The sender stops after about 60 % of the file: the pages committed by then stay, the rest waits.
        using (var call = host.Client.ImportAgencyBatch(TestCallers.Service("agency-exchange")))
        {
            await call.RequestStream.WriteAsync(new AgencyBatchChunk { Header = header });
            await call.RequestStream.WriteAsync(new AgencyBatchChunk { Data = Google.Protobuf.ByteString.CopyFrom(file, 0, file.Length * 6 / 10) });
            await WaitForLineAsync("SI-RESUME-01", 1_001);
        }

        var stopped = await host.Client.GetAgencyBatchAsync(new GetAgencyBatchRequest { Source = AgencySource.SocialInsurance, BatchId = "SI-RESUME-01" }, TestCallers.Admin());
        var otherFile = AgencyFiles.Utf8([AgencyFiles.ContributionHeader, .. people.Skip(1).Select(p => AgencyFiles.Contribution(p.IdNumber, p.Name, employer))]);
        var notTheSame = await Assert.ThrowsAsync<RpcException>(() => AgencyFiles.SendAsync(host, header, otherFile));
        var resumed = await AgencyFiles.SendAsync(host, header, file);

        Assert.Equal(AgencyBatchState.Incomplete, stopped.State);
        Assert.True(stopped.Added >= 1_000);
        Assert.Equal(StatusCode.FailedPrecondition, notTheSame.StatusCode);
        Assert.Equal((AgencyBatchState.Completed, 2_500L, 2_500L, 0L), (resumed.State, resumed.Received, resumed.Added, resumed.Unchanged));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        Assert.Equal(2_500, await db.Facts.CountAsync(f => f.Batch == "社会保险经办机构 SI-RESUME-01"));
    }

    [Fact(Timeout = 60_000)]
    public async Task An_agency_record_that_disagrees_with_a_clerks_entry_replaces_it_as_a_conflict_kept_in_the_audit_trail()
    {
        var (id, name) = NewPeople(1)[0];
        await AgencyFiles.RegisterAsync(host, [(id, name)]);
        var person = await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } });
        var employer = CreditCodes.Valid();
        var stated = await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.SocialInsurance,
                Authority = "本人陈述",
                Period = new DatePeriod { From = new CalendarDate { Year = 2025, Month = 1, Day = 1 }, Until = new CalendarDate { Year = 2025, Month = 12, Day = 31 } },
                Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, Months = 12, MonthlyAmount = new Money { Fen = 150_000 } },
            },
        });

        var receipt = await AgencyFiles.SendAsync(host, AgencyFiles.Header(AgencySource.SocialInsurance, "SI-CONFLICT-01"), AgencyFiles.Utf8([AgencyFiles.ContributionHeader, AgencyFiles.Contribution(id, name, employer)]));

        Assert.Equal((1L, 0L, 1L, 1L), (receipt.Received, receipt.Added, receipt.Superseded, receipt.Conflicts));
        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = person.PersonId }, Purpose = "hiring.claim" }, TestCallers.Service("hiring-subsidies"));
        var current = Assert.Single(profile.Facts, f => !f.Superseded);
        Assert.Equal(120_000L, current.Insurance.MonthlyAmount.Fen);
        var trail = await host.Client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = person.PersonId });
        var corrected = Assert.Single(trail.Entries, e => e.Action == AuditAction.FactCorrected);
        Assert.Equal(stated.FactId, corrected.FactId);
        Assert.Contains("个人陈述", corrected.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("SI-CONFLICT-01", corrected.ReasonZh, StringComparison.Ordinal);

        // The clerk of the person's region sees it, settles it once; a clerk of another region cannot see it.
        var open = Assert.Single((await host.Client.ListFactConflictsAsync(new ListFactConflictsRequest { PersonId = person.PersonId })).Conflicts);
        Assert.Equal((stated.FactId, current.FactId, "个人陈述", "社会保险经办机构 SI-CONFLICT-01", 2L), (open.ReplacedFactId, open.AgencyFactId, open.ReplacedSourceZh, open.Batch, open.Line));
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Client.ListFactConflictsAsync(new ListFactConflictsRequest { PersonId = person.PersonId }, TestCallers.Counter("419001")).ResponseAsync);
        var settle = new SettleFactConflictRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, ConflictId = open.ConflictId, NoteZh = "核对社保缴费记录，以社保数据为准" };
        var settled = await host.Client.SettleFactConflictAsync(settle);
        var retried = await host.Client.SettleFactConflictAsync(settle);
        var again = settle.Clone();
        again.IdempotencyKey = Guid.NewGuid().ToString();
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Client.SettleFactConflictAsync(again).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(("clerk-001", settled.SettledAt), (settled.SettledBy, retried.SettledAt));
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Empty((await host.Client.ListFactConflictsAsync(new ListFactConflictsRequest { PersonId = person.PersonId })).Conflicts);
        Assert.Single((await host.Client.ListFactConflictsAsync(new ListFactConflictsRequest { PersonId = person.PersonId, IncludeSettled = true })).Conflicts);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("social-insurance.csv", AgencySource.SocialInsurance)]
    [InlineData("market-regulation.csv", AgencySource.MarketRegulation)]
    [InlineData("unemployment-registry.csv", AgencySource.UnemploymentRegistry)]
    [InlineData("education.csv", AgencySource.Education)]
    public async Task Each_documented_sample_file_imports_with_no_row_rejected(string file, AgencySource source)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "docs", "examples", "exchange", file));
        var rows = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(',')).ToList();
        var header = rows[0].ToList();
        var people = rows.Skip(1).Where(_ => header.Contains("证件号码")).Select(r => (r[header.IndexOf("证件号码")], r[header.IndexOf("姓名")])).Distinct().ToList();
        await AgencyFiles.RegisterAsync(host, people.Where(p => !Registered.Contains(p.Item1)).ToList());
        Registered.UnionWith(people.Select(p => p.Item1));
        foreach (var (code, name) in rows.Skip(1).Where(_ => header.Contains("统一社会信用代码")).Select(r => (r[0], r[1])).Distinct().Where(e => Registered.Add(e.Item1)))
        {
            await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Employer = new Employer { CreditCode = code, Name = name, Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
            });
        }

        var receipt = await AgencyFiles.SendAsync(host, AgencyFiles.Header(source, "SAMPLE-" + file), bytes);

        Assert.Equal(rows.Count - 1, receipt.Received);
        Assert.Empty(receipt.Rejects);
        Assert.Equal(receipt.Received, receipt.Added);
    }

    /// <summary>The samples' people and employers, registered once for the class's database.</summary>
    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal);

    private async Task WaitForLineAsync(string batchId, long line)
    {
        // The first page commits once the server has read 1,000 rows; the test's own timeout bounds the wait.
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
            if (await db.AgencyBatches.AnyAsync(b => b.BatchId == batchId && b.LinesDone >= line))
            {
                return;
            }

            await Task.Delay(100);
        }
    }
}
