using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>The kinds a window offers to take, each with the desk that takes it; a desk whose service is down says so.</summary>
public sealed record ApplyLinks(IReadOnlyList<(IApplicationDesk Desk, FormDescription Form)> Kinds, IReadOnlyList<ServiceProblem> Problems)
{
    public static async Task<ApplyLinks> ForAsync(ApplicationDesks desks, bool employer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desks);
        var kinds = new List<(IApplicationDesk, FormDescription)>();
        var problems = new List<ServiceProblem>();
        foreach (var desk in desks.All)
        {
            var forms = await desks.FormsAsync(desk, cancellationToken);
            if (forms.Value is null)
            {
                problems.Add(forms.Problem!);
                continue;
            }

            kinds.AddRange(ApplicationDesks.KindsFor(forms.Value, employer).Select(f => (desk, f)));
        }

        return new(kinds, problems);
    }
}
