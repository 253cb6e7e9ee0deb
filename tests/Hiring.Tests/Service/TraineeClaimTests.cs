using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Trainees;

namespace Hiring.Tests.Service;

/// <summary>
/// 就业见习补贴 through the service (Henan D09 cl.37; R11, R22): a host's claim over real gRPC, the
/// registry on a real port, the claims in PostgreSQL, with the sample minimum wages the host configures
/// for Jiaozuo (1900.00元 to 2023-06-30, 2000.00元 from 2023-07-01; none for Jiyuan).
/// </summary>
public sealed class TraineeClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly January1 = new(2023, 1, 1);
    private static readonly DateOnly June30 = new(2023, 6, 30);

    /// <summary>Left university on 2022-06-30, not employed since: 离校2年内未就业高校毕业生 in 2023.</summary>
    private Task<string> GraduateAsync(string residence = "410823") => host.PersonLivingInAsync(residence, new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));

    private async Task<IReadOnlyList<HiringClaim>> ClaimsOfAsync(string creditCode, string counterRegion = "410800") =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = creditCode } }, TestCallers.Counter(counterRegion))).Claims;

    [Fact(Timeout = 120_000)]
    public async Task R11_D09_cl37_a_trainee_is_paid_70_percent_of_the_configured_minimum_wage_per_whole_month_previewed_then_stored()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var request = Claim(employer, Trainee(await GraduateAsync(), January1, June30));

        var preview = await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter());
        var storedByPreview = await ClaimsOfAsync(employer);
        var submitted = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = submitted.ClaimId }, TestCallers.Counter());

        var previewed = Assert.Single(preview.Items);
        Assert.Equal(ClaimStatus.Preview, preview.Status);
        Assert.True(previewed.Approved, previewed.Explanation.SummaryZh);
        Assert.True(previewed.PolicyInForce);
        Assert.Equal(6, previewed.PaidMonths);
        Assert.Equal(6 * 133_000, previewed.Amount.Fen); // 70% × 1900.00元 × 6
        Assert.Empty(storedByPreview);
        Assert.Equal(ClaimStatus.Submitted, read.Status);
        Assert.Equal(SubsidyKind.Traineeship, read.Kind);
        Assert.Equal(6 * 133_000, read.Total.Fen);
        var item = Assert.Single(read.Items);
        Assert.Equal(6, item.PaidMonths);
        Assert.Equal(2023, item.Trainee.Traineeship.Until.Year);
        Assert.Equal(6, item.Trainee.Traineeship.Until.Month);
        Assert.Equal(new CalendarDate { Year = 2023, Month = 1, Day = 1 }, item.EventDate);
        Assert.Contains("*", item.PersonIdNumber, StringComparison.Ordinal);
        var amount = Assert.Single(item.Explanation.Checks, c => c.RuleId == "hiring.trainee.monthly_amount");
        Assert.Contains(amount.FactsUsed, f => f.Name == "hiring.trainee.local_min_wage_monthly");
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.trainee.host_recognised" && c.Passed);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(1, 2, true)]   // exactly 50%: 50%及以上 reaches it
    [InlineData(1, 3, false)]  // 33.33%
    public async Task R22_D09_cl37_a_retention_ratio_of_exactly_50_percent_pays_110_percent_for_every_month_of_the_claim(int retained, int trainees, bool raised)
    {
        host.SetToday(new DateOnly(2023, 4, 15));
        var employer = await host.EmployerAsync();
        var items = new List<TraineeItem>();
        for (var i = 0; i < trainees; i++)
        {
            items.Add(Trainee(await GraduateAsync(), January1, new DateOnly(2023, 3, 31), retained: i < retained));
        }

        var claim = await host.Hiring.SubmitClaimAsync(Claim(employer, [.. items]), TestCallers.Counter());

        var perTrainee = 3 * (raised ? 209_000 : 133_000); // 110% or 70% of 1900.00元, three months
        Assert.All(claim.Items, i => Assert.Equal(perTrainee, i.Amount.Fen));
        Assert.Equal(trainees * perTrainee, claim.Total.Fen);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(8, true)]   // born 1998-08-01: 24 on the start 2023-07-01
    [InlineData(7, false)]  // born 1998-07-01: 25 on the start
    public async Task R22_age_24_on_the_traineeship_start_is_a_youth_trainee_and_25_is_refused_naming_the_item_and_rule(int birthMonth, bool paid)
    {
        host.SetToday(new DateOnly(2023, 10, 15));
        var employer = await host.EmployerAsync();
        var youth = await host.PersonAsync(new DateOnly(1998, birthMonth, 1), Facts.Registration(new DateOnly(2023, 3, 1)));
        var request = Claim(employer, Trainee(youth, new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 30)));

        if (paid)
        {
            var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
            Assert.Equal(3 * 140_000, claim.Total.Fen); // 70% × 2000.00元 × 3
            return;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("trainees[0]", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.trainee.target_group", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Theory(Timeout = 120_000)]
    [InlineData(true, 6)]   // contract and social insurance: the remaining months to 06-30
    [InlineData(false, 2)]  // no social insurance: to the day before the hire (03-10)
    public async Task R11_D09_cl37_an_early_hire_with_contract_and_social_insurance_pays_the_remaining_months(bool insured, int months)
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var item = Trainee(await GraduateAsync(), January1, June30);
        item.HiredOn = HiringHost.Date(new DateOnly(2023, 3, 11));
        item.HiredWithSocialInsurance = insured;

        var claim = await host.Hiring.SubmitClaimAsync(Claim(employer, item), TestCallers.Counter());

        var stored = Assert.Single(claim.Items);
        Assert.Equal(months, stored.PaidMonths);
        // The early hire counts as retained (R22): 1 of 1, so 110% of 1900.00元.
        Assert.Equal(months * 209_000, stored.Amount.Fen);
        Assert.Equal(11, stored.Trainee.HiredOn.Day);
    }

    [Fact(Timeout = 120_000)]
    public async Task R22_a_host_not_recognised_by_the_HR_bureau_is_refused_and_stating_recognition_needs_its_evidence()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var unrecognised = Claim(employer, Trainee(await GraduateAsync(), January1, June30));
        unrecognised.TraineeHost = null;
        var noEvidence = unrecognised.Clone();
        noEvidence.TraineeHost = new TraineeHostEvidence { RecognisedByHrBureau = true };

        var preview = Assert.Single((await host.Hiring.PreviewClaimAsync(unrecognised, TestCallers.Counter())).Items);
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(unrecognised, TestCallers.Counter()).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(noEvidence, TestCallers.Counter()).ResponseAsync);

        Assert.False(preview.Approved);
        Assert.False(Assert.Single(preview.Explanation.Checks, c => c.RuleId == "hiring.trainee.host_recognised").Passed);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.trainee.host_recognised", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("trainee_host.evidence_reference", invalid.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R3_an_unconfigured_minimum_wage_is_FAILED_PRECONDITION_naming_key_region_and_date_and_nothing_is_stored()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var jiyuan = await host.EmployerAsync(region: "419001", name: "济源示例科技有限公司");
        var request = Claim(jiyuan, Trainee(await GraduateAsync(residence: "419001"), January1, June30));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter("419001")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.trainee.local_min_wage_monthly", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("419001", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2023-01-01", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(jiyuan, "419001"));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("ends_before_start", "trainees[0].traineeship.until")]
    [InlineData("hired_outside", "trainees[0].hired_on")]
    [InlineData("no_trainees", "trainees")]
    [InlineData("hires_in_a_trainee_claim", "hires")]
    public async Task Bad_trainee_input_is_INVALID_ARGUMENT_naming_the_field_and_nothing_is_stored(string bad, string field)
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var item = Trainee(await GraduateAsync(), January1, June30);
        var request = Claim(employer, item);
        switch (bad)
        {
            case "ends_before_start":
                item.Traineeship.Until = HiringHost.Date(new DateOnly(2022, 12, 31));
                break;
            case "hired_outside":
                item.HiredOn = HiringHost.Date(new DateOnly(2023, 7, 1));
                break;
            case "no_trainees":
                request.Trainees.Clear();
                break;
            default:
                request.Hires.Add(Claims.Hire(item.PersonIdNumber, January1));
                break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R11_a_trainee_claim_is_idempotent_on_its_key_and_decided_per_item()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var request = Claim(employer, Trainee(await GraduateAsync(), January1, June30), Trainee(await GraduateAsync(), January1, June30));

        var first = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var again = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var one = await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = first.Record.Version, ItemNo = 1, Approve = true,
        }, TestCallers.Counter());
        var both = await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = one.Record.Version, ItemNo = 2, Approve = false, ReasonZh = "见习协议与考勤记录不符",
        }, TestCallers.Counter());

        Assert.Equal(first.ClaimId, again.ClaimId);
        Assert.Single(await ClaimsOfAsync(employer));
        Assert.Equal(ClaimStatus.Submitted, one.Status);
        Assert.Equal(ClaimStatus.Approved, both.Status);
        Assert.Equal(6 * 133_000, both.Total.Fen);
        Assert.Equal(ClaimStatus.Rejected, both.Items.Single(i => i.ItemNo == 2).Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task R11_R22_a_trainee_month_is_paid_once_an_overlapping_claim_by_another_host_is_ALREADY_EXISTS_naming_the_first()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var trainee = await GraduateAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(), Trainee(trainee, January1, June30)), TestCallers.Counter());
        var secondHost = await host.EmployerAsync(name: "焦作示例见习基地有限公司");
        var overlapping = Claim(secondHost, Trainee(trainee, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30)));

        var preview = Assert.Single((await host.Hiring.PreviewClaimAsync(overlapping, TestCallers.Counter())).Items);
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(overlapping, TestCallers.Counter()).ResponseAsync);

        Assert.False(preview.Approved);
        Assert.Equal(first.ClaimId, preview.ConflictingClaimReference);
        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(first.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("trainees[0].traineeship", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.trainee.month_paid_once", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(secondHost));
    }

    [Fact(Timeout = 180_000)]
    public async Task R11_R22_on_PostgreSQL_racing_claims_by_four_hosts_for_one_trainees_months_store_one_and_the_others_name_it()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var trainee = await GraduateAsync();
        var hosts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            hosts.Add(await host.EmployerAsync(name: $"焦作示例见习基地{i}有限公司"));
        }

        // Each host claims a traineeship sharing calendar months (2023-04, 2023-05) with every other.
        var requests = hosts.Select((h, i) => Claim(h, Trainee(trainee, new DateOnly(2023, 1 + i, 10), new DateOnly(2023, 6, 9)))).ToList();
        var previews = await Task.WhenAll(requests.Select(r => host.Hiring.PreviewClaimAsync(r, TestCallers.Counter()).ResponseAsync));
        Assert.All(previews, p => Assert.True(p.Items.Single().Approved, p.Items.Single().Explanation.SummaryZh));

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
        var later = Claim(hosts[0], Trainee(trainee, new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31)));
        var afterwards = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(later, TestCallers.Counter()).ResponseAsync);

        var stored = Assert.Single(attempts, a => a.Answer is not null).Answer!;
        Assert.All(attempts.Where(a => a.Refusal is not null).Select(a => a.Refusal!).Append(afterwards), refusal =>
        {
            Assert.Equal(StatusCode.AlreadyExists, refusal.StatusCode);
            Assert.Contains(stored.ClaimId, refusal.Said(), StringComparison.Ordinal);
            Assert.Contains("hiring.trainee.month_paid_once", refusal.Said(), StringComparison.Ordinal);
        });
        var claimed = new List<HiringClaim>();
        foreach (var h in hosts)
        {
            claimed.AddRange(await ClaimsOfAsync(h));
        }

        Assert.Equal(stored.ClaimId, Assert.Single(claimed).ClaimId);
    }

    [Fact(Timeout = 180_000)]
    public async Task R11_R22_on_PostgreSQL_racing_claims_for_a_persons_last_two_cap_months_in_different_months_pay_one_and_refuse_the_others_naming_it()
    {
        host.SetToday(new DateOnly(2024, 9, 1));
        var trainee = await GraduateAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(), Trainee(trainee, January1, new DateOnly(2023, 10, 31))), TestCallers.Counter());
        var hosts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            hosts.Add(await host.EmployerAsync(name: $"焦作示例末期见习基地{i}有限公司"));
        }

        // Four traineeships of two months each, none sharing a calendar month (the month index sees no clash):
        // each alone fits the 2 months left of the cap, together they would pay 8.
        var requests = hosts.Select((h, i) => Claim(h, Trainee(trainee, new DateOnly(2023, 11, 1).AddMonths(2 * i), new DateOnly(2023, 11, 1).AddMonths((2 * i) + 2).AddDays(-1)))).ToList();
        var previews = await Task.WhenAll(requests.Select(r => host.Hiring.PreviewClaimAsync(r, TestCallers.Counter()).ResponseAsync));
        Assert.All(previews, p => Assert.Equal(2, p.Items.Single().PaidMonths));

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

        Assert.Equal(10, first.Items[0].PaidMonths);
        var stored = Assert.Single(attempts, a => a.Answer is not null).Answer!;
        Assert.Equal(2, stored.Items.Single().PaidMonths);
        Assert.All(attempts.Where(a => a.Refusal is not null).Select(a => a.Refusal!), refusal =>
        {
            Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
            Assert.Contains(stored.ClaimId, refusal.Said(), StringComparison.Ordinal);
            Assert.Contains("hiring.trainee.months_per_person", refusal.Said(), StringComparison.Ordinal);
            Assert.Contains("trainees[0]", refusal.Said(), StringComparison.Ordinal);
        });
        var claimed = new List<HiringClaim>();
        foreach (var h in hosts)
        {
            claimed.AddRange(await ClaimsOfAsync(h));
        }

        Assert.Equal(stored.ClaimId, Assert.Single(claimed).ClaimId);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(12, 4)] // 8 + 4 = 12 months over two claims: the cap exactly reached, every month paid
    [InlineData(13, 4)] // 8 + 5 = 13 months: the second claim pays only the 4 months up to the cap
    public async Task R11_R22_D09_cl37_the_12_month_cap_counts_the_persons_earlier_standing_claim_of_another_host(int totalMonths, int paidMonths)
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var trainee = await GraduateAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(), Trainee(trainee, January1, new DateOnly(2023, 8, 31))), TestCallers.Counter());
        var secondHost = await host.EmployerAsync(name: "焦作示例续见习基地有限公司");
        var secondStart = new DateOnly(2023, 9, 1);

        var second = await host.Hiring.SubmitClaimAsync(
            Claim(secondHost, Trainee(trainee, secondStart, secondStart.AddMonths(totalMonths - 8).AddDays(-1))), TestCallers.Counter());

        Assert.Equal(8, first.Items[0].PaidMonths);
        var item = Assert.Single(second.Items);
        Assert.Equal(paidMonths, item.PaidMonths);
        Assert.Equal(paidMonths * 140_000, second.Total.Fen); // 70% × 2000.00元 per month from 2023-07
        var cap = Assert.Single(item.Explanation.Checks, c => c.RuleId == "hiring.trainee.months_per_person");
        Assert.True(cap.Passed);
        Assert.Contains(cap.FactsUsed, f => f.Value.Contains(first.ClaimId, StringComparison.Ordinal) && f.Value.Contains("8个月", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task R11_R22_a_person_paid_12_months_by_an_earlier_claim_is_refused_a_later_traineeship_naming_the_cap_rule()
    {
        host.SetToday(new DateOnly(2024, 4, 15));
        var trainee = await GraduateAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(), Trainee(trainee, January1, new DateOnly(2023, 12, 31))), TestCallers.Counter());
        var laterHost = await host.EmployerAsync(name: "焦作示例后续见习基地有限公司");
        var later = Claim(laterHost, Trainee(trainee, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)));

        var preview = Assert.Single((await host.Hiring.PreviewClaimAsync(later, TestCallers.Counter())).Items);
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(later, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(12, first.Items[0].PaidMonths);
        Assert.False(preview.Approved);
        Assert.Contains(preview.Explanation.Checks, c => c.RuleId == "hiring.trainee.months_per_person" && !c.Passed);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("trainees[0]", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.trainee.months_per_person", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(laterHost));
    }

    [Fact(Timeout = 120_000)]
    public async Task R11_R22_a_rejected_trainee_item_frees_its_months_for_another_host()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var trainee = await GraduateAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(), Trainee(trainee, January1, June30)), TestCallers.Counter());
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = first.Record.Version, ItemNo = 1, Approve = false, ReasonZh = "见习协议核查不符",
        }, TestCallers.Counter());

        var second = await host.Hiring.SubmitClaimAsync(Claim(await host.EmployerAsync(name: "焦作示例另一见习基地有限公司"), Trainee(trainee, January1, June30)), TestCallers.Counter());

        Assert.Equal(ClaimStatus.Submitted, second.Status);
        Assert.Equal(6 * 133_000, second.Total.Fen);
    }
}
