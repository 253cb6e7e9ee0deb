using Employment.Common.V1;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>The two ways a kind offers its owed items as claims (<see cref="IClaimKind.OwedClaims"/>): together, or one claim each.</summary>
public static class OwedClaimGrouping
{
    /// <summary>The items as one claim of their kind (hires, placements, trainees), each added by <paramref name="add"/>.</summary>
    public static IEnumerable<V1.SubmitClaimRequest> Together(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items, Action<V1.SubmitClaimRequest, V1.OwedSubsidy> add)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(add);
        if (items.Count == 0)
        {
            yield break;
        }

        var claim = Claim(employer, items[0].Kind);
        foreach (var item in items)
        {
            add(claim, item);
        }

        yield return claim;
    }

    /// <summary>One claim per item (a business and its founder, a refund year, a founder's incubator months, a person's own item), its item set by <paramref name="set"/>.</summary>
    public static IEnumerable<V1.SubmitClaimRequest> OneEach(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items, Action<V1.SubmitClaimRequest, V1.OwedSubsidy> set)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(set);
        foreach (var item in items)
        {
            var claim = Claim(employer, item.Kind);
            set(claim, item);
            yield return claim;
        }
    }

    private static V1.SubmitClaimRequest Claim(EmployerKey? employer, V1.SubsidyKind kind) =>
        new() { Employer = employer?.Clone(), Kind = kind };
}
