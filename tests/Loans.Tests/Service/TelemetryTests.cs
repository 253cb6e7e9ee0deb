using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Employment.ServiceDefaults.Telemetry;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// "OpenTelemetry": a bank's call continues the caller's trace through the loans service to
/// the registry (gRPC over HttpClient) and to PostgreSQL (Npgsql), and every RPC is counted by
/// service, method and gRPC status.
/// </summary>
public sealed class TelemetryTests(PostgresLoansHost host) : IClassFixture<PostgresLoansHost>
{
    private const string Bank = "OTEL-BANK-01";

    [Fact(Timeout = 240_000)]
    public async Task A_bank_query_is_one_trace_from_the_caller_through_the_registry_to_PostgreSQL()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        using var trace = new CallerTrace();
        var traceId = trace.TraceId;
        var seen = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.TraceId == traceId)
                {
                    seen.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var headers = TestCallers.Bank(Bank);
        var query = Query(id, D(2023, 4, 1), 8 * Wan);
        query.BankCode = Bank;
        await host.QueryWithConsentAsync(query, headers);
        // The server span stops after the answer has been written, so the client may see the answer first.
        await Recorded(() => seen.Any(a => a.Source.Name == "Microsoft.AspNetCore" && a.DisplayName.Contains("QueryEligibility", StringComparison.Ordinal)));

        var sources = seen.Select(a => a.Source.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Microsoft.AspNetCore", sources);   // the loans service's (and the registry's) server spans
        Assert.Contains("System.Net.Http", sources);        // the loans service calling the registry
        Assert.Contains("Npgsql", sources);                 // the loans service reading the borrower's loans
        Assert.Contains(seen, a => a.Source.Name == "Microsoft.AspNetCore" && a.DisplayName.Contains("QueryEligibility", StringComparison.Ordinal));
    }

    [Fact(Timeout = 240_000)]
    public async Task Every_RPC_is_measured_by_service_method_and_grpc_status()
    {
        var recorded = new ConcurrentQueue<(string Method, int Status)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RpcMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            string? method = null;
            var status = -1;
            foreach (var tag in tags)
            {
                if (tag.Key == "rpc.method")
                {
                    method = tag.Value as string;
                }
                else if (tag.Key == "rpc.grpc.status_code")
                {
                    status = (int)tag.Value!;
                }
            }

            recorded.Enqueue((method ?? "", status));
        });
        meters.Start();

        var query = Query("410802199001011236", D(2023, 4, 1), 8 * Wan);
        query.BankCode = Bank;
        // No token: refused before the handler, and still counted with its status.
        await Assert.ThrowsAsync<RpcException>(() => host.Loans.QueryEligibilityAsync(query).ResponseAsync);
        await Recorded(() => recorded.Any(r => r.Method == "QueryEligibility"));

        Assert.Contains(recorded, r => r.Method == "QueryEligibility" && r.Status == (int)StatusCode.Unauthenticated);
    }

    /// <summary>Waits for what the server records after the client already has its answer.</summary>
    private static Task Recorded(Func<bool> condition) => Employment.TestInfrastructure.Eventually.HoldsAsync(condition, "the call recorded");
}
