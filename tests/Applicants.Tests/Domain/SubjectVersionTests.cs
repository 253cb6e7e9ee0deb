using Employment.Applicants.Domain.Registry;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>Optimistic concurrency of a person's or employer's record (SubjectVersion).</summary>
public sealed class SubjectVersionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_update_names_the_version_it_is_based_on(long expected)
    {
        var error = Assert.Throws<DomainRuleException>(() => SubjectVersion.RequireExpected(expected));
        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("expected_version", error.Field);
    }

    [Fact]
    public void A_stale_subject_version_is_refused_naming_both_versions()
    {
        var error = Assert.Throws<DomainRuleException>(() => SubjectVersion.RequireCurrent(new Subject(version: 2), expectedVersion: 1, "人员信息"));
        Assert.Equal(DomainRuleKind.StaleVersion, error.Kind);
        Assert.Contains("人员信息已被他人修改：当前版本 2，提交时依据的版本 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_version_or_none_named_passes()
    {
        SubjectVersion.RequireCurrent(new Subject(version: 2), expectedVersion: 2, "人员信息");
        SubjectVersion.RequireCurrent(new Subject(version: 2), expectedVersion: 0, "人员信息");
    }
}
