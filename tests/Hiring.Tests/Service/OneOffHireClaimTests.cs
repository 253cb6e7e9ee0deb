using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 一次性吸纳就业补贴 and 一次性扩岗补助 (焦政办〔2023〕36号（四）（十一）, R9) over real gRPC on
/// PostgreSQL: the amount, the contract length, the policy's first and last days, the region, and bad input.
/// </summary>
public sealed class OneOffHireClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly March2023 = new(2023, 3, 1);

    [Fact(Timeout = 60_000)]
    public async Task R9_Jz36_11_absorption_pays_the_catalog_1000_yuan_per_hire_and_each_item_explains_itself()
    {
        var employer = await host.EmployerAsync();
        var first = await host.YouthHiredByAsync(employer, March2023);
        var second = await host.YouthHiredByAsync(employer, March2023.AddMonths(2));
        var request = Of(SubsidyKind.Absorption, employer, Hire(first, March2023), Hire(second, March2023.AddMonths(2), new DateOnly(2025, 4, 30)));

        var preview = await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter());
        var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());

        Assert.Equal(ClaimStatus.Preview, preview.Status);
        Assert.Equal(200_000, preview.Total.Fen);
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.StartsWith("H", claim.ClaimId, StringComparison.Ordinal);
        Assert.Equal(200_000, claim.Total.Fen);
        Assert.Equal("410802", claim.Region.Code);
        Assert.Equal([1, 2], claim.Items.Select(i => i.ItemNo));
        Assert.All(claim.Items, item =>
        {
            Assert.True(item.Approved);
            Assert.Equal(100_000, item.Amount.Fen);
            Assert.Equal(ClaimStatus.Submitted, item.Status);
            Assert.Contains("********", item.PersonIdNumber, StringComparison.Ordinal);
            Assert.Equal("招***人", item.NameMasked);
            Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.absorption.contract_min_months" && c.Passed);
            Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.absorption.insured_schemes" && c.Passed);
            Assert.All(item.Explanation.Checks, c => Assert.NotEmpty(c.Citations));
            Assert.Equal("（十一）", item.Explanation.Checks.Single(c => c.RuleId == "hiring.absorption.policy_in_force").Citations.Single().Clause);
        });
        Assert.Equal(HiringHost.Date(March2023.AddMonths(2)), claim.Items[1].EventDate);
        Assert.True(claim.Items[0].Hire.OpenEnded);
        Assert.Equal(HiringHost.Date(new DateOnly(2025, 4, 30)), claim.Items[1].Hire.ContractEnd);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(2024, 1, 31, false)] // 2023-03-01 … 2024-01-31: 11 months
    [InlineData(2024, 2, 29, true)]  // 2023-03-01 … 2024-02-29: 12 months
    public async Task Jz36_11_absorption_needs_a_contract_of_12_months_and_11_is_refused_naming_the_rule(int year, int month, int day, bool paid)
    {
        var employer = await host.EmployerAsync();
        var id = await host.YouthHiredByAsync(employer, March2023);
        var request = Of(SubsidyKind.Absorption, employer, Hire(id, March2023, new DateOnly(year, month, day)));

        var preview = await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter());
        var check = preview.Items.Single().Explanation.Checks.Single(c => c.RuleId == "hiring.absorption.contract_min_months");
        Assert.Equal(paid, preview.Items.Single().Approved);
        Assert.Equal(paid, check.Passed);
        Assert.Contains(check.FactsUsed, f => f.Value == (paid ? "12个月" : "11个月"));
        if (paid)
        {
            Assert.Equal(100_000, (await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter())).Total.Fen);
            return;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hires[0]", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.absorption.contract_min_months", refused.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(2022, 12, 31, false)]
    [InlineData(2023, 1, 1, true)]
    [InlineData(2023, 12, 31, true)]
    [InlineData(2024, 1, 1, false)]
    public async Task R1_Jz36_4_a_contract_start_outside_2023_finds_no_policy_and_inside_is_paid(int year, int month, int day, bool inForce)
    {
        var start = new DateOnly(year, month, day);
        var employer = await host.EmployerAsync();
        var id = await host.YouthHiredByAsync(employer, start, registeredFrom: new DateOnly(2022, 6, 1));

        var preview = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.JobExpansion, employer, Hire(id, start)), TestCallers.Counter());

        var item = preview.Items.Single();
        Assert.Equal(inForce, item.PolicyInForce);
        Assert.Equal(inForce, item.Approved);
        Assert.Equal(inForce ? 100_000 : 0, item.Amount.Fen);
        Assert.Equal(inForce, item.Explanation.Checks.Single(c => c.RuleId == "hiring.expansion.policy_in_force").Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R27_a_Jiyuan_employer_finds_no_policy_for_either_subsidy_and_its_claim_is_refused()
    {
        var employer = await host.EmployerAsync(region: "419001", name: "济源示范区示例有限公司");
        var id = await host.YouthHiredByAsync(employer, March2023);
        var jiyuan = TestCallers.Counter("419001");

        var absorption = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, March2023)), jiyuan);
        var expansion = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.JobExpansion, employer, Hire(id, March2023)), jiyuan);
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, March2023)), jiyuan).ResponseAsync);
        var jiaozuoCounter = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, March2023)), TestCallers.Counter()).ResponseAsync);

        Assert.All([absorption.Items.Single(), expansion.Items.Single()], item =>
        {
            Assert.False(item.PolicyInForce);
            Assert.False(item.Approved);
            Assert.Equal(0, item.Amount.Fen);
        });
        Assert.Equal("419001", absorption.Region.Code);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.absorption.policy_in_force", refused.Said(), StringComparison.Ordinal);
        Assert.Contains(jiaozuoCounter.StatusCode, new[] { StatusCode.PermissionDenied, StatusCode.NotFound });
    }

    [Fact(Timeout = 60_000)]
    public async Task An_unknown_employer_is_NOT_FOUND_and_a_contract_ending_before_it_starts_is_INVALID_ARGUMENT_naming_the_field()
    {
        var employer = await host.EmployerAsync();
        var id = await host.YouthHiredByAsync(employer, March2023);
        const string unregistered = "91410802MA00000000";
        var unknownCode = TestCreditCodes.Of("91410802", 77665544);

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, unknownCode, Hire(id, March2023)), TestCallers.Counter()).ResponseAsync);
        var badCode = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, unregistered, Hire(id, March2023)), TestCallers.Counter()).ResponseAsync);
        var backwards = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, March2023), Hire(id, March2023, March2023.AddDays(-1))), TestCallers.Counter()).ResponseAsync);
        var unknownPerson = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, employer, Hire("410823200003109998", March2023)), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("申请单位", unknown.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, badCode.StatusCode);
        Assert.Contains("employer.credit_code", badCode.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, backwards.StatusCode);
        Assert.Contains("field: hires[1].contract_end", backwards.Said(), StringComparison.Ordinal);
        Assert.Contains(unknownPerson.StatusCode, new[] { StatusCode.NotFound, StatusCode.InvalidArgument });
        Assert.Contains("hires[0].person_id_number", unknownPerson.Said(), StringComparison.Ordinal);
        var listed = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer } }, TestCallers.Counter());
        Assert.Empty(listed.Claims);
    }
}
