using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Protocol;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// "Unbounded text": every string and repeated field of a request has a documented
/// maximum (employment/common/v1/limits.proto), checked before the handler, and a refusal names the
/// field without quoting the value.
/// </summary>
public sealed class RequestLimitsTests(LoansHost host) : IClassFixture<LoansHost>
{
    private static readonly string OneMegabyte = new('查', 1 << 20);

    [Fact(Timeout = 30_000)]
    public async Task An_enum_value_its_type_does_not_declare_is_refused_naming_the_field_not_answered_with_nothing()
    {
        var unknownState = new ListApplicationsRequest { State = (ApplicationState)99 };
        var unknownKind = Query("410802199001011236", D(2023, 4, 1), 8 * Wan);
        unknownKind.Borrower.Kind = (BorrowerKind)42;

        var listed = await Assert.ThrowsAsync<RpcException>(() => host.Loans.ListApplicationsAsync(unknownState, TestCallers.Counter()).ResponseAsync);
        var nested = Assert.Throws<RpcException>(() => RequestLimits.Check(unknownKind));

        Assert.Equal(StatusCode.InvalidArgument, listed.StatusCode);
        Assert.Contains("field: state", listed.Said(), StringComparison.Ordinal);
        Assert.Contains("field: borrower.kind", nested.Said(), StringComparison.Ordinal);
        RequestLimits.Check(new ListApplicationsRequest { State = ApplicationState.SentToBank });
    }

    [Fact]
    public void A_string_over_the_default_maximum_is_refused_naming_the_field()
    {
        var query = Query("410802199001011236", D(2023, 4, 1), 8 * Wan);
        query.Purpose = new string('用', RequestLimits.DefaultMaxLength);
        RequestLimits.Check(query);

        query.Purpose += "途";
        var error = Assert.Throws<RpcException>(() => RequestLimits.Check(query));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("field: purpose", error.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_field_over_the_default_maximum_is_refused_and_nested_fields_are_named_by_path()
    {
        var query = Query("410802199001011236", D(2023, 4, 1), 8 * Wan);
        query.Guarantors.AddRange(Enumerable.Range(0, RequestLimits.DefaultMaxItems).Select(_ => new GuarantorInput { Name = "担保人" }));
        RequestLimits.Check(query);

        query.Guarantors.Add(new GuarantorInput { Name = "担保人" });
        Assert.Contains("field: guarantors", Assert.Throws<RpcException>(() => RequestLimits.Check(query)).Said(), StringComparison.Ordinal);

        query.Guarantors.Clear();
        query.Guarantors.Add(new GuarantorInput { Name = "担保人" });
        query.Guarantors.Add(new GuarantorInput { Name = new string('名', 300) });
        Assert.Contains("field: guarantors[1].name", Assert.Throws<RpcException>(() => RequestLimits.Check(query)).Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_that_declares_its_own_maximum_gets_it()
    {
        var transition = new TransitionApplicationRequest { ReasonZh = new string('因', 500) };
        RequestLimits.Check(transition);
        transition.ReasonZh += "。";
        Assert.Contains("field: reason_zh", Assert.Throws<RpcException>(() => RequestLimits.Check(transition)).Said(), StringComparison.Ordinal);

        var claim = new ComputeInterestSubsidyClaimRequest { BankCode = Bank, Year = 2023, Quarter = 3 };
        claim.LoanIds.AddRange(Enumerable.Range(0, 1000).Select(i => $"L-{i}"));
        RequestLimits.Check(claim);
        claim.LoanIds.Add("L-1000");
        Assert.Contains("field: loan_ids", Assert.Throws<RpcException>(() => RequestLimits.Check(claim)).Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_one_megabyte_purpose_is_invalid_argument_with_a_short_message_and_nothing_recorded()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 4, 1), 8 * Wan);
        query.Purpose = OneMegabyte;
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Loans.QueryEligibilityAsync(query, TestCallers.Bank(Bank)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("field: purpose", error.Said(), StringComparison.Ordinal);
        Assert.InRange(error.Status.Detail.Length, 1, 200);

        var log = await host.Loans.ListEligibilityQueriesAsync(new ListEligibilityQueriesRequest { Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual } }, TestCallers.Counter());
        Assert.Empty(log.Queries);
    }
}
