using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// A list says how many it holds in all (PageResponse.total_size), counted with the list's own filters on its first
/// page, so a clerk's queue says "N 件" and not "more than this page"; a later page answers -1, as the contract allows.
/// A list asked without explanations leaves the employer's and items' checks out (a screen that shows none reads it
/// several times lighter).
/// </summary>
public sealed class ClaimListTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 5, 1);

    [Fact(Timeout = 60_000)]
    public async Task The_first_page_of_a_firms_claims_counts_all_three_and_the_next_page_does_not_count_again()
    {
        var employer = await host.EmployerAsync(name: "焦作示例计数有限公司");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var id = await host.YouthHiredByAsync(employer, Hired);
            await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, Hired)), TestCallers.Counter());
        }

        var request = new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer }, Page = new PageRequest { PageSize = 2 } };
        var first = await host.Hiring.ListClaimsAsync(request, TestCallers.Counter());
        request.Page.PageToken = first.Page.NextPageToken;
        var second = await host.Hiring.ListClaimsAsync(request, TestCallers.Counter());

        Assert.Equal((2, 3), (first.Claims.Count, first.Page.TotalSize));
        Assert.Equal((1, -1), (second.Claims.Count, second.Page.TotalSize));
        Assert.All(first.Claims.Concat(second.Claims).SelectMany(c => c.Items), item => Assert.NotEmpty(item.Explanation.Checks));

        // A list for a screen that shows no checks leaves them out, and is otherwise the same list.
        var light = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = request.Employer, WithoutExplanations = true }, TestCallers.Counter());
        Assert.Equal(first.Claims.Concat(second.Claims).Select(c => (c.ClaimId, c.Total.Fen)), light.Claims.Select(c => (c.ClaimId, c.Total.Fen)));
        Assert.All(light.Claims.SelectMany(c => c.Items), item => Assert.Null(item.Explanation));
    }
}
