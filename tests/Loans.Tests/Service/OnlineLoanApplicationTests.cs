using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 网上受理 of the 创业担保贷款 (焦政办〔2023〕36号（十七）) over real gRPC: a person applies for their own loan and an
/// enterprise's agent for its enterprise, each naming a configured 经办银行 and giving the query consent in the same step;
/// the application is received online, the consent is theirs to see and is what the bank's query names; another's
/// borrower, a loan without the consent and an enterprise's kind from a person are refused before anything is written.
/// </summary>
public sealed class OnlineLoanApplicationTests(LoansHost host) : IClassFixture<LoansHost>
{
    private static int _employers = 71_000_000;

    [Fact(Timeout = 60_000)]
    public async Task A_person_applies_online_for_their_own_loan_and_the_consent_given_with_it_lets_the_chosen_bank_query()
    {
        var (idNumber, personId) = await host.RegisterUnemployedPersonWithIdAsync();
        var person = TestCallers.Person(personId);

        var taken = await host.Loans.SubmitApplicationAsync(Application(new Borrower { IdNumber = idNumber, Kind = BorrowerKind.Individual }, "individual.subsidised"), person);

        Assert.Equal((Channel.Online, ApplicationState.Accepted), (taken.Channel, taken.State));
        Assert.NotEmpty(taken.ConsentId);
        var consent = Assert.Single((await host.Loans.ListMyQueryConsentsAsync(new ListMyQueryConsentsRequest(), person)).Consents, c => c.ConsentId == taken.ConsentId);
        Assert.Equal((Bank, ConsentChannel.Online, true), (consent.BankCode, consent.Channel, consent.InForce));
        var mine = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), person)).Records);
        Assert.Equal((taken.ApplicationId, "已受理", true), (mine.Reference, mine.StateZh, mine.Withdrawable));

        var query = Query(idNumber, D(2023, 7, 1), 5 * Wan);
        query.ConsentReference = taken.ConsentId;
        var answer = await host.Loans.QueryEligibilityAsync(query, TestCallers.Bank(Bank));
        Assert.NotEmpty(answer.AnswerId);
        Assert.NotEmpty(answer.Offers);

        // The audit export (and the figures built on it) counts it as 网上受理.
        var exported = await host.ExportedTodayAsync(TestCallers.Auditor("410800"), "410800");
        Assert.Equal(Channel.Online, Assert.Single(exported, i => i.Reference == taken.ApplicationId).Channel);
    }

    [Fact(Timeout = 60_000)]
    public async Task Online_the_borrower_is_the_one_signed_in_the_consent_is_required_and_a_person_cannot_take_an_enterprises_kind()
    {
        var (idNumber, personId) = await host.RegisterUnemployedPersonWithIdAsync();
        var someoneElse = await host.RegisterUnemployedPersonAsync("网办他人");
        var person = TestCallers.Person(personId);

        var another = await Assert.ThrowsAsync<RpcException>(() => host.Loans.SubmitApplicationAsync(
            Application(new Borrower { IdNumber = someoneElse, Kind = BorrowerKind.Individual }, "individual.subsidised"), person).ResponseAsync);
        var noConsent = Application(new Borrower { IdNumber = idNumber, Kind = BorrowerKind.Individual }, "individual.subsidised");
        noConsent.BankQueryConsent = false;
        var withoutConsent = await Assert.ThrowsAsync<RpcException>(() => host.Loans.SubmitApplicationAsync(noConsent, person).ResponseAsync);
        var enterprise = await Assert.ThrowsAsync<RpcException>(() => host.Loans.SubmitApplicationAsync(
            Application(new Borrower { CreditCode = TestCreditCodes.Of("91410802", 70_000_001), Kind = BorrowerKind.SmallMicroEnterprise }, "small_micro.subsidised"), person).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, another.StatusCode);
        Assert.Contains("只能为本人办理", another.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, withoutConsent.StatusCode);
        Assert.Contains("须同意所选经办银行查询贷款资格", withoutConsent.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, enterprise.StatusCode);
        Assert.Contains("由单位申请", enterprise.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await host.Cases.ListMineAsync(new ListMineRequest(), person)).Records);
        Assert.Empty((await host.Loans.ListMyQueryConsentsAsync(new ListMyQueryConsentsRequest(), person)).Consents);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_enterprises_agent_applies_for_its_own_enterprise_sees_it_in_its_affairs_and_withdraws_it_but_not_for_another_enterprise()
    {
        var (code, employerId) = await EnterpriseAsync("网办小微企业有限公司");
        var (otherCode, _) = await EnterpriseAsync("网办其他企业有限公司");
        var agent = TestCallers.EmployerAgent(employerId);
        var application = Application(new Borrower { CreditCode = code, Kind = BorrowerKind.SmallMicroEnterprise }, "small_micro.subsidised");
        application.Staffing = new EnterpriseStaffing { CurrentStaff = 20, QualifyingNewHiresThisYear = 4 };

        var taken = await host.Cases.SubmitApplicationAsync(Shared(application), agent);
        var other = application.Clone();
        other.IdempotencyKey = Guid.NewGuid().ToString();
        other.Borrower.CreditCode = otherCode;
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => host.Loans.SubmitApplicationAsync(other, agent).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, notTheirs.StatusCode);
        Assert.Contains("只能为本单位办理", notTheirs.Status.Detail, StringComparison.Ordinal);
        var mine = Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), agent)).Records);
        Assert.Equal(taken.Reference, mine.Reference);
        var withdrawn = await host.Cases.WithdrawAsync(new WithdrawRequest
        {
            SubsidyService = Employment.ServiceDefaults.Clients.PlatformServices.Loans, IdempotencyKey = Guid.NewGuid().ToString(), Reference = taken.Reference,
        }, agent);
        Assert.Equal("已撤回", withdrawn.StateZh);
        var stored = await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.Reference }, TestCallers.Counter());
        Assert.Equal((Channel.Online, ApplicationState.Withdrawn), (stored.Channel, stored.State));
    }

    [Fact(Timeout = 60_000)]
    public async Task Every_loan_form_is_open_online_to_its_borrower_with_the_configured_banks_to_choose_and_the_consent_asked()
    {
        var forms = await host.Loans.DescribeApplicationFormsAsync(new DescribeFormsRequest());

        Assert.All(forms.Forms, f => Assert.True(f.Online));
        var individual = forms.Forms.Single(f => f.Kind == "BORROWER_KIND_INDIVIDUAL");
        var small = forms.Forms.Single(f => f.Kind == "BORROWER_KIND_SMALL_MICRO_ENTERPRISE");
        Assert.Equal((FormApplicant.Person, "borrower.id_number"), (individual.Applicant, Assert.Single(individual.ApplicantNumberPaths)));
        Assert.Equal((FormApplicant.Employer, "borrower.credit_code"), (small.Applicant, Assert.Single(small.ApplicantNumberPaths)));
        var bank = individual.Fields.Single(f => f.Path == "bank_code");
        Assert.Equal(FormFieldType.Choice, bank.Type);
        Assert.Equal(LoansHost.ConfiguredBanks.Select(b => b.NameZh), bank.Choices.Select(c => c.NameZh));
        Assert.Contains(individual.Fields, f => f.Path == "bank_query_consent" && f.Type == FormFieldType.YesNo && f.HintZh.Contains("天内可查询", StringComparison.Ordinal));
    }

    private static SubmitApplicationRequest Application(Borrower borrower, string product) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Borrower = borrower,
        Region = new RegionCode { Code = "410802" },
        ProductId = product,
        BankCode = Bank,
        RequestedAmount = new Money { Fen = 5 * Wan },
        TermMonths = 24,
        IntendedIssueDate = D(2023, 7, 1),
        BankQueryConsent = true,
    };

    /// <summary>An enterprise's application as the hall sends it: through the shared step, by the form's paths.</summary>
    private static ApplicationAnswers Shared(SubmitApplicationRequest application)
    {
        var answers = new ApplicationAnswers { Kind = "BORROWER_KIND_SMALL_MICRO_ENTERPRISE", IdempotencyKey = application.IdempotencyKey };
        answers.Answers.Add(new FormAnswer { Path = "borrower.credit_code", Value = application.Borrower.CreditCode });
        answers.Answers.Add(new FormAnswer { Path = "region", Value = application.Region.Code });
        answers.Answers.Add(new FormAnswer { Path = "product_id", Value = application.ProductId });
        answers.Answers.Add(new FormAnswer { Path = "bank_code", Value = application.BankCode });
        answers.Answers.Add(new FormAnswer { Path = "requested_amount", Value = (application.RequestedAmount.Fen / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        answers.Answers.Add(new FormAnswer { Path = "term_months", Value = application.TermMonths.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        answers.Answers.Add(new FormAnswer { Path = "intended_issue_date", Value = "2023-07-01" });
        answers.Answers.Add(new FormAnswer { Path = "staffing.current_staff", Value = "20" });
        answers.Answers.Add(new FormAnswer { Path = "staffing.qualifying_new_hires_this_year", Value = "4" });
        answers.Answers.Add(new FormAnswer { Path = "bank_query_consent", Value = "true" });
        return answers;
    }

    private async Task<(string Code, string EmployerId)> EnterpriseAsync(string name)
    {
        var code = TestCreditCodes.Of("91410802", Interlocked.Increment(ref _employers));
        var registered = await host.Registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = name, Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter("410800"));
        return (code, registered.EmployerId);
    }
}
