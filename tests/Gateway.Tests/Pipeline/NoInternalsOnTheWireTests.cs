using System.Net;
using System.Text;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Gateway.Tests.Service;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "No internals on the wire": what a bank or the public reads through the gateway names documents by
/// number, clause, issuing body and quote, never the project's working copy of a document (the seed
/// file) nor which process or cache of the platform answered; and a bank's answer says whose rules
/// judged the borrower (R2).
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class NoInternalsOnTheWireTests(PlatformUnderTest platform)
{
    [Theory(Timeout = 60_000)]
    [InlineData("/v1/policy/documents")]
    [InlineData("/v1/policy/measures?region.code=410802&on=2024-03-01")]
    [InlineData("/v1/policy/measures?region.code=419001&on=2023-06-01")]
    [InlineData("/v1/policy/parameters/loans.individual.subsidised_cap?region.code=410802&on=2024-03-01")]
    public async Task A_public_policy_answer_carries_no_seed_file_nor_internal_name(string path)
    {
        var response = await platform.Http.GetAsync(path);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("documentNumber", json, StringComparison.Ordinal);
        WireInternals.AssertNone(json);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("/v1/loans:check", """{"borrowerKind": "BORROWER_KIND_INDIVIDUAL", "region": {"code": "410802"}, "intendedIssueDate": {"year": 2024, "month": 3, "day": 1}, "requestedAmount": {"fen": "5000000"}, "groups": ["STATED_GROUP_REGISTERED_UNEMPLOYED"]}""")]
    [InlineData("/v1/training/skill-upgrade:check", """{"certificate": {"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L3", "issueDate": {"year": 2023, "month": 6, "day": 1}}, "region": {"code": "410823"}, "insuredMonths": 12}""")]
    [InlineData("/v1/hiring:check", """{"hire": {"employerKind": "ENTITY_KIND_ENTERPRISE", "region": {"code": "410802"}, "contractStart": {"year": 2023, "month": 3, "day": 1}, "openEnded": true, "insuredMonths": 1, "birthDate": {"year": 2000, "month": 3, "day": 10}, "unemploymentRegisteredSince": {"year": 2022, "month": 6, "day": 1}}}""")]
    public async Task A_public_self_check_carries_no_seed_file_nor_internal_name(string path, string body)
    {
        var response = await platform.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        Assert.Contains("citations", json, StringComparison.Ordinal);
        WireInternals.AssertNone(json);
    }

    [Fact(Timeout = 60_000)]
    public async Task R2_a_banks_answer_for_a_borrower_registered_in_Jiyuan_names_the_place_of_the_loan_whose_rules_applied_and_neither_the_household_nor_internals()
    {
        var (_, idNumber) = await RegistryPeople.RegisterAsync(platform.Channel, "410800", residence: "410802", household: "419001");
        var loans = new StartupLoans.StartupLoansClient(platform.Invoker);
        var borrower = new Borrower { IdNumber = idNumber, Kind = BorrowerKind.Individual };
        var consent = await PaperConsents.RecordAsync(loans, borrower, "GW-BANK-R2", "410823", PaperConsents.TodayInChina);
        var answer = await loans.QueryEligibilityAsync(new EligibilityQuery
        {
            BankCode = "GW-BANK-R2",
            Borrower = borrower,
            Region = new RegionCode { Code = "410823" },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 5_000_000 },
            ConsentReference = consent.ConsentId,
        }, TestCallers.Bank("GW-BANK-R2"));

        Assert.Equal("焦作市 武陟县", answer.RulesBasis.RegionNameZh);
        Assert.Equal("410800", answer.RulesBasis.DocumentRegions[0].Code);
        var text = JsonFormatter.Default.Format(answer);
        Assert.DoesNotContain("济源", text, StringComparison.Ordinal);
        WireInternals.AssertNone(text);
    }
}
