using Employment.Hiring.Domain.OneOffHires;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>R9 (焦政办〔2023〕36号（四）): one person, one of the two subsidies, once, to one employer.</summary>
public sealed class OnePaymentPerPersonTests
{
    private static Employment.Common.V1.PersonProfile Youth() => Person(D(2000, 3, 10), Registration(D(2023, 1, 1)));

    [Fact]
    public void R9_jz_2023_36_four_absorption_after_expansion_for_the_same_person_by_another_employer_is_refused_naming_the_first_claim()
    {
        var expansionElsewhere = new PriorHireClaim("HC-2023-000017", HireSubsidyKind.Expansion, "91410800MA0000002Y", D(2023, 3, 1));

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), prior: expansionElsewhere));

        Assert.Equal("HC-2023-000017", judgement.ConflictingClaimReference);
        var check = Judge.Failed(judgement, "hiring.absorption.not_with_expansion");
        Assert.Contains("HC-2023-000017", check.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains("焦政办〔2023〕36号 （四）", check.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains(check.FactsUsed, f => f.Name == "hiring.absorption.exclusive_with_expansion");
        Assert.Contains(check.Citations, c => c.Clause == "（四）");
        Assert.Contains(check.FactsUsed, f => f.Name == "已有申领" && f.Value == "HC-2023-000017" && f.Source == "91410800MA0000002Y");
        Assert.True(Judge.Check(judgement, "hiring.absorption.once_per_person").Passed);
    }

    [Fact]
    public void R9_jz_2023_36_four_expansion_after_absorption_is_refused_the_same_way()
    {
        var absorption = new PriorHireClaim("HC-2023-000003", HireSubsidyKind.Absorption, "91410800MA0000001X", D(2023, 2, 1));

        var judgement = Judge.Of(Item(HireSubsidyKind.Expansion, Youth(), D(2023, 6, 1), prior: absorption));

        Assert.Equal("HC-2023-000003", judgement.ConflictingClaimReference);
        Judge.Failed(judgement, "hiring.expansion.not_with_absorption");
    }

    [Fact]
    public void R9_jz_2023_36_eleven_a_second_absorption_claim_for_the_person_by_any_employer_is_refused_naming_the_first()
    {
        var first = new PriorHireClaim("HC-2023-000005", HireSubsidyKind.Absorption, "91410800MA0000002Y", D(2023, 2, 1));

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), prior: first));

        Assert.Equal("HC-2023-000005", judgement.ConflictingClaimReference);
        var check = Judge.Failed(judgement, "hiring.absorption.once_per_person");
        Assert.Contains("HC-2023-000005", check.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains("焦政办〔2023〕36号 （十一）", check.DescriptionZh, StringComparison.Ordinal);
    }

    [Fact]
    public void R9_with_no_standing_claim_for_the_person_both_checks_pass()
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Expansion, Youth(), D(2023, 6, 1)));

        Judge.Approved(judgement);
        Assert.True(Judge.Check(judgement, "hiring.expansion.once_per_person").Passed);
        Assert.True(Judge.Check(judgement, "hiring.expansion.not_with_absorption").Passed);
    }
}
