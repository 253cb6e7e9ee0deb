using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using HiringV1 = Employment.Hiring.V1;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>One item a claimant could still receive, as the window lists it: who claims it (and where that claim is taken), for whom, from when, how much.</summary>
public sealed record OwedLine(HiringV1.OwedSubsidy Item, string ClaimantZh, string? ClaimantPath, string ApplyPath);

/// <summary>What the owed list found for one claimant, over which contract starts, or why it could not say.</summary>
public sealed record OwedView(IReadOnlyList<OwedLine> Lines, Money Total, DateOnly From, DateOnly Until)
{
    /// <summary>The contract starts looked at, as the screen says them.</summary>
    public string PeriodZh => $"{From:yyyy-MM-dd} 至 {Until:yyyy-MM-dd}";
}

/// <summary>
/// 免申即享 for one person or one employer in the window: the hiring service's owed list (<c>ListOwedSubsidies</c>,
/// asked for that claimant alone, within the clerk's office) judges what the registry's facts make owed and not yet
/// claimed, exactly as the region-wide run does. The window shows the employer's items, or for a person both their own
/// claims and what their employers could claim for them, each named with its amount and its event date.
/// </summary>
public sealed class OwedReads(ServiceCalls calls, ChinaClock clock, WorkbenchOptions options)
{
    private const string HiringZh = "就业补贴";

    public async Task<ServiceAnswer<OwedView>> ForAsync(bool employer, string subjectId, string officeRegion, CancellationToken cancellationToken)
    {
        var until = clock.Today;
        var from = until.AddMonths(-Math.Clamp(options.OwedLookBackMonths, 1, 120));
        var request = new HiringV1.ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = officeRegion },
            ContractStarted = new DatePeriod { From = Day(from), Until = Day(until) },
            EmployerId = employer ? subjectId : "",
            PersonId = employer ? "" : subjectId,
        };
        return await calls.CallAsync<HiringV1.HiringSubsidies.HiringSubsidiesClient, OwedView>(HiringZh, async (client, callOptions) =>
        {
            var lines = new List<OwedLine>();
            long fen = 0;
            using var call = client.ListOwedSubsidies(request, callOptions);
            await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                foreach (var owing in page.Employers)
                {
                    var id = owing.Employer?.EmployerId ?? "";
                    var claimant = new Apply.Applicant(true, id, owing.EmployerName, owing.EmployerCreditCode, owing.Region);
                    lines.AddRange(owing.Items.Select(i => new OwedLine(i, owing.EmployerName, EmployerWindow.PathOf(id), ApplyPath(claimant, i))));
                    fen += owing.Items.Sum(i => i.Amount?.Fen ?? 0);
                }

                foreach (var person in page.People)
                {
                    var claimant = new Apply.Applicant(false, person.PersonId, "本人", person.PersonIdNumber, null);
                    lines.AddRange(person.Items.Select(i => new OwedLine(i, "本人", null, ApplyPath(claimant, i))));
                    fen += person.Items.Sum(i => i.Amount?.Fen ?? 0);
                }
            }

            return new OwedView([.. lines.OrderBy(l => l.Item.EventDate?.Year ?? 0).ThenBy(l => l.Item.EventDate?.Month ?? 0).ThenBy(l => l.Item.EventDate?.Day ?? 0)], new Money { Fen = fen }, from, until);
        }, cancellationToken);
    }

    private static string ApplyPath(Apply.Applicant claimant, HiringV1.OwedSubsidy item) =>
        Apply.TakeApplication.PathOf(claimant, Apply.HiringDesk.DeskName, ContractNames.Of(item.Kind));

    private static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
