using System.Collections.Concurrent;
using Employment.Common.V1;
using Employment.Loans.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FaultRun;

/// <summary>
/// Steady mixed traffic through the gateway, open loop: a call starts every 1/rate seconds whatever
/// the previous ones are doing (as callers outside do), in the mix eligibility, search, eligibility,
/// search, submission. Every call is recorded; a submission that fails on something other than a
/// refusal of its content is retried with the same idempotency key (up to 5 attempts, 1 s apart), and
/// every third submission is deliberately sent again with its key once answered, every fifth twice at
/// once (a double click), so that the database check can show no key ever made a second record.
/// </summary>
public sealed class Traffic(GatewayTarget gateway, int ratePerSecond) : IDisposable
{
    private static readonly CallKind[] Mix = [CallKind.Eligibility, CallKind.JobSearch, CallKind.Eligibility, CallKind.JobSearch, CallKind.Submission];
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(10);

    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(gateway.GrpcAddress);
    private readonly HttpClient _http = new() { BaseAddress = new Uri(gateway.HttpAddress), Timeout = CallDeadline };
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private long _submissions;
    private string _consent = "";

    public ConcurrentQueue<CallRecord> Calls { get; } = new();

    public SubmissionLedger Ledger { get; } = new();

    /// <summary>The product the submissions apply for: the first one the eligibility answer offers.</summary>
    public string ProductId { get; set; } = "";

    public async Task RunAsync(CancellationToken stop)
    {
        var interval = 1.0 / ratePerSecond;
        var start = RunClock.Now;
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            var wait = start + n * interval - RunClock.Now;
            if (wait > 0.001)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(wait), stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var call = Mix[n % Mix.Length] switch
            {
                CallKind.Eligibility => EligibilityAsync(),
                CallKind.JobSearch => SearchAsync(),
                _ => SubmissionAsync(Interlocked.Increment(ref _submissions)),
            };
            _inFlight.TryAdd(call, 0);
            _ = call.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
        }

