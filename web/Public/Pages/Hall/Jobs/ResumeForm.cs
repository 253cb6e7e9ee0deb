using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.ServiceDefaults.Regions;
using Employment.Web.Kit.Forms;
using Employment.Web.Public.Pages.Jobs;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>One job of the experience rows, as typed.</summary>
public sealed record ExperienceRow(string Employer, string Title, string From, string Until, string Duties)
{
    public static ExperienceRow Empty { get; } = new("", "", "", "", "");

    public bool IsBlank => Employer.Length == 0 && Title.Length == 0 && From.Length == 0 && Until.Length == 0 && Duties.Length == 0;
}

/// <summary>
/// 我的简历 as the form holds it, as typed (so a refusal shows it again): the person's words for the work they want,
/// where, from what pay, when they can start, up to <see cref="Rows"/> jobs held, an introduction and who may see it.
/// </summary>
public sealed record ResumeForm(
    string Words,
    string Region,
    string PayMin,
    string PayPeriod,
    string AvailableFrom,
    string AvailabilityNote,
    string Introduction,
    IReadOnlyList<ExperienceRow> Experience,
    string Visibility,
    long ExpectedVersion,
    string IdempotencyKey)
{
    /// <summary>How many experience rows the form offers.</summary>
    public const int Rows = 3;

    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '；'];

    public static ResumeForm Of(Resume? resume)
    {
        var stated = resume?.Stated ?? new StatedResume();
        var rows = stated.Experience.Select(e => new ExperienceRow(e.EmployerName, e.JobTitle, Day(e.From), Day(e.Until), e.Duties)).ToList();
        return new ResumeForm(
            string.Join("、", stated.WantedOccupations),
            stated.Regions.FirstOrDefault()?.Code ?? "",
            stated.MinSalary is { Fen: > 0 } floor ? (floor.Fen / 100).ToString(CultureInfo.InvariantCulture) : "",
            JobFilters.PayPeriods.FirstOrDefault(p => p.Contract == stated.MinSalaryPeriod).Slug ?? "month",
            Day(stated.AvailableFrom),
            stated.AvailabilityNote,
            stated.Introduction,
            [.. rows, .. Enumerable.Repeat(ExperienceRow.Empty, Math.Max(0, Rows - rows.Count))],
            (resume?.Visibility ?? ResumeVisibility.Nobody) is var v && v != ResumeVisibility.Unspecified ? v.ToString() : nameof(ResumeVisibility.Nobody),
            resume?.Version ?? 0,
            ScreenKeys.New());
    }

    public static ResumeForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string F(string name) => form[name].ToString().Trim();
        return new ResumeForm(
            // A textarea's lines become one paragraph: the service takes plain text without control characters.
            F("words"), F("region"), F("pay_min"), F("pay_period"), F("available_from"), F("availability_note"), string.Join(" ", F("introduction").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            [.. Enumerable.Range(0, Rows).Select(i => new ExperienceRow(F($"exp{i}_employer"), F($"exp{i}_title"), F($"exp{i}_from"), F($"exp{i}_until"), F($"exp{i}_duties")))],
            F("visibility"),
            long.TryParse(F("expected_version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
            ScreenKeys.Of(form));
    }

    /// <summary>The request the form makes, or what is wrong with it, naming the field by its label.</summary>
    public SaveMyResumeRequest? Request(out string? problem)
    {
        problem = null;
        var stated = new StatedResume { AvailabilityNote = AvailabilityNote, Introduction = Introduction };
        stated.WantedOccupations.Add(Words.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal));
        if (Region.Length > 0)
        {
            if (Places.All.All(p => p.Code != Region))
            {
                problem = "“希望工作的地点”不在可选范围内，请从列表中选择。";
                return null;
            }

            stated.Regions.Add(new RegionCode { Code = Region });
        }

        if (PayMin.Length > 0)
        {
            if (PayInput.Problem(PayMin, "期望最低工资", out var yuan) is { } payProblem)
            {
                problem = payProblem;
                return null;
            }

            stated.MinSalary = new Money { Fen = yuan * 100 };
            stated.MinSalaryPeriod = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == PayPeriod).Contract;
        }

        if (AvailableFrom.Length > 0 && (stated.AvailableFrom = TypedDates.Of(AvailableFrom)) is null)
        {
            problem = "“最早到岗日期”应写成 2026-12-01 这样的年-月-日。";
            return null;
        }

        for (var i = 0; i < Experience.Count; i++)
        {
            var row = Experience[i];
            if (row.IsBlank)
            {
                continue;
            }

            var from = TypedDates.Of(row.From);
            var until = row.Until.Length == 0 ? null : TypedDates.Of(row.Until);
            if (from is null || (row.Until.Length > 0 && until is null))
            {
                problem = $"第 {i + 1} 段工作经历的起止日期应写成 2020-03-01 这样的年-月-日（仍在职的不填结束日期）。";
                return null;
            }

            stated.Experience.Add(new WorkExperience { EmployerName = row.Employer, JobTitle = row.Title, From = from, Until = until, Duties = row.Duties });
        }

        return new SaveMyResumeRequest
        {
            IdempotencyKey = IdempotencyKey,
            Stated = stated,
            Visibility = Enum.TryParse<ResumeVisibility>(Visibility, out var visibility) ? visibility : ResumeVisibility.Nobody,
            ExpectedVersion = ExpectedVersion,
        };
    }

    private static string Day(CalendarDate? date) =>
        date is { Year: > 0 } d ? $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}" : "";
}
