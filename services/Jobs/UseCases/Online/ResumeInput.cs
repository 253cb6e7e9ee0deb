using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;
using DomainVisibility = Employment.Jobs.Domain.Online.ResumeVisibility;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>A resume as the contract states it, read into the domain's terms, each refusal naming the field.</summary>
public static class ResumeInput
{
    /// <summary>What the person writes, split into the resume's own part and the seeker's matching preferences (which it shares).</summary>
    public static (StatedResume Resume, StatedPreferences Preferences) Stated(V1.StatedResume? stated)
    {
        var s = stated ?? new V1.StatedResume();
        var experience = s.Experience.Select((e, i) => new WorkExperience(
            e.EmployerName,
            e.JobTitle,
            StatedPersonFacts.Day(e.From, $"stated.experience[{i}].from") ?? throw DomainRuleException.Invalid($"stated.experience[{i}].from", $"请填写第 {i + 1} 段经历的开始日期。"),
            StatedPersonFacts.Day(e.Until, $"stated.experience[{i}].until"),
            e.Duties)).ToList();
        var resume = new StatedResume(experience, StatedPersonFacts.Day(s.AvailableFrom, "stated.available_from"), s.AvailabilityNote, s.Introduction);
        var preferences = new StatedPreferences
        {
            OccupationWords = [.. s.WantedOccupations],
            Counties = [.. s.Regions.Select(r => r?.Code ?? "")],
            PayFloorFen = s.MinSalary is { Fen: not 0 } floor ? floor.Fen : null,
            PayFloorPeriod = s.MinSalaryPeriod == V1.PayPeriod.Unspecified ? PayPeriod.Month : (PayPeriod)(int)s.MinSalaryPeriod,
        };
        return (resume, preferences);
    }

    /// <summary>Who may see it; unspecified is the narrowest.</summary>
    public static DomainVisibility Visibility(V1.ResumeVisibility visibility) => visibility switch
    {
        V1.ResumeVisibility.Unspecified or V1.ResumeVisibility.Nobody => DomainVisibility.Nobody,
        V1.ResumeVisibility.AppliedEmployers => DomainVisibility.AppliedEmployers,
        V1.ResumeVisibility.AllEmployers => DomainVisibility.AllEmployers,
        _ => throw DomainRuleException.Invalid("visibility", "简历公开范围无效：请选择不公开、投递的单位可见或平台上所有单位可见。"),
    };
}
