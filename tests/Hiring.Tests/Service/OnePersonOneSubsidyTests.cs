using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// R9 (焦政办〔2023〕36号（四）): a person brings an employer one of 吸纳 or 扩岗, once, ever — a second
/// claim by any employer is refused naming the first claim and the clause, also when two employers
/// submit at the same moment (the database's unique index decides, on PostgreSQL).
/// </summary>
public sealed class OnePersonOneSubsidyTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 5, 1);

    [Fact(Timeout = 60_000)]
    public async Task R9_Jz36_4_absorption_after_expansion_by_another_employer_is_refused_with_the_first_reference_until_that_item_is_rejected()
    {
        var first = await host.EmployerAsync();
        var second = await host.EmployerAsync(name: "焦作示例商贸有限公司");
        var id = await host.YouthHiredByAsync(first, Hired);
        await host.AlsoInsuredByAsync(id, second, Hired.AddMonths(1));
        var expansion = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, first, Hire(id, Hired)), TestCallers.Counter());
        var absorption = Of(SubsidyKind.Absorption, second, Hire(id, Hired.AddMonths(1)));

        var preview = await host.Hiring.PreviewClaimAsync(absorption, TestCallers.Counter());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(absorption, TestCallers.Counter()).ResponseAsync);

        var item = preview.Items.Single();
        Assert.False(item.Approved);
        Assert.Equal(expansion.ClaimId, item.ConflictingClaimReference);
        Assert.False(item.Explanation.Checks.Single(c => c.RuleId == "hiring.absorption.not_with_expansion").Passed);
        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(expansion.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("36号", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.absorption.not_with_expansion", refused.Said(), StringComparison.Ordinal);

        // Rejected at review, the expansion item no longer stands: the person is free for the other claim.
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = expansion.ClaimId,
            ExpectedVersion = expansion.Record.Version,
            ItemNo = 1,
            Approve = false,
            ReasonZh = "劳动合同复印件与原件不符",
        }, TestCallers.Counter());
        absorption.IdempotencyKey = Guid.NewGuid().ToString();
        var accepted = await host.Hiring.SubmitClaimAsync(absorption, TestCallers.Counter());
        Assert.Equal(100_000, accepted.Total.Fen);
    }

    [Fact(Timeout = 60_000)]
    public async Task R9_a_claim_taken_as_the_employer_insists_refuses_the_item_held_elsewhere_at_once_holding_nothing_and_the_rest_wait_for_the_clerk()
    {
        var first = await host.EmployerAsync();
        var second = await host.EmployerAsync(name: "焦作示例商贸有限公司");
        var held = await host.YouthHiredByAsync(first, Hired);
        await host.AlsoInsuredByAsync(held, second, Hired.AddMonths(1));
        var free = await host.YouthHiredByAsync(second, Hired.AddMonths(1));
        var expansion = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, first, Hire(held, Hired)), TestCallers.Counter());
        var absorption = Of(SubsidyKind.Absorption, second, Hire(free, Hired.AddMonths(1)), Hire(held, Hired.AddMonths(1)));
        absorption.Insisted = true;
        var clerk = TestCallers.Counter(clerk: "JZ-INSIST-02");

        var taken = await host.Hiring.SubmitClaimAsync(absorption, clerk);

        Assert.Equal(ClaimStatus.Submitted, taken.Status);
        Assert.Equal([ClaimStatus.Submitted, ClaimStatus.Rejected], taken.Items.Select(i => i.Status));
        Assert.Equal(100_000, taken.Total.Fen);
        Assert.StartsWith("受理时审查不符合申请条件，申请人坚持申请", taken.Items[1].DecisionReasonZh, StringComparison.Ordinal);
        // The refused item holds nothing: the expansion claim still holds the person, and its rejection frees them for a new claim.
        var again = Of(SubsidyKind.Absorption, second, Hire(held, Hired.AddMonths(1)));
        var stillHeld = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(again, TestCallers.Counter()).ResponseAsync);
        Assert.Contains(expansion.ClaimId, stillHeld.Said(), StringComparison.Ordinal);

        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = taken.ClaimId, ExpectedVersion = taken.Record.Version, ItemNo = 1, Approve = true,
        }, TestCallers.Counter(clerk: "JZ-INSIST-03"));
        var letter = await host.Cases.GetDecisionLetterAsync(new Employment.Common.V1.GetDecisionLetterRequest { Reference = taken.ClaimId }, TestCallers.Counter());
        Assert.Equal(Employment.Common.V1.LetterOutcome.PartlyApproved, letter.Outcome);
        var refused = Assert.Single(letter.Lines, l => !l.Approved);
        Assert.Contains(refused.Unmet, u => u.Basis.Any(c => c.DocumentNumber.Contains("36号", StringComparison.Ordinal)));
        Assert.NotEmpty(letter.RemedyZh);
    }

    [Fact(Timeout = 60_000)]
    public async Task R9_Jz36_4_the_same_employer_cannot_claim_the_same_person_twice_for_the_same_subsidy()
    {
        var employer = await host.EmployerAsync();
        var id = await host.YouthHiredByAsync(employer, Hired);
        var first = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, Hired)), TestCallers.Counter());

        var again = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, Hired)), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.Contains(first.ClaimId, again.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.absorption.once_per_person", again.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 90_000)]
    public async Task R9_on_PostgreSQL_two_employers_concurrent_claims_for_one_person_store_one_and_the_others_name_it()
    {
        var first = await host.EmployerAsync();
        var second = await host.EmployerAsync(name: "焦作示例物流有限公司");
        var id = await host.YouthHiredByAsync(first, Hired);
        await host.AlsoInsuredByAsync(id, second, Hired);
        // The second employer pays the person's insurance too (a second job), so both claims pass the in-memory rules.
        var requests = Enumerable.Range(0, 6)
            .Select(i => i % 2 == 0 ? Of(SubsidyKind.Absorption, first, Hire(id, Hired)) : Of(SubsidyKind.JobExpansion, second, Hire(id, Hired)))
            .ToList();
        var previews = await Task.WhenAll(requests.Take(2).Select(r => host.Hiring.PreviewClaimAsync(r, TestCallers.Counter()).ResponseAsync));
        Assert.All(previews, p => Assert.True(p.Items.Single().Approved));

        var attempts = await Task.WhenAll(requests.Select(async request =>
        {
            try
            {
                return (Answer: (HiringClaim?)await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync, Refusal: (RpcException?)null);
            }
            catch (RpcException e)
            {
                return (Answer: null, Refusal: (RpcException?)e);
            }
        }));

        var stored = Assert.Single(attempts, a => a.Answer is not null).Answer!;
        Assert.All(attempts.Where(a => a.Refusal is not null).Select(a => a.Refusal!), refusal =>
        {
            Assert.Equal(StatusCode.AlreadyExists, refusal.StatusCode);
            Assert.Contains(stored.ClaimId, refusal.Said(), StringComparison.Ordinal);
            Assert.Contains("R9", refusal.Said(), StringComparison.Ordinal);
        });
    }
}
