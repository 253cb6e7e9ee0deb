namespace FaultRun;

/// <summary>What a call was.</summary>
public enum CallKind
{
    /// <summary>A bank's QueryEligibility (gRPC, bank token).</summary>
    Eligibility,

    /// <summary>A counter's SubmitApplication with an idempotency key (gRPC, counter token); retries reuse the key.</summary>
    Submission,

    /// <summary>A job seeker's GET /v1/jobs/postings (REST, no token).</summary>
    JobSearch,
}

/// <summary>
/// One call as the client saw it: when it started and ended (seconds since the run began) and how it
/// ended — "OK", a gRPC status name ("Unavailable"), "HTTP 503", or "transport" when no answer came.
/// </summary>
public sealed record CallRecord(CallKind Kind, double Started, double Ended, string Outcome)
{
    public bool Ok => Outcome == "OK";

    public double LatencyMs => (Ended - Started) * 1000;
}
