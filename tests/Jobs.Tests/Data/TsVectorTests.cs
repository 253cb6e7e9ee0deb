using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Xunit;

namespace Jobs.Tests.Data;

public sealed class TsVectorTests
{
    [Fact]
    public void Title_positions_weigh_A_and_description_positions_follow_after_a_gap()
    {
        var vector = PostgresPostingSearch.TsVector(TextAnalyzer.IndexTokens("会计"), TextAnalyzer.IndexTokens("会计"));
        Assert.Equal("'会计':1A,14 '会':2A,15 '计':3A,16", vector);
    }
}
