using Employment.Common.V1;
using Employment.Hiring.Domain.Traineeships;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>
/// 就业见习补贴 (Henan D09 cl.37; R11, R22) with the sample minimum wages of sample-configuration/
/// (Jiaozuo 1900.00元 to 2023-06-30, 2000.00元 from 2023-07-01; Jiyuan 1800.05元).
/// </summary>
public sealed class TraineeshipTests
{
    private static readonly TraineeshipJudge Judge = new(ShippedCatalog.WithSampleMinimumWage, Employment.Hiring.UseCases.TraineeClaims.Taken[0].NameZh);

    private static TraineeHost Host(Region? region = null, bool recognised = true) =>
        new("91410800MA0000004A", "焦作示例科技有限公司", region ?? Hires.Jiaozuo, recognised);

    // Left university on 2022-06-30 and not employed since.
    private static PersonProfile Graduate() => Person(D(2000, 1, 1), CollegeGraduate(D(2022, 6, 30)));

    private static TraineeItem Trainee(DateOnly start, DateOnly end, bool retained = false, PersonProfile? person = null) =>
        new(person ?? Graduate(), start, end, RealNameRegistered: true, Retained: retained);

    private static TraineeshipClaimJudgement Claim(DateOnly claimDate, params TraineeItem[] trainees) =>
        Judge.Judge(new TraineeshipClaim(Host(), claimDate, trainees));

