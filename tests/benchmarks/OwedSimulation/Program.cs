using System.Globalization;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring;
using Employment.Hiring.Data;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OwedSimulation;
using static System.FormattableString;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;

// A year of 免申即享 on a simulated Jiaozuo (SimulatedRegion): the registry and the hiring service on PostgreSQL over real
// gRPC, the hiring service on a clock the simulation moves day by day through 2023 and on until every accepted claim is
// paid. The agencies deliver their batches through the exchange (the national platform's 失业登记 in January, the 社保
// system's contributions of each month on the 5th of the next), 劳动合同备案 records each contract a few days after it
// starts, the scheduled run (OwedRun, each district's and county's share; every night, or on the 1st) offers what the facts make owed, employers told
// of an offer open the hall and accept it or not, clerks decide each claim within a few working days, a payment batch
// goes on 公示 every Monday and is paid the day after its notice ends. Nobody writes a form: an employer's only act is to
// accept an offer (confirming its account). Printed: the share of the owed 吸纳/扩岗 subsidies paid through accepted
// offers, and the days from the fact that made each one owed to its payment, with each stage's share of them.
//
//   tests/benchmarks/owed-simulation.sh [people=1000] [employers=100] [accept %=80] [notice days=7] [run: daily|monthly] [decision: clerk|exempt] [公示: weekly|daily]
var peopleCount = Arg(0, 1000);
var employerCount = Arg(1, 100);
var acceptPercent = Arg(2, 80);
var noticeDays = Arg(3, 7);
var cadence = args.Length > 4 ? args[4] : "daily";
// 免审即享 (焦政办〔2024〕15号（二十）, R3: the bureau's choice): "exempt" puts it in force for 吸纳 and 扩岗 in Jiaozuo.
var exempt = args.Length > 5 && args[5] == "exempt";
// How often approved claims go on 公示: every Monday (default) or every working day.
var dailyNotices = args.Length > 6 && args[6] == "daily";
var random = new Random(2023);
var clock = new SettableClock(At(new DateOnly(2023, 1, 2)));

var directory = Directory.CreateTempSubdirectory("owed-simulation-");
// R3: no document gives the 公示期 of hiring-subsidy payments; the simulation's is a parameter (7 days by default,
// the launcher's sample).
await File.WriteAllTextAsync(Path.Combine(directory.FullName, "notice.yaml"), Invariant($"""
    values:
      - key: hiring.payment.public_notice_days
        value: {noticeDays}
        unit: days
        region: "410800"
        from: 2023-01-01
        source: 模拟参数 (the simulation's notice period)
        sample: true
    """));
if (exempt)
{
    await File.WriteAllTextAsync(Path.Combine(directory.FullName, "exempt.yaml"), """
        values:
          - key: hiring.absorption.offers_decided_without_review
            value: true
            unit: boolean
            region: "410800"
            from: 2023-01-01
            source: 模拟参数 (免审即享 in the simulation)
            sample: true
          - key: hiring.expansion.offers_decided_without_review
            value: true
            unit: boolean
            region: "410800"
            from: 2023-01-01
            source: 模拟参数 (免审即享 in the simulation)
            sample: true
        """);
}
await using var registryDb = await PostgresDatabase.CreateAsync("sim_owed_registry");
await using var hiringDb = await PostgresDatabase.CreateAsync("sim_owed_hiring");
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
    [$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", "--Logging:LogLevel:Default=Warning"], b => b.Logging.AddConsole());
await using var hiring = await ServiceUnderTest.StartAsync<HiringModule>(
    [
        $"--ConnectionStrings:HiringPostgres={hiringDb.ConnectionString}",
        $"--Services:applicants={registry.Address}",
        $"--Policy:ConfigurationPaths:0={directory.FullName}",
        "--Logging:LogLevel:Default=Warning",
    ],
    b =>
    {
        b.Logging.AddConsole();
        b.Services.AddSingleton<TimeProvider>(clock);
    });
var applicants = registry.Client<ApplicantsApi.ApplicantsClient>();
var client = hiring.Client<HiringApi.HiringSubsidiesClient>();
var paymentsClient = hiring.Client<SubsidyPayments.SubsidyPaymentsClient>();
var counter = TestCallers.Counter("410800", "clerk-sim");
var exchange = TestCallers.Service("agency-exchange");

var (employers, people) = SimulatedRegion.Generate(peopleCount, employerCount, seed: 2023);
foreach (var e in employers)
{
    e.EmployerId = (await applicants.RegisterEmployerAsync(new RegisterEmployerRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new Employer { CreditCode = e.CreditCode, Name = e.Name, Region = new RegionCode { Code = e.County }, Kind = EntityKind.Enterprise, RegistrationDate = Date(new DateOnly(2015, 3, 1)) },
    }, counter)).EmployerId;
}

