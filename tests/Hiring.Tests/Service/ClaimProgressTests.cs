using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 办理进度 for hiring claims over real gRPC on PostgreSQL: SubmitClaim's first answer tells
/// the 查询码 once; anyone with the claim_id and that code follows the claim anonymously and sees the
/// masked summary (state, each item's decision with the reason, identity numbers masked), never the
/// credit code, a person's number or an amount; an unknown claim, a wrong code and a missing code are
/// one and the same NOT_FOUND.
/// </summary>
public sealed class ClaimProgressTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    /// <summary>The first answer as a retry or a read must equal it: with no code (after checking it had one).</summary>
    public static HiringClaim WithoutCode(HiringClaim first)
    {
        ArgumentNullException.ThrowIfNull(first);
        Assert.Equal(ProgressCodes.Length, first.ProgressCode.Length);
        var rest = first.Clone();
        rest.ProgressCode = "";
        return rest;
    }

    /// <summary>
    /// A read of an open claim as the write answered it: a read adds the 办结时限 counted to today (checked to be there),
    /// which a write's stored answer does not carry.
    /// </summary>
    public static HiringClaim AsWritten(HiringClaim read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Assert.NotNull(read.TimeLimit);
        var rest = read.Clone();
        rest.TimeLimit = null;
        return rest;
    }

    [Fact(Timeout = 60_000)]
    public async Task The_code_is_told_once_and_opens_the_masked_progress_of_the_claim()
    {
        var counter = TestCallers.Counter();
        var employer = await host.EmployerAsync();
        var request = Of(SubsidyKind.JobExpansion, employer,
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired),
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired));
        var first = await host.Hiring.SubmitClaimAsync(request, counter);
        var retried = await host.Hiring.SubmitClaimAsync(request, counter);

        Assert.Matches($"^[{ProgressCodes.Alphabet}]{{{ProgressCodes.Length}}}$", first.ProgressCode);
        Assert.Equal("", retried.ProgressCode);

        var taken = await host.Cases.GetApplicationProgressAsync(new ApplicationProgressRequest { Reference = first.ClaimId, Code = first.ProgressCode.ToLowerInvariant() }, TestCallers.Public());
        Assert.Equal(first.ClaimId, taken.Reference);
        Assert.Equal("一次性扩岗补助申请", taken.KindZh);
        Assert.Equal(("SUBMITTED", "已受理", false), (taken.State, taken.StateZh, taken.Closed));
        Assert.Equal("", taken.NameMasked); // an employer's claim names no person
        Assert.Equal(["SUBMITTED"], taken.History.Select(h => h.State));

        var half = await host.Hiring.DecideClaimItemAsync(Decide(first, 1, approve: true, reason: "", version: first.Record.Version), counter);
        var person = request.Hires[1].PersonIdNumber;
        await host.Hiring.DecideClaimItemAsync(Decide(half, 2, approve: false, reason: $"{person} 劳动合同未满一年", version: half.Record.Version), counter);

        var decided = await host.Cases.GetApplicationProgressAsync(new ApplicationProgressRequest { Reference = first.ClaimId, Code = first.ProgressCode }, TestCallers.Public());
        Assert.Equal(("APPROVED", "审核通过"), (decided.State, decided.StateZh));
        Assert.Equal(["SUBMITTED", "APPROVED", "REJECTED"], decided.History.Select(h => h.State));
        Assert.Equal("第 1 项", decided.History[1].NoteZh);
        Assert.StartsWith("第 2 项：", decided.History[2].NoteZh, StringComparison.Ordinal);
        Assert.Contains("劳动合同未满一年", decided.History[2].NoteZh, StringComparison.Ordinal);
        // Never the person's number (not even masked beyond the history's own masking), the credit code or an amount.
        var everything = decided.ToString();
        Assert.DoesNotContain(person, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(employer, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("fen", everything, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_unknown_claim_a_wrong_code_and_no_code_are_the_same_NOT_FOUND_and_no_reference_is_named()
    {
        var employer = await host.EmployerAsync();
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(await host.YouthHiredByAsync(employer, Hired), Hired)), TestCallers.Counter());
        var wrongCode = claim.ProgressCode == "ABCDEFGH" ? "ABCDEFGJ" : "ABCDEFGH";

        async Task<RpcException> Refused(string reference, string code) =>
            await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetApplicationProgressAsync(new ApplicationProgressRequest { Reference = reference, Code = code }, TestCallers.Public()).ResponseAsync);

        var wrong = await Refused(claim.ClaimId, wrongCode);
        var none = await Refused(claim.ClaimId, "");
        var unknown = await Refused("H-no-such-claim", claim.ProgressCode);
        var noReference = await Refused("", claim.ProgressCode);

        Assert.All([wrong, none, unknown], e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.Equal(wrong.Status.Detail, none.Status.Detail);
        Assert.Equal(wrong.Status.Detail, unknown.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, noReference.StatusCode);
        Assert.Contains("reference", noReference.Said(), StringComparison.Ordinal);
    }

    private static DecideClaimItemRequest Decide(HiringClaim claim, int itemNo, bool approve, string reason, long version) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ClaimId = claim.ClaimId,
        ExpectedVersion = version,
        ItemNo = itemNo,
        Approve = approve,
        ReasonZh = reason,
    };
}