    [Fact]
    public void R11_D09_cl37_pays_70_percent_of_the_configured_minimum_wage_per_whole_trainee_month()
    {
        var claim = Claim(D(2023, 7, 15), Trainee(D(2023, 1, 1), D(2023, 6, 30)));

        var trainee = Assert.Single(claim.Trainees);
        Assert.True(trainee.Approved, trainee.Explanation.SummaryZh);
        Assert.Equal(6, trainee.PaidMonths);
        Assert.Equal(6 * 133_000, trainee.AmountFen); // 70% × 1900.00元 × 6
        Assert.False(claim.RetentionRateApplies);
        var amount = Assert.Single(trainee.Explanation.Checks, c => c.RuleId == "hiring.trainee.monthly_amount");
        Assert.Contains(amount.FactsUsed, f => f.Name == "hiring.trainee.local_min_wage_monthly" && f.Source.StartsWith("配置值", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 2, true)]   // 50%: the threshold itself (50%及以上)
    [InlineData(1, 3, false)]  // 33.33%
    public void R22_D09_cl37_a_retention_ratio_of_50_percent_or_more_pays_110_percent_for_every_month_of_the_claim(int retained, int trainees, bool raised)
    {
        var items = Enumerable.Range(0, trainees)
            .Select(i => Trainee(D(2023, 1, 1), D(2023, 3, 31), retained: i < retained))
            .ToArray();

        var claim = Claim(D(2023, 4, 15), items);

        Assert.Equal(raised, claim.RetentionRateApplies);
        Assert.All(claim.Trainees, t => Assert.Equal(3 * (raised ? 209_000 : 133_000), t.AmountFen));
        Assert.Equal(trainees * 3 * (raised ? 209_000 : 133_000), claim.TotalFen);
    }

    [Fact]
    public void R22_each_trainee_month_takes_the_minimum_wage_in_force_that_month()
    {
        var claim = Claim(D(2023, 9, 15), Trainee(D(2023, 5, 1), D(2023, 8, 31)));

        // May and June at 1900.00元, July and August at 2000.00元, 70% each.
        Assert.Equal(2 * 133_000 + 2 * 140_000, Assert.Single(claim.Trainees).AmountFen);
    }

    [Fact]
    public void R22_only_whole_months_count()
    {
        // 01-15..02-14 and 02-15..03-14 are whole; 03-15..03-20 is not.
        var claim = Claim(D(2023, 4, 1), Trainee(D(2023, 1, 15), D(2023, 3, 20)));

        Assert.Equal(2, Assert.Single(claim.Trainees).PaidMonths);
    }

    [Fact]
    public void R11_D09_cl37_at_most_12_months_per_trainee()
    {
        var claim = Claim(D(2024, 1, 15), Trainee(D(2022, 7, 1), D(2023, 12, 31)));

        Assert.Equal(12, Assert.Single(claim.Trainees).PaidMonths);
    }

    [Theory]
    [InlineData(true, 6)]   // contract and social insurance: the remaining months to 06-30 are paid
    [InlineData(false, 2)]  // contract only: paid to the day before the hire (03-10), two whole months
    public void R11_D09_cl37_an_early_hire_with_contract_and_social_insurance_pays_the_remaining_months(bool insured, int months)
    {
        var item = Trainee(D(2023, 1, 1), D(2023, 6, 30)) with { HiredOn = D(2023, 3, 11), HiredWithSocialInsurance = insured };

        var trainee = Assert.Single(Claim(D(2023, 7, 1), item).Trainees);

        Assert.Equal(months, trainee.PaidMonths);
    }

    [Fact]
    public void R22_a_trainee_who_turns_25_during_the_traineeship_stays_eligible()
    {
        // 24 on the start (2023-07-01), 25 on 2023-08-01.
        var youth = Person(D(1998, 8, 1), Registration(D(2023, 3, 1)));

        var trainee = Assert.Single(Claim(D(2023, 10, 15), Trainee(D(2023, 7, 1), D(2023, 9, 30), person: youth)).Trainees);

        Assert.True(trainee.Approved, trainee.Explanation.SummaryZh);
        Assert.Equal(3, trainee.PaidMonths);
    }

    [Fact]
    public void R22_a_25_year_old_on_the_start_is_not_a_youth_trainee()
    {
        var youth = Person(D(1998, 7, 1), Registration(D(2023, 3, 1)));

        var trainee = Assert.Single(Claim(D(2023, 10, 15), Trainee(D(2023, 7, 1), D(2023, 9, 30), person: youth)).Trainees);

        Assert.False(trainee.Approved);
        Assert.False(Assert.Single(trainee.Explanation.Checks, c => c.RuleId == "hiring.trainee.target_group").Passed);
    }

    [Fact]
    public void R22_D09_cl37_the_host_must_be_recognised_and_the_trainee_registered()
    {
        var unrecognised = Judge.Judge(new TraineeshipClaim(Host(recognised: false), D(2023, 7, 15), [Trainee(D(2023, 1, 1), D(2023, 6, 30))]));
        var unregistered = Claim(D(2023, 7, 15), Trainee(D(2023, 1, 1), D(2023, 6, 30)) with { RealNameRegistered = false });

        Assert.False(Assert.Single(Assert.Single(unrecognised.Trainees).Explanation.Checks, c => c.RuleId == "hiring.trainee.host_recognised").Passed);
        Assert.False(Assert.Single(Assert.Single(unregistered.Trainees).Explanation.Checks, c => c.RuleId == "hiring.trainee.real_name_registration").Passed);
        Assert.Equal(0, unrecognised.TotalFen + unregistered.TotalFen);
    }

    [Fact]
    public void R27_a_Jiyuan_host_is_paid_by_Henan_D09_and_R28_the_amount_is_rounded_half_up_per_trainee()
    {
        var claim = Judge.Judge(new TraineeshipClaim(Host(Region.Jiyuan), D(2023, 3, 1), [Trainee(D(2023, 1, 1), D(2023, 1, 31))]));

        var trainee = Assert.Single(claim.Trainees);
        Assert.True(trainee.Approved, trainee.Explanation.SummaryZh);
        Assert.Equal(126_004, trainee.AmountFen); // 70% × 1800.05元 = 1260.035元 → 1260.04元
        var rate = Assert.Single(trainee.Explanation.Checks, c => c.RuleId == "hiring.trainee.policy_in_force");
        Assert.Equal("《支持中小企业发展若干财税政策》(D09)", Assert.Single(rate.Citations).DocumentNumber);
    }

    [Fact]
    public void R3_an_unconfigured_minimum_wage_refuses_the_decision_naming_the_parameter()
    {
        var judge = new TraineeshipJudge(ShippedCatalog.Catalog, Employment.Hiring.UseCases.TraineeClaims.Taken[0].NameZh);

        var error = Assert.Throws<DomainRuleException>(() => judge.Judge(new TraineeshipClaim(Host(), D(2023, 7, 15), [Trainee(D(2023, 1, 1), D(2023, 6, 30))])));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("hiring.trainee.local_min_wage_monthly", error.Message, StringComparison.Ordinal);
    }
}
