using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
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
/// 移交 from 待办: the office's reviewer hands a departing clerk's waiting records to another clerk, in each subsidy service
/// (<c>SubsidyCases.HandOverWork</c>, with the reviewer's token and one key for the screen, so a second press moves nothing
/// twice); each service checks that the reviewer may, and moves only the records of the reviewer's office.
/// </summary>
public sealed class WorkHandOvers(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public async Task<HandOverOutcome> HandOverAsync(HandOverForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = new HandOverWorkRequest { IdempotencyKey = form.IdempotencyKey, FromStaffId = form.From, ToStaffId = form.To, ReasonZh = form.ReasonZh };
        var answers = await calls.CallEachAsync(cases, cases.Services, async (client, options) => await client.HandOverWorkAsync(request, options), cancellationToken);
        var moved = new List<(string, int)>();
        var problems = new List<ServiceProblem>();
        foreach (var (service, answer) in answers)
        {
            if (answer.Value is { } done)
            {
                moved.Add((service.RecordsZh, done.HandedOver));
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
