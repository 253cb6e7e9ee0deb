using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using HiringV1 = Employment.Hiring.V1;
using LoansV1 = Employment.Loans.V1;
using TrainingV1 = Employment.Training.V1;

namespace Gateway.Tests.Service;

/// <summary>
/// The person and employer roles through the gateway, each service deciding for itself: a person
/// reads only records whose person is them, an employer's agent only the employer's; anyone else's
/// record is the NOT_FOUND of a key that does not exist, and what only staff may call is refused by role.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class OwnRecordsThroughGatewayTests(PlatformUnderTest platform)
{
    private static CalendarDate Day(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    [Fact(Timeout = 120_000)]
    public async Task A_person_reads_their_own_registry_record_and_training_applications_and_nobody_elses()
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var training = new TrainingV1.TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker);
        var (mine, myNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410823");
        var (theirs, theirNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410823");
        await InsuredWorkerAsync(registry, mine);
        await InsuredWorkerAsync(registry, theirs);
        var myApplication = await training.SubmitApplicationAsync(PersonRegionThroughGatewayTests.SkillUpgrade(myNumber, "410823"), TestCallers.Counter());
        var theirApplication = await training.SubmitApplicationAsync(PersonRegionThroughGatewayTests.SkillUpgrade(theirNumber, "410823"), TestCallers.Counter());
        var me = TestCallers.Person(mine);

        var myRecord = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = mine } }, me);
        var myProfile = await registry.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { IdNumber = myNumber }, Purpose = "我的办事" }, me);
        var theirRecord = await Assert.ThrowsAsync<RpcException>(() => registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = theirs } }, me).ResponseAsync);
        var theirByNumber = await Assert.ThrowsAsync<RpcException>(() => registry.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { IdNumber = theirNumber }, Purpose = "我的办事" }, me).ResponseAsync);
        var search = await Assert.ThrowsAsync<RpcException>(() => registry.FindPeopleAsync(new FindPeopleRequest { Name = "跨区测试人" }, me).ResponseAsync);
        var myList = await training.ListApplicationsAsync(new TrainingV1.ListApplicationsRequest(), me);
        var own = await training.GetApplicationAsync(new TrainingV1.GetApplicationRequest { ApplicationId = myApplication.ApplicationId }, me);
        var other = await Assert.ThrowsAsync<RpcException>(() => training.GetApplicationAsync(new TrainingV1.GetApplicationRequest { ApplicationId = theirApplication.ApplicationId }, me).ResponseAsync);
        var otherList = await Assert.ThrowsAsync<RpcException>(() => training.ListApplicationsAsync(new TrainingV1.ListApplicationsRequest { Person = new PersonKey { PersonId = theirs } }, me).ResponseAsync);

        Assert.Equal(myNumber, myRecord.IdNumber);
        Assert.Equal(mine, myProfile.Person.PersonId);
        Assert.Equal(StatusCode.NotFound, theirRecord.StatusCode);
        Assert.Equal(StatusCode.NotFound, theirByNumber.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, search.StatusCode);
        Assert.Equal(myApplication.ApplicationId, Assert.Single(myList.Applications).ApplicationId);
        Assert.Equal(myApplication.ApplicationId, own.ApplicationId);
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherList.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_person_reads_their_own_loan_application_and_not_another_borrowers()
    {
        var loans = new LoansV1.StartupLoans.StartupLoansClient(platform.Invoker);
        var (mine, myNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410802");
        var (_, theirNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410802");
        var myApplication = await loans.SubmitApplicationAsync(LoanApplication(myNumber), TestCallers.Counter());
        var theirApplication = await loans.SubmitApplicationAsync(LoanApplication(theirNumber), TestCallers.Counter());
        var me = TestCallers.Person(mine);

        var own = await loans.GetApplicationAsync(new LoansV1.GetApplicationRequest { ApplicationId = myApplication.ApplicationId }, me);
        var listed = await loans.ListApplicationsAsync(new LoansV1.ListApplicationsRequest(), me);
        var other = await Assert.ThrowsAsync<RpcException>(() => loans.GetApplicationAsync(new LoansV1.GetApplicationRequest { ApplicationId = theirApplication.ApplicationId }, me).ResponseAsync);
        var loansOfBank = await Assert.ThrowsAsync<RpcException>(() => loans.ListLoansAsync(new LoansV1.ListLoansRequest(), me).ResponseAsync);

        Assert.Equal(myApplication.ApplicationId, own.ApplicationId);
        Assert.Equal(myApplication.ApplicationId, Assert.Single(listed.Applications).ApplicationId);
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, loansOfBank.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_employer_agent_reads_its_employers_record_and_claims_and_no_other_employers()
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var hiring = new HiringV1.HiringSubsidies.HiringSubsidiesClient(platform.Invoker);
        var (ours, ourCode) = await ReceivedDateThroughGatewayTests.EnterpriseAsync(platform.Invoker, "410802", "410800");
        var (theirs, theirCode) = await ReceivedDateThroughGatewayTests.EnterpriseAsync(platform.Invoker, "410802", "410800");
        var ourClaim = await hiring.SubmitClaimAsync(ReceivedDateThroughGatewayTests.ReceivedIn2024(ourCode), TestCallers.Counter());
        var theirClaim = await hiring.SubmitClaimAsync(ReceivedDateThroughGatewayTests.ReceivedIn2024(theirCode), TestCallers.Counter());
        var agent = TestCallers.EmployerAgent(ours);

        var ourRecord = await registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { CreditCode = ourCode } }, agent);
        var theirRecord = await Assert.ThrowsAsync<RpcException>(() => registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = theirs } }, agent).ResponseAsync);
        var ourClaims = await hiring.ListClaimsAsync(new HiringV1.ListClaimsRequest(), agent);
        var theirClaims = await Assert.ThrowsAsync<RpcException>(() => hiring.ListClaimsAsync(new HiringV1.ListClaimsRequest { Employer = new EmployerKey { CreditCode = theirCode } }, agent).ResponseAsync);
        var theirClaimById = await Assert.ThrowsAsync<RpcException>(() => hiring.GetClaimAsync(new HiringV1.GetClaimRequest { ClaimId = theirClaim.ClaimId }, agent).ResponseAsync);
        var aPerson = await Assert.ThrowsAsync<RpcException>(() => registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = "agent-person" } }, agent).ResponseAsync);

        Assert.Equal(ours, ourRecord.EmployerId);
        Assert.Equal(StatusCode.NotFound, theirRecord.StatusCode);
        Assert.Equal(ourClaim.ClaimId, Assert.Single(ourClaims.Claims).ClaimId);
        Assert.Equal(StatusCode.NotFound, theirClaims.StatusCode);
        Assert.Equal(StatusCode.NotFound, theirClaimById.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, aPerson.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_legal_representative_grants_an_agent_and_each_person_reads_whom_they_act_for_and_nobody_elses()
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var (representative, representativeNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410802");
        var (agent, agentNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410802");
        var (employer, _) = await ReceivedDateThroughGatewayTests.EnterpriseAsync(platform.Invoker, "410802", "410800");
        var (other, _) = await ReceivedDateThroughGatewayTests.EnterpriseAsync(platform.Invoker, "410802", "410800");
        var current = await registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = employer } }, TestCallers.Counter());
        await registry.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employer, ExpectedVersion = current.Record.Version,
            Employer = new Employer { LegalRepresentativeIdNumber = representativeNumber },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "legal_representative_id_number" } },
        }, TestCallers.Admin());
        GrantEmployerAgentRequest Grant(string employerId) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employerId, Agent = new PersonKey { IdNumber = agentNumber }, ValidFrom = Day(2030, 1, 1),
        };

        var granted = await registry.GrantEmployerAgentAsync(Grant(employer), TestCallers.Person(representative));
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => registry.GrantEmployerAgentAsync(Grant(other), TestCallers.Person(representative)).ResponseAsync);
        var mine = await registry.ListActingForAsync(new ListActingForRequest { PersonId = agent, On = Day(2030, 2, 1), Purpose = "我的办事" }, TestCallers.Person(agent));
        var someoneElses = await Assert.ThrowsAsync<RpcException>(() =>
            registry.ListActingForAsync(new ListActingForRequest { PersonId = representative, On = Day(2030, 2, 1), Purpose = "我的办事" }, TestCallers.Person(agent)).ResponseAsync);
        var ownAgents = await registry.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = employer }, TestCallers.EmployerAgent(employer, agent));
        var otherAgents = await Assert.ThrowsAsync<RpcException>(() =>
            registry.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = other }, TestCallers.EmployerAgent(employer, agent)).ResponseAsync);
        var byAgent = await Assert.ThrowsAsync<RpcException>(() => registry.GrantEmployerAgentAsync(Grant(employer), TestCallers.EmployerAgent(employer, agent)).ResponseAsync);

        Assert.Equal(AgentGrantedBy.LegalRepresentative, granted.GrantedBy);
        Assert.Equal(StatusCode.PermissionDenied, notTheirs.StatusCode);
        Assert.Equal((employer, ActingAs.Agent), (Assert.Single(mine.Employers).EmployerId, mine.Employers[0].ActingAs));
        Assert.Equal(StatusCode.NotFound, someoneElses.StatusCode);
        Assert.Equal(granted.GrantId, Assert.Single(ownAgents.Agents).GrantId);
        Assert.Equal(StatusCode.NotFound, otherAgents.StatusCode);
        // An agent does not appoint agents: the employer role may not grant.
        Assert.Equal(StatusCode.PermissionDenied, byAgent.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Person_and_employer_tokens_are_refused_by_role_what_only_staff_may_do_in_every_service()
    {
        var person = TestCallers.Person("P-anyone");
        var agent = TestCallers.EmployerAgent("E-anyone");
        RpcException[] refusals =
        [
            // A person applies online for their own (网上办理), but decides nothing.
            await Refused(new TrainingV1.TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker)
                .DecideApplicationAsync(new TrainingV1.DecideApplicationRequest { ApplicationId = "T-anyone" }, person).ResponseAsync),
            // An agent claims its employer's kinds online, but decides no claim.
            await Refused(new HiringV1.HiringSubsidies.HiringSubsidiesClient(platform.Invoker)
                .DecideClaimItemAsync(new HiringV1.DecideClaimItemRequest { ClaimId = "H-anyone", ItemNo = 1 }, agent).ResponseAsync),
            await Refused(new HiringV1.HiringSubsidies.HiringSubsidiesClient(platform.Invoker).ListClaimsAsync(new HiringV1.ListClaimsRequest(), person).ResponseAsync),
            await Refused(new Applicants.ApplicantsClient(platform.Invoker).UpdatePersonAsync(new UpdatePersonRequest { Person = new Person { PersonId = "P-anyone" } }, person).ResponseAsync),
            await Refused(new JobMatching.JobMatchingClient(platform.Invoker).ListPostingsAsync(new ListPostingsRequest(), agent).ResponseAsync),
            await Refused(new Employment.Risk.V1.RiskSignals.RiskSignalsClient(platform.Invoker).ListSignalsAsync(new Employment.Risk.V1.ListSignalsRequest(), person).ResponseAsync),
            await Refused(new LoansV1.StartupLoans.StartupLoansClient(platform.Invoker).RegisterLoanAsync(new LoansV1.RegisterLoanRequest(), person).ResponseAsync),
        ];
        var measures = await new Employment.Policy.V1.PolicyCatalog.PolicyCatalogClient(platform.Invoker)
            .ListMeasuresAsync(new Employment.Policy.V1.ListMeasuresRequest { Region = new RegionCode { Code = "410800" }, On = Day(2024, 3, 1) }, person);

        Assert.All(refusals, r => Assert.Equal(StatusCode.PermissionDenied, r.StatusCode));
        Assert.All(refusals, r => Assert.Contains("reason: ROLE_NOT_ALLOWED", r.Said(), StringComparison.Ordinal));
        Assert.NotEmpty(measures.Measures);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_employer_token_that_names_no_employer_is_refused()
    {
        var token = TestCallers.Token(new Employment.ServiceDefaults.Security.Caller(Employment.ServiceDefaults.Security.CallerRole.Employer, "P-anyone"));

        var refused = await Refused(new Applicants.ApplicantsClient(platform.Invoker)
            .GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = "E-anyone" } }, TestCallers.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    /// <summary>Two years of unemployment insurance and a contract in force before the skill-upgrade certificate of 2024-06-01.</summary>
    private static async Task InsuredWorkerAsync(Applicants.ApplicantsClient registry, string personId)
    {
        PersonFact[] facts =
        [
            new()
            {
                Kind = PersonFactKind.UnemploymentInsurance, Period = new DatePeriod { From = Day(2022, 6, 1), Until = Day(2024, 5, 31) }, Authority = "焦作市社会保险中心",
                Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Unemployment, Months = 24, EmployerCreditCode = "" },
            },
            new() { Kind = PersonFactKind.EmploymentContract, Period = new DatePeriod { From = Day(2022, 6, 1) }, Authority = "武陟县人社局", Contract = new EmploymentContract { OpenEnded = true } },
        ];
        foreach (var fact in facts)
        {
            await registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, TestCallers.Counter());
        }
    }

    private static LoansV1.SubmitApplicationRequest LoanApplication(string idNumber) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Borrower = new LoansV1.Borrower { IdNumber = idNumber, Kind = LoansV1.BorrowerKind.Individual },
        Region = new RegionCode { Code = "410802" },
        ProductId = "individual.subsidised",
        BankCode = "OWN-BANK",
        RequestedAmount = new Money { Fen = 5_000_000 },
        TermMonths = 24,
        IntendedIssueDate = Day(2024, 7, 1),
    };

    private static async Task<RpcException> Refused<T>(Task<T> call) => await Assert.ThrowsAsync<RpcException>(() => call);
}
