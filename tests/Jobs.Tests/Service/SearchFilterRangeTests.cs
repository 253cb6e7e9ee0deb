using Employment.Common.V1;
using Employment.Jobs.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Jobs.Tests.Service;

/// <summary>A negative pay filter names no job: INVALID_ARGUMENT naming the field, not an answer that ignores it.</summary>
public sealed class SearchFilterRangeTests(JobsHost host) : IClassFixture<JobsHost>
{
    [Theory(Timeout = 60_000)]
    [InlineData(-1, 0, "pay_at_least")]
    [InlineData(0, -100, "pay_at_most")]
    public async Task A_negative_pay_filter_is_invalid_argument_naming_it(long least, long most, string field)
    {
        var request = new SearchPostingsRequest { Query = "会计", PayAtLeast = new Money { Fen = least }, PayAtMost = new Money { Fen = most } };

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.SearchPostingsAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
