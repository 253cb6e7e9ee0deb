using Employment.Gateway.Pipeline;
using Employment.ServiceDefaults;
using Google.Protobuf.Reflection;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// the gateway sends a call lost by a dying copy to another copy only when the contract
/// declares it safe to repeat (<c>idempotency_level</c>). The declarations must be true: a read never
/// carries an idempotency key, a write declared IDEMPOTENT is made once per key, and every RPC of the
/// service run in two copies says which it is, so a new one cannot be forgotten.
/// </summary>
public sealed class ResendableMethodsTests
{
    private static readonly IReadOnlyList<MethodDescriptor> Methods =
        [.. ContractDescriptors.Files.SelectMany(f => f.Services).SelectMany(s => s.Methods)];

    private static MethodOptions.Types.IdempotencyLevel Level(MethodDescriptor method) =>
        method.GetOptions()?.IdempotencyLevel ?? MethodOptions.Types.IdempotencyLevel.IdempotencyUnknown;

    private static bool CarriesIdempotencyKey(MethodDescriptor method) => method.InputType.FindFieldByName("idempotency_key") is not null;

    /// <summary>
    /// A write whose request states the whole outcome, so the same request twice leaves what once does: a
    /// risk signal's hold (稽核暂停发放) sets "held by this signal" or "not held by it" on the records it names.
    /// </summary>
    private static bool StatesItsOutcome(MethodDescriptor method) => method.InputType.FullName == "employment.common.v1.PaymentHoldRequest";

    [Fact]
    public void Every_StartupLoans_RPC_declares_whether_it_may_be_sent_again()
    {
        var loans = Methods.Where(m => m.Service.FullName == "employment.loans.v1.StartupLoans").ToList();

        Assert.NotEmpty(loans);
        Assert.All(loans, m => Assert.True(Level(m) != MethodOptions.Types.IdempotencyLevel.IdempotencyUnknown, $"{m.FullName} declares no idempotency_level"));
    }

    [Fact]
    public void No_RPC_declared_NO_SIDE_EFFECTS_takes_an_idempotency_key_as_a_write_would()
    {
        var reads = Methods.Where(m => Level(m) == MethodOptions.Types.IdempotencyLevel.NoSideEffects).ToList();

        Assert.NotEmpty(reads);
        Assert.All(reads, m => Assert.False(CarriesIdempotencyKey(m), $"{m.FullName} is declared NO_SIDE_EFFECTS but takes an idempotency key"));
    }

    [Fact]
    public void An_RPC_declared_IDEMPOTENT_is_a_write_made_once_per_key_one_stating_its_outcome_or_the_logged_eligibility_query()
    {
        var repeatable = Methods.Where(m => Level(m) == MethodOptions.Types.IdempotencyLevel.Idempotent).ToList();

        Assert.Contains(repeatable, m => m.FullName == "employment.loans.v1.StartupLoans.SubmitApplication");
        Assert.All(repeatable, m => Assert.True(CarriesIdempotencyKey(m) || StatesItsOutcome(m) || m.FullName == "employment.loans.v1.StartupLoans.QueryEligibility",
            $"{m.FullName} is declared IDEMPOTENT without an idempotency key"));
    }

    [Fact]
    public void The_gateway_resends_exactly_the_unary_RPCs_so_declared()
    {
        var declared = Methods.Where(m => Level(m) != MethodOptions.Types.IdempotencyLevel.IdempotencyUnknown && !m.IsClientStreaming && !m.IsServerStreaming)
            .Select(m => $"/{m.Service.FullName}/{m.Name}").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(declared.Order(StringComparer.Ordinal), ResendableMethods.Shared.Paths.Order(StringComparer.Ordinal));
        Assert.True(ResendableMethods.Shared.Contains("/employment.loans.v1.StartupLoans/QueryEligibility"));
        Assert.False(ResendableMethods.Shared.Contains("/employment.jobs.v1.JobMatching/WithdrawPosting"));
    }
}
