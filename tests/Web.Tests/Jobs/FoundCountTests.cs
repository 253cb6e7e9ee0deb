using Employment.Web.Public.Pages.Jobs;
using Xunit;

namespace Web.Tests.Jobs;

/// <summary>The job search's status line: a counted total as it is, an estimated one as 约 and three figures.</summary>
public sealed class FoundCountTests
{
    [Theory]
    [InlineData(0, false, "共找到 0 个岗位。")]
    [InlineData(45, false, "共找到 45 个岗位。")]
    [InlineData(99_526, false, "共找到 99526 个岗位。")]
    [InlineData(99_456, true, "共找到约 99,500 个岗位。")]
    [InlineData(1_000_064, true, "共找到约 1,000,000 个岗位。")]
    [InlineData(12_800, true, "共找到约 12,800 个岗位。")]
    public void A_total_estimated_from_the_sample_is_said_to_be_about_three_figures(int total, bool estimated, string expected) =>
        Assert.Equal(expected, JobDisplay.FoundZh(total, estimated));
}
