using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Queue;

/// <summary>One thing of the office that waits on a clerk: what, whose, since when, against its time limit, and where to do it.</summary>
public sealed record QueueItem(
    string Desk,
    string Kind,
    string KindZh,
    string Reference,
    string WhoZh,
    QueueStep Step,
    DecisionTimeLimit Limit,
    string HandledBy,
    string Path,
    PaymentHoldInfo? Hold = null,
    bool DaysCounted = true,
    Channel Channel = Channel.Counter)
{
    /// <summary>How it came, where not at a counter: the queue marks it.</summary>
    public string? ChannelMarkZh => Channel switch
    {
        Channel.Online => "网上受理",
        Channel.Offered => "免申即享",
        _ => null,
    };

    /// <summary>The day received, as the service counts the limit from it.</summary>
    public DateOnly ReceivedOn => Limit.ReceivedOn is { } on ? new DateOnly(on.Year, on.Month, on.Day) : DateOnly.MinValue;

    /// <summary>The step as the queue names it, and the link's words.</summary>
    public (string StepZh, string ActionZh) Words => Step switch
    {
        QueueStep.Review => ("待复核", "去复核"),
        QueueStep.Guarantee => ("待担保审批", "去办理"),
        QueueStep.SendToBank => ("待推送银行", "去办理"),
        _ => ("待审核", "去审核"),
    };
}

/// <summary>What a waiting item needs next.</summary>
public enum QueueStep
{
    /// <summary>待审核: taken, not yet decided (or returned by a review).</summary>
    Decide,

    /// <summary>待复核: approved, waiting for a second clerk's review.</summary>
    Review,

    /// <summary>待担保审批: a loan application reviewed, its guarantee not yet approved.</summary>
    Guarantee,

    /// <summary>待推送银行: a loan application whose guarantee is approved, not yet sent to the bank.</summary>
    SendToBank,
}

/// <summary>The filters of the queue, as its form sends them (all optional): the kind (desk:kind), the step and the clerk who handles it.</summary>
public sealed record QueueFilter(string Kind, string Step, string HandledBy)
{
    public static QueueFilter Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Clean(query["kind"]), Clean(query["step"]), Clean(query["clerk"]).ToUpperInvariant());
    }

    public bool Shows(QueueItem item) =>
        (Kind.Length == 0 || Kind == $"{item.Desk}:{item.Kind}")
        && (Step.Length == 0 || string.Equals(Step, item.Step.ToString(), StringComparison.OrdinalIgnoreCase))
        && (HandledBy.Length == 0 || string.Equals(HandledBy, item.HandledBy, StringComparison.OrdinalIgnoreCase));

    // A filter is compared, never echoed as markup; its length is bounded so a long query string costs nothing.
    private static string Clean(string? value) => (value ?? "").Trim() is { Length: <= 64 } text && !text.Any(char.IsControl) ? text : "";
}

/// <summary>The queue as read: the items shown, every kind and clerk to filter by, and each source that could not be read.</summary>
public sealed record QueueView(
    IReadOnlyList<QueueItem> Items,
    int Waiting,
    bool Complete,
    IReadOnlyList<(string Value, string Name)> Kinds,
    IReadOnlyList<string> Clerks,
    QueueFilter Filter,
    IReadOnlyList<ServiceProblem> Problems)
{
    public const string HandOverPath = WorkbenchOptions.PathBase + "/queue/handover";

    /// <summary>A hand-over just made, shown above the queue; its form again when a service refused it.</summary>
    public HandOverOutcome? HandedOver { get; init; }

    public const string Path = WorkbenchOptions.PathBase + "/queue";

    public int Overdue => Items.Count(i => i.Limit.Overdue);
}
