using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Queue;

/// <summary>A hand-over as its form posts it: from which clerk, to which (their 工号), why, and the screen's key.</summary>
public sealed record HandOverForm(string From, string To, string ReasonZh, string IdempotencyKey)
{
    public static HandOverForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string name) => form[name].ToString().Trim();
        return new(Text("from").ToUpperInvariant(), Text("to").ToUpperInvariant(), Text("reason"), ScreenKeys.Of(form));
    }
}

/// <summary>What a hand-over did: how many waiting records each service handed to the clerk, and what any service said instead.</summary>
public sealed record HandOverOutcome(HandOverForm Form, IReadOnlyList<(string ServiceZh, int Moved)> Moved, IReadOnlyList<ServiceProblem> Problems)
{
    public int Total => Moved.Sum(m => m.Moved);
}

/// <summary>
/// 移交 from 待办: the office's reviewer hands a departing clerk's waiting records to another clerk, in each service that
/// decides (<c>HandOverWork</c>, with the reviewer's token and one key for the screen, so a second press moves nothing
/// twice); each service checks that the reviewer may, and moves only the records of the reviewer's office.
/// </summary>
public sealed class WorkHandOvers(ServiceCalls calls)
{
    public async Task<HandOverOutcome> HandOverAsync(HandOverForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new HandOverWorkRequest { IdempotencyKey = form.IdempotencyKey, FromStaffId = form.From, ToStaffId = form.To, ReasonZh = form.ReasonZh };
        (string ServiceZh, Task<ServiceAnswer<HandOverWorkAnswer>> Answer)[] calls3 =
        [
            ("培训补贴", calls.CallAsync<Training.V1.TrainingSubsidies.TrainingSubsidiesClient, HandOverWorkAnswer>("培训补贴",
                (client, options) => client.HandOverWorkAsync(request, options).ResponseAsync, cancellationToken)),
            ("就业补贴", calls.CallAsync<Hiring.V1.HiringSubsidies.HiringSubsidiesClient, HandOverWorkAnswer>("就业补贴",
                (client, options) => client.HandOverWorkAsync(request, options).ResponseAsync, cancellationToken)),
            ("创业担保贷款", calls.CallAsync<Loans.V1.StartupLoans.StartupLoansClient, HandOverWorkAnswer>("创业担保贷款",
                (client, options) => client.HandOverWorkAsync(request, options).ResponseAsync, cancellationToken)),
        ];
        var moved = new List<(string, int)>();
        var problems = new List<ServiceProblem>();
        foreach (var (serviceZh, call) in calls3)
        {
            var answer = await call;
            if (answer.Value is { } done)
            {
                moved.Add((serviceZh, done.HandedOver));
            }
            else if (!problems.Any(p => p.Message == answer.Problem!.Message))
            {
                // Each service checks the same form alike: one refusal is said once.
                problems.Add(answer.Problem!);
            }
        }

        return new(form, moved, problems);
    }
}