foreach (var p in people)
{
    p.PersonId = (await applicants.RegisterPersonAsync(new RegisterPersonRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person { IdNumber = p.IdNumber, Name = p.Name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = p.County }, HouseholdRegion = new RegionCode { Code = p.County } },
    }, counter)).PersonId;
}

var byPersonId = people.ToDictionary(p => p.PersonId);
var byIdNumber = people.ToDictionary(p => p.IdNumber);
var byEmployerId = employers.ToDictionary(e => e.EmployerId);
var hired = people.Where(p => p.Hire is not null).ToList();
Console.WriteLine(Invariant($"region: {employers.Count:N0} enterprises, {people.Count:N0} people registered unemployed, {hired.Count:N0} of them hired in 2023; accept {acceptPercent} %, notice {noticeDays} days, the run {(cadence == "daily" ? "every night (the schedule's default)" : "on the 1st of each month")}, {(exempt ? "免审即享 in force" : "a clerk decides each claim")}, 公示 {(dailyNotices ? "every working day" : "every Monday")}"));

// What the simulation saw, per person and claim.
var registeredOn = new Dictionary<string, DateOnly>();
var contractFiledOn = new Dictionary<string, DateOnly>();
// The first day the service's own owed list shows a hire: the day the facts that arrived made it owed.
var owedFrom = new Dictionary<string, DateOnly>();
// The first night an offer named the hire (a later offer may name it again with the employer's newer hires).
var firstOffered = new Dictionary<string, DateOnly>();
var filingDelay = hired.ToDictionary(p => p.PersonId, _ => random.Next(6));
var hallVisits = new SortedDictionary<DateOnly, HashSet<string>>();
var decisions = new SortedDictionary<DateOnly, List<string>>();
var payments = new SortedDictionary<DateOnly, List<string>>();
var approved = new List<string>();
var claims = new Dictionary<string, ClaimTrace>();
var (batches, rows, runs, offersMade, told, visits, forms, refusals, remindersSent) = (0, 0, 0, 0, 0, 0, 0, 0, 0);

var day = new DateOnly(2023, 1, 2);
var last = new DateOnly(2024, 6, 30);
var factsEnd = new DateOnly(2024, 1, 31);
while (day <= last && (day <= factsEnd || claims.Values.Any(c => c.PaidOn is null && !c.Refused) || hallVisits.Keys.Any(d => d >= day)))
{
    clock.UtcNow = At(day);
    var arrived = false;
    if (day == new DateOnly(2023, 1, 3))
    {
        await ImportAsync(AgencySource.UnemploymentRegistry, "SY-2023-01", SimulatedRegion.UnemploymentRows(people));
        people.ForEach(p => registeredOn[p.PersonId] = day);
        arrived = true;
    }

    foreach (var p in hired.Where(p => p.Hire!.Start.AddDays(filingDelay[p.PersonId]) == day))
    {
        await applicants.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = p.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.EmploymentContract,
                Period = new DatePeriod { From = Date(p.Hire!.Start), Until = p.Hire.TermMonths == 0 ? null : Date(p.Hire.Start.AddMonths(p.Hire.TermMonths).AddDays(-1)) },
                Authority = "劳动合同备案",
                Contract = new EmploymentContract { EmployerCreditCode = p.Hire.Employer.CreditCode, OpenEnded = p.Hire.TermMonths == 0, TermMonths = p.Hire.TermMonths },
            },
        }, counter);
        contractFiledOn[p.PersonId] = day;
        arrived = true;
    }

    if (day.Day == 5 && day <= new DateOnly(2024, 1, 5))
    {
        var month = new DateOnly(day.Year, day.Month, 1).AddMonths(-1);
        var employed = hired.Where(p => p.Hire!.Start < month.AddMonths(1)).ToList();
        if (employed.Count > 0)
        {
            await ImportAsync(AgencySource.SocialInsurance, Invariant($"SI-{month:yyyyMM}"), SimulatedRegion.ContributionRows(employed, month));
            arrived = true;
        }
    }

    if (arrived)
    {
        await ProbeOwedAsync();
    }

    if (day <= factsEnd && (cadence == "daily" || day.Day == 1))
    {
        // The run at 02:00 of the next morning: it sees what arrived today.
        clock.UtcNow = At(day.AddDays(1)).AddHours(-7);
        await RunAsync();
        clock.UtcNow = At(day);
    }

    if (hallVisits.Remove(day, out var visiting))
    {
        foreach (var employerId in visiting)
        {
            await VisitHallAsync(employerId);
        }
    }

    if (decisions.Remove(day, out var deciding))
    {
        foreach (var claimId in deciding)
        {
            await DecideAsync(claimId);
        }
    }

    if ((dailyNotices ? day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) : day.DayOfWeek == DayOfWeek.Monday) && approved.Count > 0)
    {
        var batch = await paymentsClient.CreatePaymentBatchAsync(new CreatePaymentBatchRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { approved } }, counter);
        var payDay = Day(batch.NoticeUntil).AddDays(1);
        approved.ForEach(c => claims[c].BatchedOn = day);
        Add(payments, payDay, approved);
        approved = [];
    }

    if (payments.Remove(day, out var paying))
    {
        foreach (var claimId in paying)
        {
            await PayAsync(claimId);
        }
    }

    day = day.AddDays(1);
}

