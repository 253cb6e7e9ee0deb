using System.Globalization;
using FaultRun;

// The fault run: tests/benchmarks/fault-run.sh starts the production shape and runs this.
//   FaultRun <run-dir> <run-production.sh> [calls per second, 30] [seconds before each fault, 20]
//            [seconds a killed process stays down, 10] [seconds after each fault, 25] [minimum warm-up seconds, 60]
// It prints figures and never fails on time; it fails only when the shape does not answer at all.
// BENCH_SMOKE=1 (fault-run.sh's smoke mode): the copy kill alone and no restore drill, to show the run still runs.
var run = args[0];
var script = new ProductionScript(args[1]);
int Setting(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var rate = Setting(2, 30);
var before = TimeSpan.FromSeconds(Setting(3, 20));
var hold = TimeSpan.FromSeconds(Setting(4, 10));
var after = TimeSpan.FromSeconds(Setting(5, 25));
var warmUp = TimeSpan.FromSeconds(Setting(6, 60));
var smoke = Environment.GetEnvironmentVariable("BENCH_SMOKE") == "1";

var gateway = GatewayTarget.Read(Path.Combine(run, "tokens.env"));
using var traffic = new Traffic(gateway, rate);
var first = await traffic.FirstAnswerAsync();
traffic.ProductId = first.Offers[0].ProductId;
Console.WriteLine($"fault run: {rate} calls/s through {gateway.GrpcAddress} (gRPC) and {gateway.HttpAddress} (REST): 2/5 bank eligibility queries, 2/5 public job searches, 1/5 counter submissions ({traffic.ProductId}) with idempotency keys");
Console.WriteLine($"  every 3rd submission is sent again with its key once answered, every 5th twice at once; a failed one is retried with its key (5 attempts, 1 s apart)");

using var stop = new CancellationTokenSource();
var load = traffic.RunAsync(stop.Token);
Console.WriteLine($"warm-up: at least {warmUp.TotalSeconds} s, then until every leg's last {WarmUp.LastCallsOk} calls answer OK (at most 5 min more)");
Console.WriteLine("  " + await WarmUp.WaitAsync(traffic.Calls, warmUp, warmUp + TimeSpan.FromMinutes(5)));
Console.Out.Flush();
var warmEnd = RunClock.Now;

var faults = new List<FaultTimes>();
var recoveries = new List<string>();
// Each fault's figures as soon as its after-window ends (the calls still in flight then are left out),
// so a run cut short still reports the faults it got through.
void PrintFault(FaultTimes fault, List<CallRecord> calls)
{
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fault.Plan.Name}: down to answering again in {fault.Healed - fault.Injected:F1} s"));
    var inFlight = calls.Where(c => c.Started < fault.Injected && c.Ended >= fault.Injected).ToList();
    Console.WriteLine(new Phase("before", fault.Before, fault.Injected, calls.Where(c => c.Started >= fault.Before && c.Ended < fault.Injected).ToList()).Row());
    Console.WriteLine(new Phase("during", fault.Injected, fault.Healed, [.. inFlight, .. calls.Where(c => c.Started >= fault.Injected && c.Started <= fault.Healed)], inFlight.Count(c => !c.Ok)).Row());
    Console.WriteLine(new Phase("after", fault.Healed, fault.After, calls.Where(c => c.Started > fault.Healed && c.Started <= fault.After).ToList()).Row());
    var lastFailure = calls.Where(c => !c.Ok && c.Started >= fault.Injected && c.Started <= fault.After).Select(c => c.Started).DefaultIfEmpty(double.NaN).Max();
    Console.WriteLine(double.IsNaN(lastFailure)
        ? "  no call started after the fault failed"
        : string.Create(CultureInfo.InvariantCulture, $"  last failed call started {lastFailure - fault.Healed:+0.00;-0.00} s from the heal ({lastFailure - fault.Injected:F2} s after the fault began)"));
    if (fault.Plan.LosesPrimary)
    {
        recoveries.ForEach(Console.WriteLine);
        // Each leg as the callers see it: from the kill to the start of the last call of that leg that
        // failed, so the seconds until every leg answers again (none: no call of the leg failed).
        foreach (var kind in Enum.GetValues<CallKind>())
        {
            var lastFailed = calls.Where(c => c.Kind == kind && !c.Ok && c.Started >= fault.Injected && c.Started <= fault.After).Select(c => c.Started).DefaultIfEmpty(double.NaN).Max();
            Console.WriteLine(double.IsNaN(lastFailed)
                ? $"    leg {kind,-12} no call failed"
                : string.Create(CultureInfo.InvariantCulture, $"    leg {kind,-12} answering again {lastFailed - fault.Injected:F2} s after the kill (its last failed call began then; {lastFailed - fault.Healed:+0.00;-0.00} s from the new primary)"));
        }
    }

    Console.Out.Flush();
}

foreach (var plan in smoke ? FaultPlan.Smoke(hold) : FaultPlan.Standard(hold))
{
    var from = RunClock.Now;
    await Task.Delay(before);
    Console.WriteLine($"fault: {plan.Name}");
    // When the script says when it acted (a kill), that moment, not the script's start, divides the calls
    // in flight at the fault from those begun after it.
    var injected = RunClock.Now;
    injected = RunClock.FromScriptLine(await script.RunAsync(plan.Inject)) ?? injected;
    if (plan.Heal is { } heal)
    {
        await Task.Delay(plan.Hold);
        await script.RunAsync(heal);
    }

    var healed = RunClock.Now;
    if (plan.LosesPrimary)
    {
        recoveries.Clear();
        var copies = RecoveryProbe.Read(Path.Combine(run, "addresses"));
        foreach (var (process, seconds) in await RecoveryProbe.WaitForAllAsync(copies, TimeSpan.FromSeconds(60)))
        {
            recoveries.Add(string.Create(CultureInfo.InvariantCulture, $"    {process,-22} SERVING {seconds + healed - injected:F2} s after the kill ({seconds:F2} s after the new primary)"));
        }
    }

    await Task.Delay(after);
    var times = new FaultTimes(plan, from, injected, healed, RunClock.Now);
    faults.Add(times);
    PrintFault(times, [.. traffic.Calls]);
    if (plan.Rejoin is { } rejoin)
    {
        await script.RunAsync(rejoin);
    }
}

if (!smoke)
{
    await RestoreDrill.RunAsync(script, run, traffic.Ledger, TimeSpan.FromSeconds(15), 7432 + int.Parse(Environment.GetEnvironmentVariable("PORT_OFFSET") ?? "0", CultureInfo.InvariantCulture));
}

await stop.CancelAsync();
await load;

var calls = traffic.Calls.ToList();
var ended = RunClock.Now;
Console.WriteLine();
Console.WriteLine($"Whole run: figures (a loaded 2-core machine shared with other builds: compare phases within this run, not with other runs)");
Console.WriteLine(new Phase("all", warmEnd, ended, calls.Where(c => c.Started >= warmEnd).ToList()).Row().Replace("  all    ", "  all run", StringComparison.Ordinal));
foreach (var kind in Enum.GetValues<CallKind>())
{
    Console.WriteLine(new Phase(kind.ToString(), warmEnd, ended, calls.Where(c => c.Started >= warmEnd && c.Kind == kind).ToList()).Row());
}

Console.WriteLine();
Console.WriteLine("Submissions in PostgreSQL afterwards (database loans):");
foreach (var line in await SubmissionCount.CheckAsync(SubmissionCount.LoansConnection(run), traffic.Ledger))
{
    Console.WriteLine(line);
}
