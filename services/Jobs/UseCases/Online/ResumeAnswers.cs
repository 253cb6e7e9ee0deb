using System.Text.Json;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Search;
using Employment.Policy.Explanations;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// Resumes written as the contract's messages: the person's own (every registry line), the one sent
/// with an application (the qualifications only), and that one masked for an employer the seeker does
/// not let see more (张*, 求职意向, qualifications and 到岗时间; no experience, introduction or phone).
/// </summary>
public static class ResumeAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>The resume's own part as stored on the seeker (null = never written).</summary>
    public static StatedResume Stored(SeekerRecord seeker) =>
        seeker.ResumeJson is { Length: > 0 } json ? JsonSerializer.Deserialize<StatedResume>(json, Json) ?? StatedResume.Empty : StatedResume.Empty;

    public static string Store(StatedResume resume) => JsonSerializer.Serialize(resume, Json);

    /// <summary>A resume with the given registry lines, from the seeker's record (or none yet).</summary>
    public static V1.Resume Of(SeekerRecord? seeker, string name, IEnumerable<V1.RegistryLine> registry)
    {
        var answer = new V1.Resume { Name = name, Registry = { registry }, Visibility = V1.ResumeVisibility.Nobody, Stated = new V1.StatedResume() };
        if (seeker is null)
        {
            return answer;
        }

        var resume = Stored(seeker);
        var preferences = SeekerStore.Stated(seeker);
        var stated = answer.Stated;
        stated.Experience.Add(resume.Experience.Select(e => new V1.WorkExperience
        {
            EmployerName = e.EmployerName,
            JobTitle = e.JobTitle,
            From = ProtoMapping.ToProto(e.From),
            Until = e.Until is { } until ? ProtoMapping.ToProto(until) : null,
            Duties = e.Duties,
        }));
        stated.WantedOccupations.Add(preferences.OccupationWords);
        stated.Regions.Add(preferences.Counties.Select(c => new RegionCode { Code = c }));
        if (preferences.PayFloorFen is { } floor)
        {
            stated.MinSalary = new Money { Fen = floor };
            stated.MinSalaryPeriod = (V1.PayPeriod)(int)preferences.PayFloorPeriod;
        }

        stated.AvailableFrom = resume.AvailableFrom is { } from ? ProtoMapping.ToProto(from) : null;
        stated.AvailabilityNote = resume.AvailabilityNote;
        stated.Introduction = resume.Introduction;
        answer.SeekerId = seeker.SeekerId;
        answer.Visibility = (V1.ResumeVisibility)seeker.ResumeVisibility;
        answer.Version = seeker.Version;
        answer.UpdatedAt = Timestamp.FromDateTimeOffset(seeker.UpdatedAt);
        return answer;
    }

    public static string Snapshot(V1.Resume resume) => Formatter.Format(resume);

    public static V1.Resume FromSnapshot(string json) => Parser.Parse<V1.Resume>(json);

    /// <summary>What an employer the seeker does not let see more reads of a sent resume.</summary>
    public static V1.Resume Masked(V1.Resume sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var stated = sent.Stated ?? new V1.StatedResume();
        return new V1.Resume
        {
            SeekerId = sent.SeekerId,
            Name = NameMasking.Mask(sent.Name),
            Registry = { sent.Registry },
            Stated = new V1.StatedResume
            {
                WantedOccupations = { stated.WantedOccupations },
                Regions = { stated.Regions },
                AvailableFrom = stated.AvailableFrom,
            },
            Visibility = sent.Visibility,
        };
    }
}