clock.UtcNow = At(day);
var stillOwed = (await OwedItemsAsync()).Count;

// Claims that came in any other way than an accepted offer (a form at the counter or online): none, if nobody wrote one.
await using (var read = hiring.Services.CreateAsyncScope())
{
    forms = await read.ServiceProvider.GetRequiredService<HiringDbContext>().Claims.CountAsync(c => c.Channel != (int)Channel.Offered);
}

var items = claims.Values.SelectMany(c => c.Items.Select(i => (Claim: c, Item: i))).ToList();
var paid = items.Where(x => x.Claim.PaidOn is not null).ToList();
var unpaid = items.Count - paid.Count;
Console.WriteLine(Invariant($"simulated {new DateOnly(2023, 1, 2):yyyy-MM-dd} to {day.AddDays(-1):yyyy-MM-dd}: {batches} agency batches ({rows:N0} rows) through the exchange, {contractFiledOn.Count:N0} contracts filed, {runs} nightly or monthly runs making {offersMade:N0} offers and {remindersSent:N0} reminders of offers left open a week"));
Console.WriteLine(Invariant($"employers told of offers or reminded {told:N0} times, {visits:N0} hall visits, {claims.Count:N0} offers accepted ({items.Count:N0} hires), {claims.Values.Count(c => c.DecidedOn is not null):N0} claims decided, {claims.Values.Count(c => c.PaidOn is not null):N0} paid ({paid.Sum(x => x.Item.Fen) / 100m:N2} yuan); {refusals} calls refused; claims from a form (counter or online): {forms}"));
Console.WriteLine(Invariant($"owed 吸纳/扩岗 subsidies: {paid.Count:N0} paid through accepted offers, {unpaid:N0} accepted and not paid, {stillOwed:N0} still owed (offered, not accepted) → {100.0 * paid.Count / Math.Max(1, paid.Count + unpaid + stillOwed):F1} % paid through accepted offers"));
var days = paid.Select(x => (double)(x.Claim.PaidOn!.Value.DayNumber - x.Item.EligibleOn.DayNumber)).ToList();
if (days.Count > 0)
{
    Console.WriteLine(Invariant($"days from the fact that made it owed to payment: median {Median(days):F0}, p90 {Percentile(days, 0.9):F0}, min–max {days.Min():F0}–{days.Max():F0}; within 7 days {100.0 * days.Count(d => d <= 7) / days.Count:F1} %, within 14 {100.0 * days.Count(d => d <= 14) / days.Count:F1} %, within 30 {100.0 * days.Count(d => d <= 30) / days.Count:F1} %"));
    var toNotice = paid.Select(x => (double)(x.Claim.BatchedOn!.Value.DayNumber - x.Item.EligibleOn.DayNumber)).ToList();
    Console.WriteLine(Invariant($"days from owed to 公示 (all but the notice period the bureau sets): median {Median(toNotice):F0}, p90 {Percentile(toNotice, 0.9):F0}; within 7 days {100.0 * toNotice.Count(d => d <= 7) / toNotice.Count:F1} %, within 14 {100.0 * toNotice.Count(d => d <= 14) / toNotice.Count:F1} %"));
    Stage("owed → first offered", paid.Select(x => x.Item.FirstOfferedOn.DayNumber - x.Item.EligibleOn.DayNumber));
    Stage("first offered → accepted", paid.Select(x => x.Claim.AcceptedOn.DayNumber - x.Item.FirstOfferedOn.DayNumber));
    Stage("accepted → decided", paid.Select(x => x.Claim.DecidedOn!.Value.DayNumber - x.Claim.AcceptedOn.DayNumber));
    Stage("decided → on 公示", paid.Select(x => x.Claim.BatchedOn!.Value.DayNumber - x.Claim.DecidedOn!.Value.DayNumber));
    Stage("on 公示 → paid", paid.Select(x => x.Claim.PaidOn!.Value.DayNumber - x.Claim.BatchedOn!.Value.DayNumber));
}

