using System.Net;
using System.Text;
using Employment.Common.V1;
using Employment.Gateway.Rest;
using Employment.Jobs.V1;
using Employment.Policy.V1;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Google.Protobuf;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "Public REST/JSON": every RPC that declares google.api.http answers over HTTP/1.1 through
/// the gateway, with path variables, query parameters and body mapped onto the request and the
/// proto3 JSON mapping (JSON names, enum names, 64-bit integers as strings) both ways.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class RestTranscodingTests(PlatformUnderTest platform)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>The REST calls below, one per annotated RPC; a new annotation without one fails the coverage test.</summary>
    private static readonly string[] Covered =
    [
        "/employment.policy.v1.PolicyCatalog/ListDocuments",
        "/employment.policy.v1.PolicyCatalog/ListMeasures",
        "/employment.policy.v1.PolicyCatalog/GetParameter",
        "/employment.jobs.v1.JobMatching/SearchPostings",
        "/employment.jobs.v1.JobMatching/GetPublicPosting",
        "/employment.jobs.v1.JobMatching/MatchJobs",
        "/employment.jobs.v1.PublicEmploymentServices/ListUpcomingEvents",
        "/employment.jobs.v1.PublicEmploymentServices/ListVenues",
        "/employment.training.v1.TrainingSubsidies/CheckSkillUpgrade",
        "/employment.training.v1.TrainingSubsidies/CheckTraining",
        "/employment.common.v1.SubsidyPayments/GetPaymentNotice",
        "/employment.common.v1.SubsidyCases/CheckSelf",
        "/employment.common.v1.SubsidyCases/DescribeApplicationForms",
        "/employment.common.v1.SubsidyCases/GetApplicationProgress",
        "/employment.common.v1.SubsidyCases/DescribeSelfChecks",
        "/employment.loans.v1.StartupLoans/CheckLoan",
        "/employment.hiring.v1.HiringSubsidies/CheckSubsidies",
        "/employment.hiring.v1.HiringSubsidies/DescribeClaimForms",
        "/employment.training.v1.TrainingSubsidies/DescribeApplicationForms",
        "/employment.loans.v1.StartupLoans/DescribeApplicationForms",
    ];

    [Fact]
    public void Every_annotated_rpc_has_a_round_trip_test_here()
    {
        var annotated = new HttpBindings(ContractDescriptors.Files).All.Select(b => b.MethodPath).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(Covered.Order(StringComparer.Ordinal), annotated);
    }

    [Fact(Timeout = 30_000)]
    public async Task The_claim_application_and_loan_forms_read_over_REST_are_the_gRPC_answers_anonymously()
    {
        var claims = await platform.Http.GetStringAsync("/v1/hiring/claim-forms");
        var applications = await platform.Http.GetStringAsync("/v1/training/application-forms");

        var claimsDirect = await new Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient(platform.Invoker).DescribeClaimFormsAsync(new DescribeFormsRequest());
        var applicationsDirect = await new TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker).DescribeApplicationFormsAsync(new DescribeFormsRequest());
        Assert.Equal(claimsDirect, Parser.Parse<FormDescriptions>(claims));
        Assert.Equal(applicationsDirect, Parser.Parse<FormDescriptions>(applications));
        var loans = await platform.Http.GetStringAsync("/v1/loans/application-forms");
        var loansDirect = await new Employment.Loans.V1.StartupLoans.StartupLoansClient(platform.Invoker).DescribeApplicationFormsAsync(new DescribeFormsRequest());
        Assert.Equal(loansDirect, Parser.Parse<FormDescriptions>(loans));
        Assert.Contains("\"labelZh\"", claims, StringComparison.Ordinal);   // the contract's JSON names

        // The same forms on the lifecycle's shared step, each service's by the path.
        Assert.Equal(claimsDirect, Parser.Parse<FormDescriptions>(await platform.Http.GetStringAsync("/v1/subsidies/hiring-subsidies/application-forms")));
        Assert.Equal(applicationsDirect, Parser.Parse<FormDescriptions>(await platform.Http.GetStringAsync("/v1/subsidies/training-subsidies/application-forms")));
        Assert.Equal(loansDirect, Parser.Parse<FormDescriptions>(await platform.Http.GetStringAsync("/v1/subsidies/startup-loans/application-forms")));
    }

    [Fact(Timeout = 30_000)]
    public async Task The_self_check_forms_are_read_over_REST_from_the_service_the_path_names_as_gRPC_reads_them()
    {
        var hiring = await platform.Http.GetStringAsync("/v1/subsidies/hiring-subsidies/self-check-forms");
        var training = await platform.Http.GetStringAsync("/v1/subsidies/training-subsidies/self-check-forms");

        var cases = new SubsidyCases.SubsidyCasesClient(platform.Channel);
        Assert.Equal(await cases.DescribeSelfChecksAsync(new DescribeSelfChecksRequest(), TestCallers.Naming("hiring-subsidies")), Parser.Parse<FormDescriptions>(hiring));
        Assert.Equal(await cases.DescribeSelfChecksAsync(new DescribeSelfChecksRequest(), TestCallers.Naming("training-subsidies")), Parser.Parse<FormDescriptions>(training));
        Assert.Contains(Parser.Parse<FormDescriptions>(hiring).Forms, f => f.Address == "traineeship");
        Assert.Contains(Parser.Parse<FormDescriptions>(training).Forms, f => f.Address == "vocational-training");
    }

    [Fact(Timeout = 30_000)]
    public async Task GetParameter_path_variable_and_dotted_query_give_the_same_answer_as_gRPC()
    {
        var response = await platform.Http.GetAsync("/v1/policy/parameters/loans.individual.subsidised_cap?region.code=410800&on.year=2024&on.month=1&on.day=1");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("\"fen\":\\s*\"30000000\"", json);                        // int64 as a string
        Assert.Contains("\"inForce\"", json, StringComparison.Ordinal);           // JSON names

        var direct = await new PolicyCatalog.PolicyCatalogClient(platform.Invoker).GetParameterAsync(new GetParameterRequest
        {
            Key = "loans.individual.subsidised_cap",
            Region = new RegionCode { Code = "410800" },
            On = new CalendarDate { Year = 2024, Month = 1, Day = 1 },
        });
        Assert.Equal(direct, Parser.Parse<GetParameterResponse>(json));
    }

    [Fact(Timeout = 30_000)]
    public async Task ListMeasures_takes_an_enum_by_name_in_the_query()
    {
        var json = await GetOkAsync("/v1/policy/measures?region.code=410800&on=2024-03-01&domain=POLICY_DOMAIN_LOANS");
        var direct = await new PolicyCatalog.PolicyCatalogClient(platform.Invoker).ListMeasuresAsync(new ListMeasuresRequest
        {
            Region = new RegionCode { Code = "410800" },
            On = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            Domain = PolicyDomain.Loans,
        });
        Assert.NotEmpty(direct.Measures);
        Assert.Equal(direct, Parser.Parse<ListMeasuresResponse>(json));
    }

    [Fact(Timeout = 30_000)]
    public async Task ListDocuments_without_parameters()
    {
        var json = await GetOkAsync("/v1/policy/documents");
        var direct = await new PolicyCatalog.PolicyCatalogClient(platform.Invoker).ListDocumentsAsync(new ListDocumentsRequest());
        Assert.NotEmpty(direct.Documents);
        Assert.Equal(direct, Parser.Parse<ListDocumentsResponse>(json));
    }

    [Fact(Timeout = 30_000)]
    public async Task SearchPostings_fills_scalars_nested_fields_enums_and_int64_from_the_query()
    {
        var json = await GetOkAsync("/v1/jobs/postings?query=%E7%84%8A%E5%B7%A5&region.code=410800&payAtLeast.fen=300000&pay_period=PAY_PERIOD_MONTH&employment_type=EMPLOYMENT_TYPE_FULL_TIME&page.page_size=5");
        var hit = Parser.Parse<SearchPostingsResponse>(json).Hits.Single();
        Assert.Equal("焊工", hit.Title);
        Assert.Equal("410800", hit.County.Code);
        Assert.Equal(300000, hit.Pay.Min.Fen);
        Assert.Equal(PayPeriod.Month, hit.Pay.Period);
        Assert.Equal(EmploymentType.FullTime, hit.EmploymentType);
        Assert.Equal(5, hit.Relevance);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetPublicPosting_fills_the_path_variable()
    {
        var json = await GetOkAsync("/v1/jobs/postings/J-2024-042");
        Assert.Equal("J-2024-042", Parser.Parse<PublicPosting>(json).PostingId);
    }

    [Fact(Timeout = 30_000)]
    public async Task ListUpcomingEvents_fills_the_region_and_page_from_the_query()
    {
        var json = await GetOkAsync("/v1/employment-service/events?region.code=410823&page.page_size=20&page.page_token=40");
        var answer = Parser.Parse<ListUpcomingEventsResponse>(json);
        Assert.Equal("410823", answer.Events.Single().County.Code);
        Assert.Equal("40", answer.Events.Single().Title);
        Assert.Equal(20, answer.Page.TotalSize);
    }

    [Fact(Timeout = 30_000)]
    public async Task ListVenues_fills_the_region_and_the_enum_kind_from_the_query()
    {
        var json = await GetOkAsync("/v1/employment-service/venues?region.code=419001&kind=VENUE_KIND_STATION&page.page_size=7");
        var venue = Parser.Parse<ListVenuesResponse>(json).Venues.Single();
        Assert.Equal("419001", venue.County.Code);
        Assert.Equal(VenueKind.Station, venue.Kind);
    }

    [Fact(Timeout = 30_000)]
    public async Task MatchJobs_reads_the_whole_request_from_the_body()
    {
        const string body = """
            { "preferences": { "occupationCodes": ["6-18", "4-07"], "regions": [{ "code": "419001" }], "employmentType": "EMPLOYMENT_TYPE_PART_TIME" },
              "page": { "pageSize": 7 } }
            """;
        var response = await platform.Http.PostAsync("/v1/jobs:match", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matches = Parser.Parse<MatchJobsResponse>(await response.Content.ReadAsStringAsync()).Matches;
        Assert.Equal(["6-18", "4-07"], matches.Select(m => m.Posting.OccupationCode));
        Assert.All(matches, m => Assert.Equal("419001", m.Posting.WorkPlace.County.Code));
        Assert.All(matches, m => Assert.Equal(EmploymentType.PartTime, m.Posting.EmploymentType));
        Assert.All(matches, m => Assert.Equal(7, m.Score));
    }

    [Fact(Timeout = 30_000)]
    public async Task CheckSkillUpgrade_reads_the_statement_from_the_body_and_answers_as_gRPC_does()
    {
        const string body = """
            {"certificate": {"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L3", "issueDate": {"year": 2023, "month": 6, "day": 1}},
             "region": {"code": "410823"}, "insuredMonths": 12}
            """;
        var response = await platform.Http.PostAsync("/v1/training/skill-upgrade:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("\"fen\":\\s*\"200000\"", json);
        Assert.Contains("training.skill_upgrade.insurance_months_min", json, StringComparison.Ordinal);

        var direct = await new TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker).CheckSkillUpgradeAsync(Parser.Parse<SkillUpgradeSelfCheckRequest>(body));
        Assert.Equal(direct, Parser.Parse<SkillUpgradeSelfCheck>(json));
    }

    [Fact(Timeout = 30_000)]
    public async Task CheckTraining_reads_the_course_from_the_body_and_refuses_as_gRPC_does_where_the_amount_is_not_configured()
    {
        // This platform configures no amount per course (R3): both ways give the same FAILED_PRECONDITION naming key, region and date.
        const string body = """
            {"course": {"course": {"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L4", "hours": 120,
                                   "period": {"from": {"year": 2024, "month": 4, "day": 1}, "until": {"year": 2024, "month": 5, "day": 20}}},
                        "region": {"code": "410823"}, "person": {"unemploymentRegisteredSince": {"year": 2024, "month": 1, "day": 1}}}}
            """;
        var response = await platform.Http.PostAsync("/v1/training:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var status = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var direct = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() =>
            new TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker).CheckTrainingAsync(Parser.Parse<TrainingSelfCheckRequest>(body)).ResponseAsync);
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal((int)direct.StatusCode, status.GetProperty("code").GetInt32());
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, direct.StatusCode);
        Assert.Equal(direct.Status.Detail, status.GetProperty("message").GetString());
        Assert.Contains("training.vocational_training.amount_per_course", direct.Said(), StringComparison.Ordinal);
        // The REST error body is the same google.rpc.Status, details and all, as the gRPC trailer.
        Assert.Equal(Grpc.Core.RpcExceptionExtensions.GetRpcStatus(direct), RestStatus(status.GetRawText()));
    }

    [Fact(Timeout = 30_000)]
    public async Task CheckLoan_reads_the_statement_from_the_body_without_a_token_and_answers_as_gRPC_does()
    {
        const string body = """
            {"borrowerKind": "BORROWER_KIND_INDIVIDUAL", "region": {"code": "410800"}, "intendedIssueDate": {"year": 2024, "month": 3, "day": 1},
             "requestedAmount": {"fen": "5000000"}, "groups": ["STATED_GROUP_REGISTERED_UNEMPLOYED"]}
            """;
        var response = await platform.Http.PostAsync("/v1/loans:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("loans.individual.amount_within_subsidised_cap", json, StringComparison.Ordinal);

        var direct = await new Employment.Loans.V1.StartupLoans.StartupLoansClient(platform.Channel).CheckLoanAsync(Parser.Parse<Employment.Loans.V1.LoanSelfCheckRequest>(body));
        Assert.Equal(direct, Parser.Parse<Employment.Loans.V1.LoanSelfCheck>(json));
    }

    [Fact(Timeout = 30_000)]
    public async Task The_loan_self_check_asked_by_its_forms_paths_over_REST_judges_as_the_typed_CheckLoan_does()
    {
        const string body = """
            {"answers": [{"path": "borrower_kind", "value": "BORROWER_KIND_INDIVIDUAL"}, {"path": "region", "value": "410800"},
                         {"path": "intended_issue_date", "value": "2024-03-01"}, {"path": "requested_amount", "value": "50000"},
                         {"path": "groups[0]", "value": "STATED_GROUP_REGISTERED_UNEMPLOYED"}, {"path": "guarantor_monthly_contributions[0]", "value": "1500"}]}
            """;
        var response = await platform.Http.PostAsync("/v1/subsidies/startup-loans/self-checks/loan:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shared = Parser.Parse<SelfCheckOutcome>(json);

        var typed = await new Employment.Loans.V1.StartupLoans.StartupLoansClient(platform.Channel).CheckLoanAsync(new Employment.Loans.V1.LoanSelfCheckRequest
        {
            BorrowerKind = Employment.Loans.V1.BorrowerKind.Individual,
            Region = new RegionCode { Code = "410800" },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 5_000_000 },
            Groups = { Employment.Loans.V1.StatedGroup.RegisteredUnemployed },
            GuarantorMonthlyContributions = { new Money { Fen = 150_000 } },
        });
        Assert.Equal(typed.Eligible, shared.MayBePaid);
        Assert.Equal(typed.Explanation, shared.Explanation);
        Assert.Equal(typed.Offers.Select(o => (o.ProductId, o.Eligible)), shared.Parts.Select(p => (p.Id, p.MayBePaid)));
        Assert.Equal(typed.Offers.Select(o => o.Explanation), shared.Parts.Select(p => p.Explanation));
        Assert.Equal(typed.Offers.Select(o => o.TotalCap), shared.Parts.Select(p => p.Terms.Single(t => t.Key == "total_cap").Amount));
    }

    [Fact(Timeout = 30_000)]
    public async Task CheckSubsidies_reads_the_statement_from_the_body_without_a_token_and_answers_as_gRPC_does()
    {
        const string body = """
            {"startup": {"businessKind": "ENTITY_KIND_INDIVIDUAL_BUSINESS", "region": {"code": "410802"}, "registeredOn": {"year": 2022, "month": 9, "day": 1},
                         "firstBusiness": true, "operatedNormally": true, "groups": ["STATED_FOUNDER_GROUP_VETERAN"]},
             "hire": {"employerKind": "ENTITY_KIND_ENTERPRISE", "region": {"code": "410802"}, "contractStart": {"year": 2023, "month": 3, "day": 1},
                      "openEnded": true, "insuredMonths": 1, "birthDate": {"year": 2000, "month": 3, "day": 10},
                      "unemploymentRegisteredSince": {"year": 2022, "month": 6, "day": 1}}}
            """;
        var response = await platform.Http.PostAsync("/v1/hiring:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("startup.first_self_employment_subsidy.founder_group", json, StringComparison.Ordinal);
        Assert.Contains("hiring.absorption.target_group", json, StringComparison.Ordinal);

        var direct = await new Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient(platform.Channel).CheckSubsidiesAsync(Parser.Parse<Employment.Hiring.V1.SubsidySelfCheckRequest>(body));
        Assert.Equal(direct, Parser.Parse<Employment.Hiring.V1.SubsidySelfCheck>(json));
        Assert.Equal(500_000, direct.Startup.Amount.Fen);
    }

    /// <remarks>
    /// One test for both routes and the limit, because every progress lookup of this collection counts
    /// against the one per-address window (gateway.json: 10 a minute): no other test here makes one.
    /// </remarks>
    [Fact(Timeout = 60_000)]
    public async Task GetApplicationProgress_reads_the_body_refuses_as_gRPC_does_and_is_limited_per_address_apart_from_the_public_limit()
    {
        const string body = """{"reference": "A-no-such-application", "code": "ABCDEFGH"}""";
        var loans = await platform.Http.PostAsync("/v1/subsidies/startup-loans/applications:progress", new StringContent(body, Encoding.UTF8, "application/json"));
        var training = await platform.Http.PostAsync("/v1/subsidies/training-subsidies/applications:progress", new StringContent(body, Encoding.UTF8, "application/json"));
        var hiring = await platform.Http.PostAsync("/v1/subsidies/hiring-subsidies/applications:progress", new StringContent(body, Encoding.UTF8, "application/json"));
        var direct = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => new SubsidyCases.SubsidyCasesClient(platform.Channel)
            .GetApplicationProgressAsync(Parser.Parse<ApplicationProgressRequest>(body), TestCallers.Naming("startup-loans")).ResponseAsync);
        Assert.Equal(HttpStatusCode.NotFound, loans.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, training.StatusCode);
        Assert.Equal(Grpc.Core.StatusCode.NotFound, direct.StatusCode);
        var loansJson = await loans.Content.ReadAsStringAsync();
        Assert.Contains("查询码不正确", loansJson, StringComparison.Ordinal);
        Assert.Equal(Grpc.Core.RpcExceptionExtensions.GetRpcStatus(direct), RestStatus(loansJson));
        // The same refusal from each service, in its own domain.
        var loansStatus = RestStatus(loansJson);
        Assert.Equal(HttpStatusCode.NotFound, hiring.StatusCode);
        foreach (var (answer, domain) in new[] { (training, "training-subsidies"), (hiring, "hiring-subsidies") })
        {
            var status = RestStatus(await answer.Content.ReadAsStringAsync());
            Assert.Equal((loansStatus.Code, loansStatus.Message), (status.Code, status.Message));
            Assert.Equal(domain, status.Details.Single(d => d.Is(Google.Rpc.ErrorInfo.Descriptor)).Unpack<Google.Rpc.ErrorInfo>().Domain);
        }

        // Four lookups so far; the window holds ten: the eleventh at the latest is refused with a retry hint
        // (exactly the eleventh: ProgressRateLimitTests).
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 7 && refused is null; i++)
        {
            var response = await platform.Http.PostAsync("/v1/subsidies/training-subsidies/applications:progress", new StringContent(body, Encoding.UTF8, "application/json"));
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.NotNull(refused.Headers.RetryAfter);
        // The rest of the public API is still open to the same address: the progress window is its own.
        var other = await platform.Http.GetAsync("/v1/subsidies/training-subsidies/payment-notices/B-no-such-batch");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetPaymentNotice_fills_the_path_variable()
    {
        // No batch of that id: the service's NOT_FOUND names the id it was given through the path.
        var response = await platform.Http.GetAsync("/v1/subsidies/training-subsidies/payment-notices/B-no-such-batch");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":5", json, StringComparison.Ordinal);
        Assert.Contains("B-no-such-batch", json, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Hiring_GetPaymentNotice_fills_the_path_variable_without_a_token()
    {
        // The hiring notice list is public: no token, and the service's NOT_FOUND names the id from the path.
        var response = await platform.Http.GetAsync("/v1/subsidies/hiring-subsidies/payment-notices/B-no-such-hiring-batch");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":5", json, StringComparison.Ordinal);
        Assert.Contains("B-no-such-hiring-batch", json, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("""{ "prefrences": { "occupationCodes": ["6-18"] } }""", "“prefrences”不是", "prefrences")]
    [InlineData("""{ "preferences": { "occupationCode": ["6-18"] } }""", "“occupationCode”（位于 preferences）", "preferences.occupationCode")]
    [InlineData("""{ "preferences": { "regions": [{ "code": "419001" }, { "cod": "410800" }] } }""", "“cod”（位于 preferences.regions[1]）", "preferences.regions[1].cod")]
    public async Task A_misspelt_body_field_is_INVALID_ARGUMENT_naming_it_not_silently_ignored(string body, string named, string field)
    {
        var response = await platform.Http.PostAsync("/v1/jobs:match", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = RestStatus(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, status.Code);
        Assert.Contains(named, status.Message, StringComparison.Ordinal);
        Assert.Equal(field, Assert.Single(status.Details.Single(d => d.Is(Google.Rpc.BadRequest.Descriptor)).Unpack<Google.Rpc.BadRequest>().FieldViolations).Field);
    }

    /// <summary>A REST error body read as the google.rpc.Status it is, its details by type.</summary>
    private static Google.Rpc.Status RestStatus(string json) =>
        new Google.Protobuf.JsonParser(Google.Protobuf.JsonParser.Settings.Default.WithTypeRegistry(Employment.ServiceDefaults.Errors.StatusDetails.Types)).Parse<Google.Rpc.Status>(json);

    [Fact(Timeout = 30_000)]
    public async Task A_body_with_proto_field_names_is_read_as_with_JSON_names()
    {
        const string body = """{ "preferences": { "occupation_codes": ["6-18"] }, "page": { "page_size": 3 } }""";
        var response = await platform.Http.PostAsync("/v1/jobs:match", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Assert.Single(Parser.Parse<MatchJobsResponse>(await response.Content.ReadAsStringAsync()).Matches).Score);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("/v1/policy/parameters/loans.individual.subsidised_cap?on.year=soon", 400, 3)]
    [InlineData("/v1/policy/documents?no_such_field=1", 400, 3)]
    [InlineData("/v1/jobs/postings?employment_type=NOT_A_TYPE", 400, 3)]
    public async Task A_request_that_does_not_read_is_answered_with_code_and_message(string path, int httpStatus, int grpcCode)
    {
        var response = await platform.Http.GetAsync(path);
        Assert.Equal(httpStatus, (int)response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"code\":{grpcCode}", json, StringComparison.Ordinal);
        Assert.Contains("\"message\":", json, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_date_in_the_query_may_be_written_as_people_write_it()
    {
        var spelledOut = await platform.Http.GetStringAsync("/v1/policy/measures?region.code=410800&on.year=2024&on.month=3&on.day=1");
        var written = await platform.Http.GetStringAsync("/v1/policy/measures?region.code=410800&on=2024-03-01");
        Assert.Equal(spelledOut, written);
        Assert.NotEmpty(Parser.Parse<ListMeasuresResponse>(written).Measures);

        var refused = await platform.Http.GetAsync("/v1/policy/measures?region.code=410800&on=1.3.2024");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2024-03-01", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_query_value_for_a_group_of_fields_says_which_field_to_name()
    {
        var response = await platform.Http.GetAsync("/v1/jobs/postings?page=1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, status.GetProperty("code").GetInt32());
        Assert.Contains("page.pageSize", status.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gRPC_error_of_the_service_comes_back_as_its_HTTP_status_with_code_and_message()
    {
        // R1: a date outside every period is "no policy"; an unknown key is NOT_FOUND from the service.
        var response = await platform.Http.GetAsync("/v1/policy/parameters/no.such.key");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"code\":5", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> GetOkAsync(string path)
    {
        var response = await platform.Http.GetAsync(path);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {json}");
        return json;
    }
}
