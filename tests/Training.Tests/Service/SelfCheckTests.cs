using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>The public self-check (自助测算): anonymous, nothing read about anyone, nothing stored, the counter's rules and explanation.</summary>
public sealed class SelfCheckTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private static SkillUpgradeSelfCheckRequest Stating(int months, bool contract = true, string region = "410823") => new()
    {
        Certificate = new Certificate { OccupationCode = "6-18-01-01", Level = SkillLevel.L4, IssueDate = TrainingHost.Date(Issued) },
        Region = new RegionCode { Code = region },
        InsuredMonths = months,
        EmploymentContract = contract,
    };

    [Fact(Timeout = 60_000)]
    public async Task R24_anyone_without_a_token_gets_the_same_answer_and_explanation_as_the_counters_preview()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued, insuredMonths: 24);
        var counter = await host.Training.PreviewApplicationAsync(For(id, Issued), TestCallers.Counter());

        var self = await host.Training.CheckSkillUpgradeAsync(Stating(24), TestCallers.Public());

        Assert.True(self.Eligible);
        Assert.Equal(counter.Amount, self.Amount);
        Assert.Equal(counter.Explanation.Outcome, self.Explanation.Outcome);
        Assert.Equal(counter.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), self.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_the_skill_upgrade_asked_through_the_training_self_check_is_answered_as_its_own_check_answers()
    {
        foreach (var stated in new[] { Stating(24), Stating(11), Stating(24, region: "419001") })
        {
            var own = await host.Training.CheckSkillUpgradeAsync(stated, TestCallers.Public());
            var shared = (await host.Training.CheckTrainingAsync(new TrainingSelfCheckRequest { SkillUpgrade = stated }, TestCallers.Public())).SkillUpgrade;

            Assert.Equal("技能提升补贴", shared.NameZh);
            Assert.Equal((own.Eligible, own.Amount), (shared.Eligible, shared.Amount));
            Assert.Equal(own.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), shared.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_R27_stated_facts_are_judged_by_the_same_rules()
    {
        var eleven = await host.Training.CheckSkillUpgradeAsync(Stating(11), TestCallers.Public());
        var noContract = await host.Training.CheckSkillUpgradeAsync(Stating(24, contract: false), TestCallers.Public());
        var jiyuan = await host.Training.CheckSkillUpgradeAsync(Stating(24, region: "419001"), TestCallers.Public());
        var lowerAfterHigher = Stating(24);
        lowerAfterHigher.PriorSkillUpgrades.Add(new PriorSubsidyStatement { OccupationCode = "6-18-01-01", Level = SkillLevel.L3, Date = new CalendarDate { Year = 2023, Month = 5, Day = 1 } });
        var lower = await host.Training.CheckSkillUpgradeAsync(lowerAfterHigher, TestCallers.Public());

        Assert.Contains(eleven.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.insurance_months_min" && !c.Passed);
        Assert.Contains(noContract.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.employment_contract_in_force" && !c.Passed);
        Assert.Equal("training.skill_upgrade.policy_in_force", Assert.Single(jiyuan.Explanation.Checks).RuleId);
        Assert.Contains(lower.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.no_lower_level_after_higher" && !c.Passed);
        Assert.All(new[] { eleven, noContract, jiyuan, lower }, a => Assert.Equal(0, a.Amount.Fen));
    }

    [Fact(Timeout = 60_000)]
    public async Task Bad_statements_are_refused_naming_the_field()
    {
        var noLevel = Stating(24);
        noLevel.Certificate.Level = SkillLevel.Unspecified;
        var negative = Stating(-1);
        var priorWithoutOccupation = Stating(24);
        priorWithoutOccupation.PriorSkillUpgrades.Add(new PriorSubsidyStatement { Level = SkillLevel.L5, Date = new CalendarDate { Year = 2024, Month = 1, Day = 2 } });

        foreach (var (request, field) in new[] { (noLevel, "certificate.level"), (negative, "insured_months"), (priorWithoutOccupation, "prior_skill_upgrades[0].occupation_code") })
        {
            var refusal = await Assert.ThrowsAsync<RpcException>(() => host.Training.CheckSkillUpgradeAsync(request, TestCallers.Public()).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
            Assert.Contains($"field: {field}", refusal.Said(), StringComparison.Ordinal);
        }
    }
}