directory.Delete(recursive: true);
return 0;

async Task ImportAsync(AgencySource source, string batchId, IEnumerable<string> lines)
{
    var file = AgencyBatches.Utf8(lines);
    var receipt = await AgencyBatches.SendAsync(applicants, AgencyBatches.Header(source, batchId), file, exchange, 1 << 20);
    batches++;
    rows += (int)receipt.Received;
    if (receipt.Rejected > 0)
    {
        Console.Error.WriteLine(Invariant($"{batchId}: {receipt.Rejected} rows rejected, the first: line {receipt.Rejects[0].Line} {receipt.Rejects[0].Column} {receipt.Rejects[0].ReasonZh}"));
    }
}

// The monthly run of the city, share by share, as the scheduler runs it; employers with a new offer are told and
// some of them open the hall within a few days.
async Task RunAsync()
{
    var started = clock.GetUtcNow();
    var runDay = ChinaClock.DateOf(started);
    var lookBack = hiring.Services.GetRequiredService<OfferOptions>().LookBackMonths;
    foreach (var county in Places.PartsOf("410800"))
    {
        await using var scope = hiring.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OwedRun>().RunAsync(Invariant($"410800/{runDay:yyyy-MM-dd}"), Region.Parse(county), runDay.AddMonths(-lookBack), runDay, null, CancellationToken.None);
    }

    runs++;
    await using var read = hiring.Services.CreateAsyncScope();
    var made = await read.ServiceProvider.GetRequiredService<HiringDbContext>().Offers.AsNoTracking().Where(o => o.OfferedAt >= started && o.OwnerEmployerId != "").Select(o => new { o.OwnerEmployerId, o.Claim }).ToListAsync();
    offersMade += made.Count;
    foreach (var hire in made.SelectMany(o => SubmitClaimRequest.Parser.ParseFrom(o.Claim).Hires))
    {
        firstOffered.TryAdd(hire.PersonId.Length > 0 ? hire.PersonId : byIdNumber[hire.PersonIdNumber].PersonId, runDay);
    }

    // Offers lying open a week are brought back once: those employers are told again.
    var reminded = await read.ServiceProvider.GetRequiredService<HiringDbContext>().Offers.AsNoTracking().Where(o => o.RemindedAt >= started && o.OwnerEmployerId != "").Select(o => o.OwnerEmployerId).ToListAsync();
    remindersSent += reminded.Count;
    foreach (var employerId in made.Select(o => o.OwnerEmployerId).Concat(reminded).Distinct())
    {
        told++;
        if (random.Next(100) < acceptPercent)
        {
            Add(hallVisits, runDay.AddDays(random.Next(5)), [employerId]);
        }
    }
}

// The employer's agent opens the hall (the message's link) and accepts every open offer, confirming the account.
async Task VisitHallAsync(string employerId)
{
    visits++;
    var agent = TestCallers.EmployerAgent(employerId, "agent-" + employerId);
    foreach (var offer in (await client.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers.Where(o => o.State == OfferState.Open))
    {
        try
        {
            var claim = await client.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = Guid.NewGuid().ToString(), OfferId = offer.OfferId, PaymentAccount = "6222000000000000007" }, agent);
            // Answers show identity numbers masked; the simulation follows each hire by the claim's rows (its own bookkeeping).
            await using var read = hiring.Services.CreateAsyncScope();
            var hires = await read.ServiceProvider.GetRequiredService<HiringDbContext>().ClaimItems.AsNoTracking().Where(i => i.ClaimId == claim.ClaimId).ToDictionaryAsync(i => i.ItemNo, i => i.PersonId);
            var trace = new ClaimTrace(ChinaClock.DateOf(offer.OfferedAt.ToDateTimeOffset()), day,
                [.. claim.Items.Select(i => new ItemTrace(hires[i.ItemNo], EligibleOn(byPersonId[hires[i.ItemNo]]), firstOffered.GetValueOrDefault(hires[i.ItemNo], day), i.Amount.Fen))]);
            claims[claim.ClaimId] = trace;
            if (claim.Status == ClaimStatus.Approved)
            {
                trace.DecidedOn = day;
                approved.Add(claim.ClaimId);
            }
            else
            {
                Add(decisions, WorkingDaysAfter(day, 1 + random.Next(3)), [claim.ClaimId]);
            }
        }
        catch (RpcException e)
        {
            refusals++;
            Console.Error.WriteLine(Invariant($"{day:yyyy-MM-dd} accepting {offer.OfferId} of {byEmployerId[employerId].Name}: {e.StatusCode} {e.Status.Detail}"));
        }
    }
}

