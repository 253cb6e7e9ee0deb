using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Xunit;

namespace Hiring.Tests.Domain;

/// <summary>The judge over the shipped catalog, and the assertions the hire tests share.</summary>
internal static class Judge
{
    private static readonly OneOffHireJudge Instance = new(ShippedCatalog.Catalog);

    public static HireJudgement Of(HireItem item) => Instance.Judge(item);

    public static Check Check(HireJudgement judgement, string ruleId) =>
        Assert.Single(judgement.Explanation.Checks, c => c.RuleId == ruleId);

    /// <summary>Refused, and the named rule is among the failed checks.</summary>
    public static Check Failed(HireJudgement judgement, string ruleId)
    {
        Assert.False(judgement.Approved);
        Assert.Equal(0, judgement.AmountFen);
        var check = Check(judgement, ruleId);
        Assert.False(check.Passed, check.DescriptionZh);
        return check;
    }

    public static void Approved(HireJudgement judgement)
    {
        var failed = string.Join("; ", judgement.Explanation.Checks.Where(c => !c.Passed).Select(c => c.RuleId + " " + c.DescriptionZh));
        Assert.True(judgement.Approved, failed);
        Assert.Equal(Outcome.Passed, judgement.Explanation.Outcome);
        Assert.Equal(100_000, judgement.AmountFen);
    }
}
