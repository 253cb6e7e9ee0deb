namespace Employment.Applicants.Domain.Registry;

/// <summary>
/// The registry's rules for the dated facts of one subject, a person's and an employer's alike:
/// a fact is added; a fact is never changed or deleted, only superseded — by a correction (a new
/// record with the corrected content) or a withdrawal (no new record) — naming the fact's version
/// the clerk read; and every one of these changes stamps the subject, whose version is the profile
/// version every cached copy is checked against.
/// </summary>
public sealed class FactRegister(IRegistrySubject subject)
{
    /// <summary>A new fact about the subject.</summary>
    public NewFact Add(FactEntry entry, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        subject.StampChanged(actor, at);
        return new NewFact(entry, actor, at);
    }

    /// <summary>Replaces <paramref name="current"/> by <paramref name="corrected"/>; the old record stays, superseded.</summary>
    public NewFact Correct(IDatedFact current, long expectedVersion, FactEntry corrected, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        Supersede(current, expectedVersion, actor, at);
        return new NewFact(corrected, actor, at);
    }

    /// <summary>Withdraws <paramref name="current"/> (recorded in error): superseded with nothing in its place.</summary>
    public void Withdraw(IDatedFact current, long expectedVersion, string actor, DateTimeOffset at) =>
        Supersede(current, expectedVersion, actor, at);

    private void Supersede(IDatedFact fact, long expectedVersion, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fact);

        // Only the latest record of a fact can be corrected: correcting a replaced one would fork its history.
        if (fact.Superseded)
        {
            throw DomainRuleException.NotAllowed($"事实记录 {fact.Id} 已被更正或撤销，请更正其最新记录。 (Fact {fact.Id} is already superseded.)");
        }

        if (expectedVersion == 0)
        {
            throw DomainRuleException.Invalid("expected_version", "请提供所更正事实的版本号（expected_version）。");
        }

        if (fact.Version != expectedVersion)
        {
            throw DomainRuleException.Stale("事实记录", fact.Version, expectedVersion);
        }

        fact.Superseded = true;
        fact.Version++;
        subject.StampChanged(actor, at);
    }
}