// The clerk of the city approves each item (the claim was judged when accepted; the clerk checks and decides).
async Task DecideAsync(string claimId)
{
    var claim = await client.GetClaimAsync(new GetClaimRequest { ClaimId = claimId }, counter);
    try
    {
        foreach (var item in claim.Items.Where(i => i.Status is ClaimStatus.Submitted or ClaimStatus.Unspecified))
        {
            claim = await client.DecideClaimItemAsync(new DecideClaimItemRequest { IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claimId, ExpectedVersion = claim.Record.Version, ItemNo = item.ItemNo, Approve = true }, counter);
        }

        claims[claimId].DecidedOn = day;
        if (claim.Status == ClaimStatus.Approved)
        {
            approved.Add(claimId);
        }
        else
        {
            claims[claimId].Refused = true;
        }
    }
    catch (RpcException e)
    {
        refusals++;
        claims[claimId].Refused = true;
        Console.Error.WriteLine(Invariant($"{day:yyyy-MM-dd} deciding {claimId}: {e.StatusCode} {e.Status.Detail}"));
    }
}

// The bank has paid; the clerk records it.
async Task PayAsync(string claimId)
{
    var claim = await client.GetClaimAsync(new GetClaimRequest { ClaimId = claimId }, counter);
    try
    {
        await paymentsClient.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = claimId,
            ExpectedVersion = claim.Record.Version,
            Payment = new PaymentMade { PaidOn = Date(day), Amount = claim.Total, PaymentReference = "SIM-" + claimId[^8..] },
        }, counter);
        claims[claimId].PaidOn = day;
    }
    catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
    {
        // Still on notice (or held): the clerk tries again the next day.
        Add(payments, day.AddDays(1), [claimId]);
    }
}

// The day a hire became owed: the first day the region's owed list showed it after a fact arrived.
DateOnly EligibleOn(SimulatedPerson p) => owedFrom.TryGetValue(p.PersonId, out var first) ? first : day;

// After a day's facts arrived: the region's owed list, as a clerk would ask for it, to date each hire's first day owed.
async Task ProbeOwedAsync()
{
    foreach (var item in (await OwedItemsAsync()).Where(i => i.Hire is not null))
    {
        owedFrom.TryAdd(item.Hire.PersonId, day);
    }
}

// What the region's owed list gives today for contracts of 2023, as a clerk of the city asks for it.
async Task<List<OwedSubsidy>> OwedItemsAsync()
{
    var items = new List<OwedSubsidy>();
    using var owed = client.ListOwedSubsidies(new ListOwedSubsidiesRequest { Region = new RegionCode { Code = "410800" }, ContractStarted = new DatePeriod { From = Date(new DateOnly(2023, 1, 1)), Until = Date(new DateOnly(2023, 12, 31)) } }, counter);
    await foreach (var page in owed.ResponseStream.ReadAllAsync())
    {
        items.AddRange(page.Employers.SelectMany(e => e.Items));
    }

    return items;
}

static DateOnly WorkingDaysAfter(DateOnly from, int count)
{
    var d = from;
    while (count > 0)
    {
        d = d.AddDays(1);
        if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            count--;
        }
    }

    return d;
}

static void Add<T>(SortedDictionary<DateOnly, T> plan, DateOnly on, IEnumerable<string> what)
    where T : ICollection<string>, new()
{
    if (!plan.TryGetValue(on, out var list))
    {
        plan[on] = list = new T();
    }

    foreach (var w in what)
    {
        list.Add(w);
    }
}

static void Stage(string name, IEnumerable<int> values)
{
    var list = values.Select(v => (double)v).ToList();
    Console.WriteLine(Invariant($"  {name,-26} median {Median(list),4:F0} days   p90 {Percentile(list, 0.9),4:F0}   min–max {list.Min():F0}–{list.Max():F0}"));
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double share)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];
}

// 09:00 in China on the day.
static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);

static CalendarDate Date(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };

static DateOnly Day(CalendarDate d) => new(d.Year, d.Month, d.Day);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

internal sealed record ItemTrace(string PersonId, DateOnly EligibleOn, DateOnly FirstOfferedOn, long Fen);

internal sealed record ClaimTrace(DateOnly OfferedOn, DateOnly AcceptedOn, List<ItemTrace> Items)
{
    public DateOnly? DecidedOn { get; set; }

    public DateOnly? BatchedOn { get; set; }

    public DateOnly? PaidOn { get; set; }

    public bool Refused { get; set; }
}
