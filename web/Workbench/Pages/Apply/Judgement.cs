using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>
/// What a service made of an application, previewed or taken: its reference and 查询码 (once, when taken), the amount
/// the rules give, and each explanation with what it is about (the applicant, an employer, one hired person).
/// </summary>
public sealed record Judgement(string Reference, string ProgressCode, Money? Amount, string StatusZh, IReadOnlyList<(string AboutZh, Explanation Why)> Explanations, string State = "")
{
    /// <summary>The service's judgement in the shared shape, as the desk shows it.</summary>
    public static Judgement Of(JudgedApplication judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        return new(judged.Reference, judged.ProgressCode, judged.Amount, judged.StateZh, [.. judged.Judged.Select(p => (p.AboutZh, p.Explanation ?? new Explanation()))], judged.State);
    }

    /// <summary>Refused as it was taken (坚持申请): its 决定书 is ready to print.</summary>
    public bool RefusedAsTaken => State == "REJECTED";

    /// <summary>Every check met: the rules give the amount, and the clerk may take it to be decided.</summary>
    public bool AllMet => Explanations.All(e => e.Why.Checks.All(c => c.Passed));
}
