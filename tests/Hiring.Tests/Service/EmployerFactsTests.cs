using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// R17 (焦政办〔2023〕36号（十七）): an individual business claims 吸纳 / 扩岗 only when insured as a unit
/// and with employees — facts the registry does not record, so the clerk states them with the evidence
/// seen.
/// </summary>
public sealed class EmployerFactsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 8, 1);

    [Fact(Timeout = 60_000)]
    public async Task R17_Jz36_17_an_individual_business_is_paid_only_when_insured_as_a_unit_with_employees_stated_with_evidence()
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例小吃店");
        var id = await host.YouthHiredByAsync(shop, Hired);
        var unstated = Of(SubsidyKind.JobExpansion, shop, Hire(id, Hired));
        var noEvidence = unstated.Clone();
        noEvidence.IndividualBusiness = new IndividualBusinessEvidence { InsuredAsUnit = true, HasEmployees = true };
        var stated = unstated.Clone();
        stated.IndividualBusiness = new IndividualBusinessEvidence { InsuredAsUnit = true, HasEmployees = true, EvidenceReference = "单位参保登记号 4108020001" };

        var refused = (await host.Hiring.PreviewClaimAsync(unstated, TestCallers.Counter())).Items.Single();
        var invalid = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(noEvidence, TestCallers.Counter()).ResponseAsync);
        var paid = await host.Hiring.SubmitClaimAsync(stated, TestCallers.Counter());

        Assert.False(refused.Approved);
        Assert.False(refused.Explanation.Checks.Single(c => c.RuleId == "hiring.expansion.employer_kind").Passed);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("individual_business.evidence_reference", invalid.Said(), StringComparison.Ordinal);
        Assert.Equal(100_000, paid.Total.Fen);
        Assert.Contains(paid.Items.Single().Explanation.Checks.Single(c => c.RuleId == "hiring.expansion.employer_kind").FactsUsed,
            f => f.Name == "以单位形式参保" && f.Value == "是");
    }
}
