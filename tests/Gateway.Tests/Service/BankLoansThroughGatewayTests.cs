using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>
/// "a bank cannot see another bank's loans", and the bank path, through the gateway to
/// the real startup-loans service (and the registry it reads): a bank queries and registers a loan;
/// another bank can neither read it nor act for the first bank's code.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class BankLoansThroughGatewayTests(PlatformUnderTest platform)
{
    private const string BankA = "GW-BANK-A";
    private const string BankB = "GW-BANK-B";

    [Fact(Timeout = 60_000)]
    public async Task A_bank_registers_a_loan_through_the_gateway_and_another_bank_cannot_see_it()
    {
        var loans = new StartupLoans.StartupLoansClient(platform.Invoker);
        const string first17 = "41080219900101777";
        var borrower = new Borrower { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Kind = BorrowerKind.Individual };
        var query = new EligibilityQuery
        {
            BankCode = BankA,
            Borrower = borrower,
            Region = new RegionCode { Code = "410802" },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 5_000_000 },
        };
        query.ConsentReference = (await PaperConsents.RecordAsync(loans, borrower, BankA, "410802", PaperConsents.TodayInChina)).ConsentId;
        var answer = await loans.QueryEligibilityAsync(query, TestCallers.Bank(BankA));
        Assert.True(Assert.Single(answer.Offers, o => o.ProductId == "individual.unsubsidised").Eligible);

        var loan = await loans.RegisterLoanAsync(new RegisterLoanRequest
        {
            AnswerId = answer.AnswerId,
            Terms = new LoanTerms
            {
                Contract = new BankContract { BankCode = BankA, ContractNumber = "GW-HT-1" },
                Borrower = borrower,
                Region = query.Region,
                ProductId = "individual.unsubsidised",
                Principal = query.RequestedAmount,
                SubsidisedPrincipal = new Money(),
                ContractRate = new Ratio { Ppm = 39_000 },
                IssueDate = query.IntendedIssueDate,
                MaturityDate = new CalendarDate { Year = 2025, Month = 3, Day = 1 },
                RepaymentMethod = RepaymentMethod.EqualInstalments,
            },
        }, TestCallers.Bank(BankA));
        Assert.Equal(12, loan.Terms.Schedule.Count);

        var byId = await Assert.ThrowsAsync<RpcException>(() =>
            loans.GetLoanAsync(new GetLoanRequest { Loan = new LoanKey { LoanId = loan.LoanId } }, TestCallers.Bank(BankB)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, byId.StatusCode);   // another bank's loan is not confirmed to exist
        var byContract = await Assert.ThrowsAsync<RpcException>(() =>
            loans.GetLoanAsync(new GetLoanRequest { Loan = new LoanKey { Contract = loan.Terms.Contract } }, TestCallers.Bank(BankB)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, byContract.StatusCode);
        var queryForA = await Assert.ThrowsAsync<RpcException>(() => loans.QueryEligibilityAsync(query, TestCallers.Bank(BankB)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, queryForA.StatusCode);

        Assert.Equal(loan.LoanId, (await loans.GetLoanAsync(new GetLoanRequest { Loan = new LoanKey { LoanId = loan.LoanId } }, TestCallers.Bank(BankA))).LoanId);
    }
}
