using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 失业保险稳岗返还 through the service (焦政办〔2023〕36号（一）, 〔2024〕15号（二）; R13, R15, R16, R17, R27):
/// the employer's size, contributions, headcount and layoffs from the registry's employer facts (or the
/// clerk's stated facts where it has none), the service's today as the submission date, the sample
/// national control target of 5.5% (R3), and one standing claim per employer and refund year held by
/// PostgreSQL's unique index.
/// </summary>
public sealed class StabilisationClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private const string Evidence = "社保缴费明细 2023-0001";

    private static SubmitClaimRequest Claim(string creditCode, StabilisationFacts? stated = null) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = creditCode },
        Kind = SubsidyKind.StabilisationRefund,
        Stabilisation = stated,
        PaymentAccount = "6222000000000000002",
    };

    /// <summary>What the clerk states when the registry records nothing: contributions of 10,000.00元, staff, layoffs and full months.</summary>
    private static StabilisationFacts Stated(int staff = 50, int layoffs = 0, int fullMonths = 24, long contributionsFen = 1_000_000) => new()
    {
        LastYearContributions = new Money { Fen = contributionsFen },
        InsuredStaffAtYearStart = staff,
        Layoffs = layoffs,
        FullContributionMonths = fullMonths,
        EvidenceReference = Evidence,
    };

    /// <summary>An enterprise of 解放区 with its size and, when <paramref name="refundYear"/> is given, the registry's facts of that year: 8000.00元 + 2000.00元 paid in 12 full months, the staff at its start and the layoffs.</summary>
    private async Task<string> EnterpriseAsync(EnterpriseSize size = EnterpriseSize.Small, int? refundYear = null, int staff = 50, int layoffs = 0, string region = "410802")
    {
        var employer = await host.EmployerAsync(region, name: "焦作示例稳岗有限公司");
        if (size != EnterpriseSize.Unspecified)
        {
            await host.SizedAsync(employer, size, new DateOnly(2020, 1, 1));
        }

        if (refundYear is { } year)
        {
            await host.EmployerFactAsync(employer, new EmployerFact
            {
                UnemploymentInsurance = new UnemploymentInsurancePaid { Year = year, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 },
            });
            await host.EmployerFactAsync(employer, new EmployerFact { Layoffs = new Layoffs { Year = year, LaidOff = layoffs, InsuredStaffAtStart = staff } });
        }

        return employer;
    }

    private async Task<IReadOnlyList<HiringClaim>> ClaimsOfAsync(string creditCode, string counterRegion = "410800") =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = creditCode } }, TestCallers.Counter(counterRegion))).Claims;

    private async Task<RpcException> RefusedAsync(SubmitClaimRequest request, string counterRegion = "410800") =>
        await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter(counterRegion)).ResponseAsync);

    [Theory(Timeout = 120_000)]
    [InlineData(EnterpriseSize.Large, 300_000)]
    [InlineData(EnterpriseSize.Medium, 600_000)]
    [InlineData(EnterpriseSize.Small, 600_000)]
    public async Task R13_Jz36_1_refunds_30_percent_to_a_large_enterprise_and_60_percent_to_an_sme_of_the_registrys_recorded_contributions(EnterpriseSize size, long expectedFen)
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(size, refundYear: 2022);

        var claim = await host.Hiring.SubmitClaimAsync(Claim(employer), TestCallers.Counter());

        Assert.Equal(SubsidyKind.StabilisationRefund, claim.Kind);
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(expectedFen, claim.Total.Fen);
        var item = Assert.Single(claim.Items);
        Assert.Equal(2022, item.RefundYear);
        Assert.Equal(1_000_000, item.Stabilisation.LastYearContributions.Fen); // employer and staff parts (R13)
        Assert.Equal(50, item.Stabilisation.InsuredStaffAtYearStart);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.refund_rate" && c.Passed && c.Citations.Any(x => x.Clause == "（一）"));
        Assert.Equal(expectedFen, (await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter())).Total.Fen);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(11, true)]   // 11 of 200 = 5.5%: exactly the (sample) national control target
    [InlineData(12, false)]  // 6%
    public async Task R16_layoffs_exactly_at_the_national_control_target_pass_and_one_more_is_refused_with_nothing_stored(int layoffs, bool paid)
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Medium, refundYear: 2022, staff: 200, layoffs: layoffs);

        if (paid)
        {
            Assert.Equal(600_000, (await host.Hiring.SubmitClaimAsync(Claim(employer), TestCallers.Counter())).Total.Fen);
            return;
        }

        var refused = await RefusedAsync(Claim(employer));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.stabilisation.layoff_rate", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Theory(Timeout = 120_000)]
    [InlineData(30, true)]   // 6 of 30 = 20%: 30人（含）以下 may lay off up to 20%
    [InlineData(31, false)]  // 6 of 31 = 19.4%, but over 30 staff the 5.5% target applies
    public async Task R16_30_insured_staff_may_lay_off_20_percent_and_31_meet_the_national_target(int staff, bool paid)
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Micro, refundYear: 2022, staff: staff, layoffs: 6);

        var preview = await host.Hiring.PreviewClaimAsync(Claim(employer), TestCallers.Counter());

        var item = Assert.Single(preview.Items);
        Assert.Equal(paid, item.Approved);
        Assert.Equal(paid ? 600_000 : 0, preview.Total.Fen);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.layoff_rate" && c.Passed == paid);
        Assert.Empty(await ClaimsOfAsync(employer)); // a preview stores nothing
    }

    [Theory(Timeout = 120_000)]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public async Task R16_Jz15_2_a_2024_claim_needs_12_full_months_of_contributions_up_to_the_claim_date(int fullMonths, bool paid)
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var employer = await EnterpriseAsync(EnterpriseSize.Small);
        var request = Claim(employer, Stated(fullMonths: fullMonths));

        if (paid)
        {
            var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
            Assert.Equal(600_000, claim.Total.Fen);
            Assert.Equal(2023, claim.Items[0].RefundYear);
            Assert.Contains(claim.Items[0].Explanation.Checks, c => c.RuleId == "hiring.stabilisation.full_contribution_months" && c.Passed && c.Citations.Any(x => x.Clause == "（二）"));
            return;
        }

        var refused = await RefusedAsync(request);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.stabilisation.full_contribution_months", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R16_R17_a_law_firm_without_a_size_fact_takes_the_sme_rate_and_another_organisation_is_refused()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var lawFirm = await host.EmployerAsync(kind: EntityKind.Organisation, name: "河南示例律师事务所");
        var institution = await host.EmployerAsync(kind: EntityKind.Organisation, name: "焦作市示例事业单位");
        var asLawFirm = Stated();
        asLawFirm.OrganisationType = OrganisationType.LawFirm;
        var asOther = Stated();
        asOther.OrganisationType = OrganisationType.Other;

        var unstated = await RefusedAsync(Claim(lawFirm, Stated()));
        var paid = await host.Hiring.SubmitClaimAsync(Claim(lawFirm, asLawFirm), TestCallers.Counter());
        var refused = await RefusedAsync(Claim(institution, asOther));

        Assert.Equal(StatusCode.InvalidArgument, unstated.StatusCode);
        Assert.Contains("stabilisation.organisation_type", unstated.Said(), StringComparison.Ordinal);
        Assert.Equal(600_000, paid.Total.Fen);
        Assert.Equal(OrganisationType.LawFirm, paid.Items[0].Stabilisation.OrganisationType);
        Assert.Contains(paid.Items[0].Explanation.Checks, c => c.RuleId == "hiring.stabilisation.refund_rate" && c.DescriptionZh.Contains("参照实施", StringComparison.Ordinal));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.stabilisation.claimant", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(institution));
    }

    /// <summary>Records the organisation's 单位类型 from 2020 on, as the registration authority's record.</summary>
    private async Task ClassifiedAsync(string creditCode, OrganisationKind kind) =>
        await host.EmployerFactAsync(creditCode, new EmployerFact
        {
            Source = "登记管理机关",
            EvidenceReference = "登记证书 2020-017",
            OrganisationType = new OrganisationClassification { Kind = kind, Period = new DatePeriod { From = HiringHost.Date(new DateOnly(2020, 1, 1)) } },
        });

    private static Employment.Common.V1.Fact TypeFact(HiringClaim claim) =>
        claim.Items[0].Explanation.Checks.Single(c => c.RuleId == "hiring.stabilisation.claimant").FactsUsed.Single(f => f.Name == "单位类型");

    [Fact(Timeout = 120_000)]
    public async Task R17_the_registrys_recorded_law_firm_type_pays_at_the_sme_rate_without_the_clerk_stating_a_type_and_names_the_registry()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var lawFirm = await host.EmployerAsync(kind: EntityKind.Organisation, name: "河南示例登记律师事务所");
        await ClassifiedAsync(lawFirm, OrganisationKind.LawFirm);

        var paid = await host.Hiring.SubmitClaimAsync(Claim(lawFirm, Stated()), TestCallers.Counter());

        Assert.Equal(600_000, paid.Total.Fen);
        Assert.Equal(OrganisationType.LawFirm, paid.Items[0].Stabilisation.OrganisationType);
        Assert.Equal("律师事务所", TypeFact(paid).Value);
        Assert.StartsWith("登记系统记录", TypeFact(paid).Source, StringComparison.Ordinal);
        Assert.Contains("登记证书 2020-017", TypeFact(paid).Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R17_the_registrys_recorded_type_wins_a_different_stated_type_is_INVALID_ARGUMENT_and_a_recorded_other_kind_is_refused()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var institution = await host.EmployerAsync(kind: EntityKind.Organisation, name: "焦作市示例登记事业单位");
        await ClassifiedAsync(institution, OrganisationKind.Other);
        var statedLawFirm = Stated();
        statedLawFirm.OrganisationType = OrganisationType.LawFirm;

        var contradicted = await RefusedAsync(Claim(institution, statedLawFirm));
        var refused = await RefusedAsync(Claim(institution, Stated()));

        Assert.Equal(StatusCode.InvalidArgument, contradicted.StatusCode);
        Assert.Contains("stabilisation.organisation_type", contradicted.Said(), StringComparison.Ordinal);
        Assert.Contains("登记系统已记录单位类型", contradicted.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.stabilisation.claimant", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(institution));
    }

    [Fact(Timeout = 120_000)]
    public async Task R17_an_individual_business_recorded_as_insured_as_a_unit_is_a_claimant_without_the_clerks_statement()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例登记五金店");
        await ClassifiedAsync(shop, OrganisationKind.IndividualBusinessInsuredAsUnit);

        var paid = await host.Hiring.SubmitClaimAsync(Claim(shop, Stated()), TestCallers.Counter());

        Assert.Equal(600_000, paid.Total.Fen);
        Assert.Equal("个体工商户", TypeFact(paid).Value);
        Assert.StartsWith("登记系统记录", TypeFact(paid).Source, StringComparison.Ordinal);
        var insured = paid.Items[0].Explanation.Checks.Single(c => c.RuleId == "hiring.stabilisation.claimant").FactsUsed.Single(f => f.Name == "以单位形式参保");
        Assert.Equal("是", insured.Value);
    }

    [Fact(Timeout = 120_000)]
    public async Task R16_an_enterprise_without_a_recorded_size_is_FAILED_PRECONDITION_naming_employer_size()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Unspecified, refundYear: 2022);

        var refused = await RefusedAsync(Claim(employer));

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("employer.size", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_Jiyuan_has_no_stabilisation_refund_in_the_catalog_and_is_refused_naming_the_policy_rule()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Small, refundYear: 2022, region: "419001");

        var preview = await host.Hiring.PreviewClaimAsync(Claim(employer), TestCallers.Counter("419001"));
        var refused = await RefusedAsync(Claim(employer), "419001");

        Assert.False(preview.Items[0].PolicyInForce);
        Assert.False(preview.Items[0].Approved);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.stabilisation.policy_in_force", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer, "419001"));
    }

    [Theory(Timeout = 120_000)]
    [InlineData(2022, 6, 1, false, 2021)]    // 2022: only a national ceiling, no rate (R15)
    [InlineData(2024, 12, 31, true, 2023)]   // the last day of 15号（二）
    [InlineData(2025, 1, 1, false, 2024)]    // no policy from 2025
    public async Task R15_the_submission_date_selects_the_rule_2022_and_2025_have_none_and_2024_12_31_is_the_last_day(int y, int m, int d, bool inForce, int refundYear)
    {
        host.SetToday(new DateOnly(y, m, d));
        var employer = await EnterpriseAsync(EnterpriseSize.Small);

        var preview = await host.Hiring.PreviewClaimAsync(Claim(employer, Stated()), TestCallers.Counter());

        var item = Assert.Single(preview.Items);
        Assert.Equal(inForce, item.PolicyInForce);
        Assert.Equal(inForce, item.Approved);
        Assert.Equal(refundYear, item.RefundYear);
        Assert.Equal(HiringHost.Date(new DateOnly(y, m, d)), item.EventDate);
        if (!inForce)
        {
            var refused = await RefusedAsync(Claim(employer, Stated()));
            Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
            Assert.Contains("hiring.stabilisation.policy_in_force", refused.Said(), StringComparison.Ordinal);
            Assert.Empty(await ClaimsOfAsync(employer));
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task R15_an_employers_refund_year_is_claimed_once_a_retry_gets_the_first_answer_and_a_rejection_frees_it()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Small, refundYear: 2022);
        var request = Claim(employer);
        var first = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var retried = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());

        var second = await RefusedAsync(Claim(employer));
        var preview = await host.Hiring.PreviewClaimAsync(Claim(employer), TestCallers.Counter());
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = first.Record.Version, ItemNo = 1, Approve = false, ReasonZh = "缴费记录与社保系统不符",
        }, TestCallers.Counter());
        var afterRejection = await host.Hiring.SubmitClaimAsync(Claim(employer), TestCallers.Counter());

        Assert.Equal(first.ClaimId, retried.ClaimId);
        Assert.Equal(StatusCode.AlreadyExists, second.StatusCode);
        Assert.Contains(first.ClaimId, second.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.stabilisation.once_per_refund_year", second.Said(), StringComparison.Ordinal);
        Assert.False(preview.Items[0].Approved);
        Assert.Equal(first.ClaimId, preview.Items[0].ConflictingClaimReference);
        Assert.NotEqual(first.ClaimId, afterRejection.ClaimId);
        Assert.Equal(2, (await ClaimsOfAsync(employer)).Count);
    }

    [Fact(Timeout = 120_000)]
    public async Task R15_four_concurrent_claims_for_one_employer_and_year_store_one_and_the_others_name_it()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseAsync(EnterpriseSize.Small, refundYear: 2022);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (Claim: await host.Hiring.SubmitClaimAsync(Claim(employer), TestCallers.Counter()), Error: (RpcException?)null);
            }
            catch (RpcException e)
            {
                return (Claim: (HiringClaim?)null, Error: e);
            }
        }));

        var stored = Assert.Single(await ClaimsOfAsync(employer));
        Assert.Single(attempts, a => a.Claim is not null);
        Assert.All(attempts.Where(a => a.Error is not null), a =>
        {
            Assert.Equal(StatusCode.AlreadyExists, a.Error!.StatusCode);
            Assert.Contains(stored.ClaimId, a.Error.Said(), StringComparison.Ordinal);
        });
    }

    [Fact(Timeout = 120_000)]
    public async Task R3_an_approved_refund_goes_on_public_notice_under_the_employers_name_and_is_paid_after_it()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var employer = await EnterpriseAsync(EnterpriseSize.Large, refundYear: 2023);
        var counter = TestCallers.Counter();
        var submitted = await host.Hiring.SubmitClaimAsync(Claim(employer), counter);
        var approved = await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = submitted.ClaimId, ExpectedVersion = submitted.Record.Version, ItemNo = 1, Approve = true,
        }, counter);
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { approved.ClaimId },
        }, counter);
        var notice = await host.Payments.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId }, TestCallers.Public());
        host.SetToday(new DateOnly(2024, 3, 1).AddDays(HiringHost.SampleNoticeDays));
        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = approved.ClaimId }, counter);
        var paid = await host.Payments.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = current.ClaimId, ExpectedVersion = current.Record.Version,
            Payment = new PaymentMade { PaidOn = HiringHost.Date(host.Today), Amount = new Money { Fen = 300_000 }, PaymentReference = "BF-WG-0001" },
        }, counter);

        var entry = Assert.Single(notice.Lines);
        Assert.Equal("焦作示例稳岗有限公司", entry.EmployerName);
        Assert.Equal("失业保险稳岗返还", entry.KindZh);
        Assert.Equal(300_000, entry.Amount.Fen);
        Assert.Equal("", entry.NameMasked);
        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = approved.ClaimId }, counter);
        Assert.Equal(2023, read.Items[0].RefundYear);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("conflicts_with_registry", "stabilisation.layoffs", StatusCode.InvalidArgument)]
    [InlineData("no_evidence", "stabilisation.evidence_reference", StatusCode.InvalidArgument)]
    [InlineData("layoffs_over_staff", "stabilisation.layoffs", StatusCode.InvalidArgument)]
    [InlineData("negative_contributions", "stabilisation.last_year_contributions", StatusCode.InvalidArgument)]
    [InlineData("another_year", "refund_year", StatusCode.InvalidArgument)]
    [InlineData("hires", "hires", StatusCode.InvalidArgument)]
    [InlineData("nothing_recorded_or_stated", "stabilisation.last_year_contributions", StatusCode.FailedPrecondition)]
    public async Task Bad_or_missing_stabilisation_facts_name_the_field_and_nothing_is_stored(string bad, string field, StatusCode status)
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var recorded = bad == "conflicts_with_registry";
        var employer = await EnterpriseAsync(EnterpriseSize.Small, refundYear: recorded ? 2022 : null);
        var request = Claim(employer, bad == "nothing_recorded_or_stated" ? null : Stated());
        switch (bad)
        {
            case "conflicts_with_registry":
                request.Stabilisation = new StabilisationFacts { Layoffs = 3, EvidenceReference = Evidence }; // the registry says 0
                break;
            case "no_evidence":
                request.Stabilisation.EvidenceReference = "";
                break;
            case "layoffs_over_staff":
                request.Stabilisation.Layoffs = 51;
                break;
            case "negative_contributions":
                request.Stabilisation.LastYearContributions = new Money { Fen = -1 };
                break;
            case "another_year":
                request.RefundYear = 2021;
                break;
            case "hires":
                request.Hires.Add(Claims.Hire("410823200003100019", new DateOnly(2022, 3, 1)));
                break;
        }

        var refused = await RefusedAsync(request);

        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }
}
