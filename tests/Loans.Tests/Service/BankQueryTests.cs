using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>The bank's eligibility query over gRPC (each under the borrower's consent): roles, bad input, the record of who asked, what it reveals.</summary>
public sealed class BankQueryTests(LoansHost host) : IClassFixture<LoansHost>
{
    private Task<EligibilityAnswer> AskAsync(EligibilityQuery query, Metadata? caller = null) =>
        host.QueryWithConsentAsync(query, caller ?? TestCallers.Bank(Bank));

    /// <summary>A query refused for who asks or what it says, checked before any consent: asked without one.</summary>
    private async Task<RpcException> RefusedAsync(EligibilityQuery query, Metadata? caller = null) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Loans.QueryEligibilityAsync(query, caller ?? TestCallers.Bank(Bank)).ResponseAsync);

    [Fact(Timeout = 60_000)]
    public async Task R4_JzConf_a_registered_unemployed_person_in_2023_gets_20Wan_with_full_subsidy()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var answer = await AskAsync(Query(id, D(2023, 6, 1), 20 * Wan).WithCoveringGuarantor(20 * Wan));

        var offer = Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised");
        Assert.True(offer.Eligible, offer.Explanation.ToString());
        Assert.Equal(20 * Wan, offer.SubsidisedCap.Fen);
        Assert.Equal(1_000_000, offer.SubsidyShare.Ppm);
        Assert.True(answer.Eligible);
        Assert.Equal(3, answer.RemainingSubsidisedLoans);
        Assert.Contains(answer.Explanation.Checks, c => c.RuleId == "loans.personal_subsidy_conditions" && c.Passed && c.DescriptionZh == "符合贴息条件");
    }

    [Fact(Timeout = 60_000)]
    public async Task R4_Jz2024_15_the_same_person_on_2024_01_01_gets_30Wan_at_half_share()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var answer = await AskAsync(Query(id, D(2024, 1, 1), 30 * Wan).WithCoveringGuarantor(30 * Wan));

        var offer = Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised");
        Assert.True(offer.Eligible, offer.Explanation.ToString());
        Assert.Equal(30 * Wan, offer.SubsidisedCap.Fen);
        Assert.Equal(500_000, offer.SubsidyShare.Ppm);
    }

    [Fact(Timeout = 60_000)]
    public async Task R4_a_person_the_registry_does_not_know_is_offered_only_the_unsubsidised_loan()
    {
        var answer = await AskAsync(Query(LoansHost.NewIdNumber(), D(2023, 6, 1), 10 * Wan));

        Assert.False(Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised").Eligible);
        Assert.True(Assert.Single(answer.Offers, o => o.ProductId == "individual.unsubsidised").Eligible);
        // Not in the registry reads as any other borrower outside the groups: the bank learns no more.
        Assert.Contains(answer.Explanation.Checks, c => c.RuleId == "loans.personal_subsidy_conditions" && !c.Passed && c.DescriptionZh == "不符合贴息条件");
        Assert.DoesNotContain(answer.Explanation.Checks, c => c.RuleId == "loans.borrower.registered");
    }

    [Fact(Timeout = 60_000)]
    public async Task R2_a_borrower_registered_in_Jiyuan_borrowing_in_a_Jiaozuo_county_is_judged_by_Jiaozuo_rules_and_the_answer_names_only_the_place()
    {
        var id = await host.RegisterUnemployedPersonAsync(householdRegion: "419001");
        var answer = await AskAsync(Query(id, D(2023, 6, 1), 20 * Wan).WithCoveringGuarantor(20 * Wan));

        var basis = answer.RulesBasis;
        Assert.Equal("410802", basis.Region.Code);
        Assert.Equal("焦作市 解放区", basis.RegionNameZh);
        // The county sets no loan value of its own: the city's documents and those above it apply (R2).
        Assert.Equal("410800", basis.DocumentRegions[0].Code);
        Assert.DoesNotContain(basis.DocumentRegions, r => r.Code == "419001");
        Assert.Equal("R2", basis.RulingId);
        Assert.StartsWith("按放款地焦作市 解放区的规定判断：适用焦作市", basis.BasisZh, StringComparison.Ordinal);
        // The borrower's 户籍地 is a registry fact: not a bank's to read (PIPL Art. 6).
        var text = JsonFormatter.Default.Format(answer);
        Assert.DoesNotContain("户籍", text, StringComparison.Ordinal);
        Assert.DoesNotContain("济源", text, StringComparison.Ordinal);
        // Jiaozuo's 2023 cap, as the Jiaozuo borrower of R4 gets it.
        Assert.Equal(20 * Wan, Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised").SubsidisedCap.Fen);
        Assert.All(answer.Offers.SelectMany(o => o.Explanation.Checks).SelectMany(c => c.Citations), c => Assert.NotEqual("419001", c.Region.Code));
    }

    [Fact(Timeout = 60_000)]
    public async Task An_enterprise_borrowers_basis_names_only_the_place()
    {
        var answer = await AskAsync(new EligibilityQuery
        {
            BankCode = Bank,
            Borrower = new Borrower { CreditCode = ValidCreditCode("MA000001"), Kind = BorrowerKind.SmallMicroEnterprise },
            Region = new RegionCode { Code = "410800" },
            IntendedIssueDate = D(2024, 3, 1),
            RequestedAmount = new Money { Fen = 100 * Wan },
            ConsentReference = "SQ-ENT-1",
            Staffing = new EnterpriseStaffing { CurrentStaff = 20, QualifyingNewHiresThisYear = 5 },
        });

        Assert.Equal("焦作市", answer.RulesBasis.RegionNameZh);
        Assert.DoesNotContain("户籍", answer.RulesBasis.BasisZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_answer_names_no_seed_file_and_no_internal_source_but_each_catalog_value_by_name()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var answer = await AskAsync(Query(id, D(2024, 3, 1), 30 * Wan).WithCoveringGuarantor(30 * Wan));

        WireInternals.AssertNone(JsonFormatter.Default.Format(answer));

        var facts = answer.Offers.SelectMany(o => o.Explanation.Checks).Concat(answer.Explanation.Checks).SelectMany(c => c.FactsUsed).ToList();
        Assert.DoesNotContain(facts, f => f.Source == "登记系统记录");
        Assert.Contains(facts, f => f.Name == "loans.individual.subsidised_cap" && f.NameZh.Length > 0);
        Assert.All(facts.Where(f => f.Name.StartsWith("loans.", StringComparison.Ordinal)), f => Assert.NotEmpty(f.NameZh));
    }

    [Theory(Timeout = 60_000)]
    [InlineData(PersonFactKind.Disability, "残疾")]
    [InlineData(PersonFactKind.PovertyAlleviated, "脱贫")]
    [InlineData(PersonFactKind.Veteran, "退役")]
    [InlineData(PersonFactKind.UnemploymentRegistration, "失业")]
    public async Task PIPL_Art28_a_bank_learns_whether_and_how_much_but_not_which_group_the_borrower_is_in(PersonFactKind group, string word)
    {
        var id = await host.RegisterPersonWithFactAsync(group);
        var answer = await AskAsync(Query(id, D(2024, 3, 1), 30 * Wan).WithCoveringGuarantor(30 * Wan));

        var offer = Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised");
        Assert.True(offer.Eligible, offer.Explanation.ToString());
        var checks = answer.Offers.SelectMany(o => o.Explanation.Checks).Concat(answer.Explanation.Checks).ToList();
        Assert.DoesNotContain(checks, c => c.RuleId.StartsWith("category.", StringComparison.Ordinal));
        var personal = Assert.Single(offer.Explanation.Checks, c => c.RuleId.EndsWith("personal_subsidy_conditions", StringComparison.Ordinal));
        Assert.Equal("符合贴息条件", personal.DescriptionZh);
        Assert.NotEmpty(personal.Citations);
        var text = JsonFormatter.Default.Format(answer);
        Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        Assert.DoesNotContain("登记系统记录", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_borrower_outside_every_group_reads_as_not_meeting_the_subsidy_conditions_with_the_clause_and_no_group_named()
    {
        var id = await host.RegisterPersonWithFactAsync(PersonFactKind.NewCitizen);
        var answer = await AskAsync(Query(id, D(2024, 3, 1), 30 * Wan).WithCoveringGuarantor(30 * Wan));

        var offer = Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised");
        Assert.False(offer.Eligible);
        var personal = Assert.Single(offer.Explanation.Checks, c => c.RuleId.EndsWith("personal_subsidy_conditions", StringComparison.Ordinal));
        Assert.False(personal.Passed);
        Assert.Equal("不符合贴息条件", personal.DescriptionZh);
        Assert.NotEmpty(personal.Citations);
        var text = JsonFormatter.Default.Format(answer);
        foreach (var group in new[] { "登记失业", "就业困难", "残疾", "退役军人", "高校毕业生", "返乡农民工", "脱贫" })
        {
            Assert.DoesNotContain(group, text, StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task PIPL_Art28_a_bank_reads_an_application_sent_to_it_without_the_borrowers_group_the_counter_sees_it()
    {
        var id = await host.RegisterPersonWithFactAsync(PersonFactKind.Disability);
        var counter = TestCallers.Counter("410800", "clerk-disclosure");
        var query = Query(id, D(2024, 3, 1), 10 * Wan);
        var application = await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = query.Borrower,
            Region = query.Region,
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = query.RequestedAmount,
            TermMonths = 24,
            IntendedIssueDate = query.IntendedIssueDate,
        }, counter);
        Assert.Contains(application.Eligibility.Checks, c => c.RuleId == "category.disabled" && c.Passed);

        var read = await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, TestCallers.Bank(Bank));
        var listed = await host.Loans.ListApplicationsAsync(new ListApplicationsRequest { BankCode = Bank }, TestCallers.Bank(Bank));

        Assert.True(read.Eligible);
        foreach (var seen in new[] { read, Assert.Single(listed.Applications, a => a.ApplicationId == application.ApplicationId) })
        {
            Assert.DoesNotContain(seen.Eligibility.Checks, c => c.RuleId.StartsWith("category.", StringComparison.Ordinal));
            Assert.DoesNotContain("残疾", JsonFormatter.Default.Format(seen), StringComparison.Ordinal);
            Assert.Contains(seen.Eligibility.Checks, c => c.RuleId == "loans.personal_subsidy_conditions" && c.DescriptionZh == "符合贴息条件");
        }
    }

    /// <summary>A Jiaozuo enterprise's 统一社会信用代码 with both check characters right.</summary>
    private static string ValidCreditCode(string organisation)
    {
        var first17 = "91410800" + organisation + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_answer_reveals_no_profile_field_and_shows_identity_numbers_masked()
    {
        var id = await host.RegisterUnemployedPersonAsync("保密的名字");
        var query = Query(id, D(2023, 6, 1), 15 * Wan);
        query.Guarantors.Add(new GuarantorInput { IdNumber = LoansHost.NewIdNumber(1980), Name = "担保人", MonthlyContribution = new Money { Fen = 1_000_00 } });
        var answer = await AskAsync(query);

        var text = JsonFormatter.Default.Format(answer);
        Assert.DoesNotContain("保密的名字", text);
        Assert.DoesNotContain("13800000000", text);
        Assert.DoesNotContain(id, text);
        Assert.DoesNotContain(query.Guarantors[0].IdNumber, text);
    }

    [Fact(Timeout = 60_000)]
    public async Task Every_query_is_recorded_with_bank_purpose_and_consent_and_the_counter_can_show_who_asked()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 6, 1), 10 * Wan);
        query.Purpose = "贷前审查";
        var answer = await AskAsync(query);

        var asked = await host.Loans.ListEligibilityQueriesAsync(
            new ListEligibilityQueriesRequest { Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual } }, TestCallers.Counter());
        var record = Assert.Single(asked.Queries);
        Assert.Equal(answer.AnswerId, record.AnswerId);
        Assert.Equal(Bank, record.BankCode);
        Assert.Equal("贷前审查", record.Purpose);
        Assert.Equal(query.ConsentReference, record.ConsentReference);
        Assert.DoesNotContain(id, record.BorrowerMasked);
        Assert.Contains("individual.subsidised", record.EligibleProductIds);
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_a_bank_may_query_and_only_for_its_own_bank_code()
    {
        var query = Query(LoansHost.NewIdNumber(), D(2023, 6, 1), 10 * Wan);

        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(query, TestCallers.Counter())).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await RefusedAsync(query, TestCallers.Public())).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(query, TestCallers.Bank(OtherBank))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            host.Loans.ListEligibilityQueriesAsync(new ListEligibilityQueriesRequest { Borrower = query.Borrower }, TestCallers.Bank(Bank)).ResponseAsync)).StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_missing_consent_reference_is_invalid_argument_naming_it()
    {
        var query = Query(LoansHost.NewIdNumber(), D(2023, 6, 1), 10 * Wan);
        query.ConsentReference = " ";
        var error = await RefusedAsync(query);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("consent_reference", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_wrong_check_digit_is_invalid_argument_without_echoing_the_number()
    {
        var id = LoansHost.NewIdNumber();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var error = await RefusedAsync(Query(wrong, D(2023, 6, 1), 10 * Wan));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("borrower.id_number", error.Said());
        Assert.DoesNotContain(wrong, error.Said());

        var enterprise = Query(id, D(2023, 6, 1), 10 * Wan, BorrowerKind.SmallMicroEnterprise);
        enterprise.Borrower = new Borrower { CreditCode = "91410800MA00001X00", Kind = BorrowerKind.SmallMicroEnterprise };
        Assert.Equal(StatusCode.InvalidArgument, (await RefusedAsync(enterprise)).StatusCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(0)]
    [InlineData(-100)]
    public async Task A_zero_or_negative_amount_is_invalid_argument(long fen)
    {
        var error = await RefusedAsync(Query(LoansHost.NewIdNumber(), D(2023, 6, 1), fen));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("requested_amount", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task R4_an_amount_over_every_cap_is_an_answer_not_eligible_naming_each_cap_and_the_largest()
    {
        // 2023, individual: 20万 subsidised, 30万 unsubsidised (D16-A1): 30万 + 1 fen is over every cap.
        // A business "no": an answer the bank can read, not an error.
        var answer = await AskAsync(Query(LoansHost.NewIdNumber(), D(2023, 6, 1), 30 * Wan + 1));
        Assert.False(answer.Eligible);
        Assert.Equal(Outcome.Failed, answer.Explanation.Outcome);
        var largest = Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.amount_within_largest_cap");
        Assert.False(largest.Passed);
        Assert.Contains("300000.00元", largest.DescriptionZh, StringComparison.Ordinal);
        Assert.All(answer.Offers, o => Assert.False(o.Eligible));
        Assert.Contains(answer.Offers, o => o.TotalCap.Fen == 30 * Wan && o.Explanation.Checks.Any(c => !c.Passed && c.Citations.Count > 0));
    }

    [Fact(Timeout = 60_000)]
    public async Task R1_a_date_outside_every_policy_period_is_an_answer_not_eligible_naming_the_periods()
    {
        var answer = await AskAsync(Query(LoansHost.NewIdNumber(), D(2019, 6, 1), 10 * Wan));
        Assert.False(answer.Eligible);
        Assert.Empty(answer.Offers);
        var inForce = Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.product_in_force");
        Assert.False(inForce.Passed);
        Assert.Contains("2019-06-01 不在", inForce.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains("有效期：", inForce.DescriptionZh, StringComparison.Ordinal);
        Assert.NotEmpty(inForce.Citations);
    }

    [Fact(Timeout = 60_000)]
    public async Task R7_a_guarantor_who_is_the_borrower_is_invalid_argument_naming_the_guarantor()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 6, 1), 15 * Wan);
        query.Guarantors.Add(CoveringGuarantor(15 * Wan));
        query.Guarantors.Add(new GuarantorInput { IdNumber = id, Name = "本人", MonthlyContribution = new Money { Fen = 10_000_00 } });
        // Decided with the products, after the consent: asked under one.
        var error = await Assert.ThrowsAsync<RpcException>(() => AskAsync(query));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("guarantors[1].id_number", error.Said());
        Assert.Contains("借款人本人", error.Said());
        Assert.DoesNotContain(id, error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_guarantor_contribution_of_int64_max_is_invalid_argument_naming_the_field_not_an_overflow()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 6, 1), 15 * Wan);
        query.Guarantors.Add(new GuarantorInput { IdNumber = LoansHost.NewIdNumber(1980), Name = "担保人", MonthlyContribution = new Money { Fen = long.MaxValue } });
        var error = await RefusedAsync(query);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("guarantors[0].monthly_contribution", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_requested_amount_over_the_technical_bound_is_invalid_argument()
    {
        var error = await RefusedAsync(Query(LoansHost.NewIdNumber(), D(2023, 6, 1), long.MaxValue));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("超出合理范围", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_Jiyuan_counter_does_not_see_who_looked_up_a_Jiaozuo_borrower()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        await AskAsync(Query(id, D(2023, 6, 1), 10 * Wan)); // a Jiaozuo (410802) borrower
        var request = new ListEligibilityQueriesRequest { Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual } };

        Assert.Single((await host.Loans.ListEligibilityQueriesAsync(request, TestCallers.Counter("410800"))).Queries);
        Assert.Empty((await host.Loans.ListEligibilityQueriesAsync(request, TestCallers.Counter("419001"))).Queries);
    }
}
