using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Forms;
using Google.Protobuf;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 自助测算 asked by a described form's paths (<c>SubsidyCases.CheckSelf</c>): the same <see cref="SelfCheckSubsidies"/>
/// the typed self-check runs, its answer's part for the form in the shared shape, whichever of the self-check shapes
/// the kind answers in (one measure, routes of one, a founder's measures, or the measures one hire may be paid).
/// </summary>
internal sealed class JudgeSelfCheck(SelfCheckSubsidies check) : ISelfCheckJudge
{
    public SelfCheckOutcome Judge(SelfCheckForm form, IMessage request)
    {
        ArgumentNullException.ThrowIfNull(form);
        var answer = check.Check((V1.SubsidySelfCheckRequest)request);
        var notice = answer.NoticeZh;
        return form.PartOf(answer) switch
        {
            V1.MeasureSelfCheck one => SelfCheckOutcomes.Of(form.NameZh, one.MayBePaid, one.Amount, [Part(one)], one.BringZh, notice),
            V1.RoutesSelfCheck routes => With(SelfCheckOutcomes.Of(form.NameZh, routes.MayBePaid, routes.Amount, routes.Routes.Select(Part), routes.BringZh, notice), paidUnder: routes.PaidUnderZh),
            V1.StartupSelfCheck founder => With(SelfCheckOutcomes.Of(form.NameZh, founder.MayBePaid, founder.Amount, founder.Measures.Select(Part), founder.BringZh, notice), paidUnder: founder.PaidUnderZh, note: founder.NoteZh),
            V1.HireSelfCheck hire => Best(form, hire, notice),
            var other => throw new InvalidOperationException($"No self-check shape {other.Descriptor.Name}."),
        };
    }

    private static SelfCheckPart Part(V1.MeasureSelfCheck check) =>
        SelfCheckOutcomes.Part(check.NameZh, check.MayBePaid, check.Amount, check.Explanation, check.PaidMonths, check.EntitledOn);

    /// <summary>A person hired is paid one of the measures, the highest: the verdict is its.</summary>
    private static SelfCheckOutcome Best(SelfCheckForm form, V1.HireSelfCheck hire, string notice)
    {
        var best = hire.Measures.Where(m => m.MayBePaid).MaxBy(m => m.Amount?.Fen ?? 0);
        var outcome = SelfCheckOutcomes.Of(form.NameZh, best is not null, best?.Amount, hire.Measures.Select(Part), hire.BringZh, notice);
        outcome.PaidNameZh = best?.NameZh ?? "";
        return outcome;
    }

    private static SelfCheckOutcome With(SelfCheckOutcome outcome, string paidUnder, string note = "")
    {
        outcome.PaidUnderZh = paidUnder;
        if (note.Length > 0)
        {
            outcome.NotesZh.Add(note);
        }

        return outcome;
    }
}
