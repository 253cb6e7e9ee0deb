using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.Training.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Formatting;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Queue;

/// <summary>
/// 待办: everything of the clerk's office waiting on a clerk, across the services that decide, read from each service's
/// own list (paged, and within the office's region by the services' own checks: a Jiyuan clerk is shown nothing of
/// Jiaozuo's): applications and claims to decide and approvals to review, oldest received first, each with the working
/// days it has waited against its time limit as the service counts them. A service that is down leaves the rest shown
/// and says so.
/// </summary>
public sealed class QueueReads(ServiceCalls calls, Apply.ApplicationDesks desks)
{
    /// <summary>The most of one list read for one screen: past it, the queue says it is not complete and asks for a filter.</summary>
    public const int PageSize = 200;

    private const string TrainingZh = "培训补贴";
    private const string HiringZh = "就业补贴";
    private const string LoansZh = "创业担保贷款";

    public async Task<QueueView> LoadAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var filter = QueueFilter.Of(query);
        var names = desks.NamesAsync(cancellationToken);
        var toDecide = TrainingAsync(Training.V1.ApplicationStatus.Submitted, cancellationToken);
        var toReview = TrainingAsync(Training.V1.ApplicationStatus.AwaitingReview, cancellationToken);
        var claimsToDecide = HiringAsync(ClaimStatus.Submitted, cancellationToken);
        var claimsToReview = HiringAsync(ClaimStatus.AwaitingReview, cancellationToken);
        var loans = new[] { (Loans.V1.ApplicationState.Accepted, QueueStep.Decide), (Loans.V1.ApplicationState.Reviewed, QueueStep.Guarantee), (Loans.V1.ApplicationState.GuaranteeApproved, QueueStep.SendToBank) }
            .Select(s => (Answer: LoansAsync(s.Item1, cancellationToken), Step: s.Item2)).ToList();
        var kinds = await names;

        var items = new List<QueueItem>();
        var problems = new List<ServiceProblem>();
        var complete = true;
        var waiting = 0;
        foreach (var (answer, step) in new[] { (await toDecide, QueueStep.Decide), (await toReview, QueueStep.Review) })
        {
            if (answer.Value is { } page)
            {
                complete &= page.Page is not { NextPageToken.Length: > 0 };
                waiting += Total(page.Page, page.Applications.Count);
                items.AddRange(page.Applications.Select(a => new QueueItem(Apply.TrainingDesk.DeskName, ContractNames.Of(a.Kind),
                    kinds.Of(Apply.TrainingDesk.DeskName, a.Kind), a.ApplicationId, $"{a.NameMasked} {a.IdNumberMasked}", step,
                    a.TimeLimit ?? new DecisionTimeLimit(), a.HandledBy, Decide.TrainingDecisionView.PathOf(a.ApplicationId), a.PaymentHold, Channel: a.Channel)));
            }
            else if (answer.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var (answer, step) in new[] { (await claimsToDecide, QueueStep.Decide), (await claimsToReview, QueueStep.Review) })
        {
            if (answer.Value is { } page)
            {
                complete &= page.Page is not { NextPageToken.Length: > 0 };
                waiting += Total(page.Page, page.Claims.Count);
                items.AddRange(page.Claims.Select(c => new QueueItem(Apply.HiringDesk.DeskName, ContractNames.Of(c.Kind),
                    kinds.Of(Apply.HiringDesk.DeskName, c.Kind), c.ClaimId, c.EmployerName.Length > 0 ? c.EmployerName : string.Join("、", c.Items.Select(i => i.NameMasked).Where(n => n.Length > 0)),
                    step, c.TimeLimit ?? new DecisionTimeLimit(), c.HandledBy, Decide.HiringDecisionView.PathOf(c.ClaimId), c.PaymentHold, Channel: c.Channel)));
            }
            else if (answer.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var (read, step) in loans)
        {
            var answer = await read;
            if (answer.Value is { } page)
            {
                complete &= page.Page is not { NextPageToken.Length: > 0 };
                waiting += Total(page.Page, page.Applications.Count);
                // The loans service sets no 办结时限: the day taken is shown and the days are not counted.
                items.AddRange(page.Applications.Select(a => new QueueItem(Apply.LoanDesk.DeskName, ContractNames.Of(a.Borrower?.Kind ?? default),
                    kinds.Of(Apply.LoanDesk.DeskName, a.Borrower?.Kind ?? default), a.ApplicationId, a.Borrower?.IdNumber is { Length: > 0 } id ? id : a.Borrower?.CreditCode ?? "", step,
                    new DecisionTimeLimit { ReceivedOn = DayOf(a.Record?.CreatedAt) }, a.HandledBy, Decide.LoanDecisionView.PathOf(a.ApplicationId), DaysCounted: false, Channel: a.Channel)));
            }
            else if (answer.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        // Oldest received first; among the same day, the one nearest its limit.
        var ordered = items.OrderBy(i => i.ReceivedOn).ThenByDescending(i => i.Limit.WorkingDaysOpen).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
        return new QueueView(
            [.. ordered.Where(filter.Shows)],
            Math.Max(waiting, ordered.Count),
            complete,
            [.. ordered.Select(i => (Value: $"{i.Desk}:{i.Kind}", Name: i.KindZh)).Distinct().OrderBy(k => k.Name, StringComparer.Ordinal)],
            [.. ordered.Select(i => i.HandledBy).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)],
            filter,
            problems);
    }

    private Task<ServiceAnswer<Training.V1.ListApplicationsResponse>> TrainingAsync(Training.V1.ApplicationStatus status, CancellationToken cancellationToken) =>
        calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, Training.V1.ListApplicationsResponse>(TrainingZh,
            (client, options) => client.ListApplicationsAsync(new Training.V1.ListApplicationsRequest { Status = status, Page = new PageRequest { PageSize = PageSize }, WithoutExplanations = true }, options).ResponseAsync,
            cancellationToken);

    private Task<ServiceAnswer<Loans.V1.ListApplicationsResponse>> LoansAsync(Loans.V1.ApplicationState state, CancellationToken cancellationToken) =>
        calls.CallAsync<Loans.V1.StartupLoans.StartupLoansClient, Loans.V1.ListApplicationsResponse>(LoansZh,
            (client, options) => client.ListApplicationsAsync(new Loans.V1.ListApplicationsRequest { State = state, Page = new PageRequest { PageSize = PageSize } }, options).ResponseAsync,
            cancellationToken);

    /// <summary>How many a list holds in all, as its service counted them; what it gave when it did not count.</summary>
    private static int Total(PageResponse? page, int read) => page is { TotalSize: >= 0 } counted ? Math.Max(counted.TotalSize, read) : read;

    private static CalendarDate? DayOf(Google.Protobuf.WellKnownTypes.Timestamp? at)
    {
        if (at is null)
        {
            return null;
        }

        var day = ChinaClock.DateOf(at.ToDateTimeOffset());
        return new CalendarDate { Year = day.Year, Month = day.Month, Day = day.Day };
    }

    private Task<ServiceAnswer<ListClaimsResponse>> HiringAsync(ClaimStatus status, CancellationToken cancellationToken) =>
        calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ListClaimsResponse>(HiringZh,
            (client, options) => client.ListClaimsAsync(new ListClaimsRequest { Status = status, Page = new PageRequest { PageSize = PageSize }, WithoutExplanations = true }, options).ResponseAsync,
            cancellationToken);
}
