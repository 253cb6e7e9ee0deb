using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// done-when "a bank cannot see another bank's loans", and startup_loans.proto: "A bank
/// call's bank_code must equal the bank code bound to its token (PERMISSION_DENIED otherwise)".
/// Through the gateway to a service that enforces the caller_bank_code marks of the contract.
/// </summary>
public sealed class BankBindingTests(StandInLoansPlatform platform) : IClassFixture<StandInLoansPlatform>
{
    private StartupLoans.StartupLoansClient Loans => new(platform.Channel);

    [Fact(Timeout = 30_000)]
    public async Task A_bank_may_act_for_its_own_bank_code()
    {
        await Loans.QueryEligibilityAsync(new EligibilityQuery { BankCode = "105" }, TestCallers.Bank("105"));
        await Loans.RegisterLoanAsync(new RegisterLoanRequest { Terms = new LoanTerms { Contract = new BankContract { BankCode = "105", ContractNumber = "C-1" } } }, TestCallers.Bank("105"));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_bank_cannot_act_for_another_bank_code_nor_leave_it_out()
    {
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () =>
            await Loans.QueryEligibilityAsync(new EligibilityQuery { BankCode = "308" }, TestCallers.Bank("105")))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () =>
            await Loans.QueryEligibilityAsync(new EligibilityQuery(), TestCallers.Bank("105")))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () =>
            await Loans.RegisterLoanAsync(new RegisterLoanRequest { Terms = new LoanTerms { Contract = new BankContract { BankCode = "308" } } }, TestCallers.Bank("105")))).StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_bank_cannot_see_another_banks_loan_or_applications()
    {
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () =>
            await Loans.GetLoanAsync(new GetLoanRequest { Loan = new LoanKey { Contract = new BankContract { BankCode = "308", ContractNumber = "C-9" } } }, TestCallers.Bank("105")))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(async () =>
            await Loans.ListApplicationsAsync(new ListApplicationsRequest { BankCode = "308" }, TestCallers.Bank("105")))).StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task Counters_are_not_bound_to_a_bank() =>
        await Loans.ListApplicationsAsync(new ListApplicationsRequest { BankCode = "308" }, TestCallers.Counter());
}