        await Task.WhenAll(_inFlight.Keys);
    }

    /// <summary>
    /// The first eligibility answer, before the run: it must come, or nothing else will. Freshly
    /// started processes on a loaded machine answer their first call slowly, so it is asked again
    /// for up to two minutes.
    /// </summary>
    public async Task<EligibilityAnswer> FirstAnswerAsync()
    {
        var until = RunClock.Now + 120;
        while (true)
        {
            try
            {
                if (_consent.Length == 0)
                {
                    _consent = (await Client().RecordPaperConsentAsync(PaperConsent(), Bearer(gateway.CounterToken), DateTime.UtcNow.AddSeconds(30))).ConsentId;
                    Console.WriteLine($"  the borrower's paper consent to {GatewayTarget.BankCode}, recorded at the counter: {_consent}");
                }

                return await Client().QueryEligibilityAsync(Query(), Bearer(gateway.BankToken), DateTime.UtcNow.AddSeconds(30));
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.DeadlineExceeded or StatusCode.Unavailable && RunClock.Now < until)
            {
                Console.WriteLine($"  first eligibility query: {e.StatusCode}; asking again");
            }
        }
    }

    public void Dispose()
    {
        _channel.Dispose();
        _http.Dispose();
    }

    private StartupLoans.StartupLoansClient Client() => new(_channel);

    /// <summary>
    /// The status, marked "(client)" when no answer came from the gateway: the client's own channel
    /// failed the call (no connection, or grpc-dotnet's reconnect back-off after the gateway was gone),
    /// which grpc-dotnet reports with the transport's exception attached.
    /// </summary>
    private static string Outcome(RpcException e) =>
        e.Status.DebugException is null ? e.StatusCode.ToString() : $"{e.StatusCode}(client)";

    private static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    /// <summary>
    /// The borrower's signed paper consent to the bank's queries, as the counter records it before a bank may ask
    /// (the production shape holds no demo consent); valid for the next 30 days.
    /// </summary>
    private static RecordPaperConsentRequest PaperConsent()
    {
        var until = DateTime.UtcNow.AddHours(8).AddDays(30);
        return new RecordPaperConsentRequest
        {
            IdempotencyKey = $"fault-run-consent-{Guid.NewGuid():N}",
            Borrower = new Borrower { IdNumber = GatewayTarget.BorrowerIdNumber, Kind = BorrowerKind.Individual },
            BankCode = GatewayTarget.BankCode,
            ValidUntil = new CalendarDate { Year = until.Year, Month = until.Month, Day = until.Day },
            PaperReference = "故障演练授权书-1",
            Region = new RegionCode { Code = GatewayTarget.RegionCode },
        };
    }

    private EligibilityQuery Query() => new()
    {
        BankCode = GatewayTarget.BankCode,
        Borrower = new Borrower { IdNumber = GatewayTarget.BorrowerIdNumber, Kind = BorrowerKind.Individual },
        Region = new RegionCode { Code = GatewayTarget.RegionCode },
        IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
        RequestedAmount = new Money { Fen = 10_000_000 },
        ConsentReference = _consent,
    };

    private async Task EligibilityAsync()
    {
        var started = RunClock.Now;
        string outcome;
        try
        {
            await Client().QueryEligibilityAsync(Query(), Bearer(gateway.BankToken), DateTime.UtcNow + CallDeadline);
            outcome = "OK";
        }
        catch (RpcException e)
        {
            outcome = Outcome(e);
        }

        Calls.Enqueue(new CallRecord(CallKind.Eligibility, started, RunClock.Now, outcome));
    }

    private async Task SearchAsync()
    {
        var started = RunClock.Now;
        string outcome;
        try
        {
            using var response = await _http.GetAsync(new Uri("/v1/jobs/postings?query=%E4%BC%9A%E8%AE%A1&region.code=410800", UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            outcome = response.IsSuccessStatusCode ? "OK" : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            outcome = "transport";
        }

        Calls.Enqueue(new CallRecord(CallKind.JobSearch, started, RunClock.Now, outcome));
    }

    private async Task SubmissionAsync(long n)
    {
        var request = new SubmitApplicationRequest
        {
            IdempotencyKey = $"fault-run-{Guid.NewGuid():N}",
            Borrower = new Borrower { IdNumber = GatewayTarget.BorrowerIdNumber, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = GatewayTarget.RegionCode },
            ProductId = ProductId,
            BankCode = GatewayTarget.BankCode,
            RequestedAmount = new Money { Fen = 10_000_000 },
            TermMonths = 24,
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
        };
        Ledger.Sent(request.IdempotencyKey);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var answered = n % 5 == 0 && attempt == 1
                ? (await Task.WhenAll(SubmitOnceAsync(request), SubmitOnceAsync(request))).Any(ok => ok)
                : await SubmitOnceAsync(request);
            if (answered)
            {
                if (n % 3 == 0)
                {
                    await SubmitOnceAsync(request);
                }

                return;
            }

            if (Ledger.Refused(request.IdempotencyKey))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>One attempt; true when answered OK (the answer goes to the ledger).</summary>
    private async Task<bool> SubmitOnceAsync(SubmitApplicationRequest request)
    {
        var started = RunClock.Now;
        try
        {
            var application = await Client().SubmitApplicationAsync(request, Bearer(gateway.CounterToken), DateTime.UtcNow + CallDeadline);
            Calls.Enqueue(new CallRecord(CallKind.Submission, started, RunClock.Now, "OK"));
            Ledger.Answered(request.IdempotencyKey, application.ApplicationId);
            return true;
        }
        catch (RpcException e)
        {
            Calls.Enqueue(new CallRecord(CallKind.Submission, started, RunClock.Now, Outcome(e)));
            // A refusal of the request itself is final; anything else is worth the same key again.
            if (e.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.PermissionDenied or StatusCode.Unauthenticated or StatusCode.NotFound)
            {
                Ledger.Refuse(request.IdempotencyKey, e.Status.Detail);
            }

            return false;
        }
    }
}
