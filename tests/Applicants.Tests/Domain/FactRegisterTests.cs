using Employment.Applicants.Domain.Registry;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>The registry's rules for dated facts (FactRegister), the same for a person and an employer.</summary>
public sealed class FactRegisterTests
{
    [Fact]
    public void Adding_a_fact_stamps_the_subject_with_the_next_version_by_the_actor()
    {
        var subject = new Subject(version: 3);
        var entry = Rules.Entry();

        var added = new FactRegister(subject).Add(entry, "clerk-a", Rules.At);

        Assert.Same(entry, added.Entry);
        Assert.Equal("clerk-a", added.CreatedBy);
        Assert.Equal(Rules.At, added.CreatedAt);
        Assert.Equal(4, subject.Version);
        Assert.Equal("clerk-a", subject.ChangedBy);
        Assert.Equal(Rules.At, subject.ChangedAt);
    }

    [Fact]
    public void Correcting_a_fact_supersedes_it_with_the_next_version_and_returns_the_corrected_entry()
    {
        var subject = new Subject(version: 2);
        var fact = new StoredFact(version: 1);
        var corrected = Rules.Entry(kind: 2);

        var replacement = new FactRegister(subject).Correct(fact, expectedVersion: 1, corrected, "clerk-b", Rules.At);

        Assert.True(fact.Superseded);
        Assert.Equal(2, fact.Version);
        Assert.Same(corrected, replacement.Entry);
        Assert.Equal("clerk-b", replacement.CreatedBy);
        Assert.Equal(3, subject.Version);
    }

    [Fact]
    public void Withdrawing_a_fact_supersedes_it_and_stamps_the_subject()
    {
        var subject = new Subject(version: 2);
        var fact = new StoredFact(version: 1);

        new FactRegister(subject).Withdraw(fact, expectedVersion: 1, "clerk-c", Rules.At);

        Assert.True(fact.Superseded);
        Assert.Equal(2, fact.Version);
        Assert.Equal(3, subject.Version);
        Assert.Equal("clerk-c", subject.ChangedBy);
    }

    [Fact]
    public void A_superseded_fact_is_not_corrected_again_only_its_latest_record_is()
    {
        var subject = new Subject(version: 5);
        var fact = new StoredFact(version: 2, superseded: true);

        var error = Assert.Throws<DomainRuleException>(() => new FactRegister(subject).Withdraw(fact, expectedVersion: 2, "clerk", Rules.At));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("已被更正或撤销", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, subject.Version);
        Assert.Equal(2, fact.Version);
    }

    [Fact]
    public void A_correction_names_the_fact_version_it_read()
    {
        var subject = new Subject();
        var fact = new StoredFact(version: 1);

        var error = Assert.Throws<DomainRuleException>(() => new FactRegister(subject).Correct(fact, expectedVersion: 0, Rules.Entry(), "clerk", Rules.At));

        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("expected_version", error.Field);
        Assert.False(fact.Superseded);
    }

    [Fact]
    public void A_correction_from_a_stale_fact_version_is_refused_naming_both_versions_and_changes_nothing()
    {
        var subject = new Subject(version: 4);
        var fact = new StoredFact(version: 3);

        var error = Assert.Throws<DomainRuleException>(() => new FactRegister(subject).Correct(fact, expectedVersion: 2, Rules.Entry(), "clerk", Rules.At));

        Assert.Equal(DomainRuleKind.StaleVersion, error.Kind);
        Assert.Contains("当前版本 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("依据的版本 2", error.Message, StringComparison.Ordinal);
        Assert.False(fact.Superseded);
        Assert.Equal(3, fact.Version);
        Assert.Equal(4, subject.Version);
    }
}
