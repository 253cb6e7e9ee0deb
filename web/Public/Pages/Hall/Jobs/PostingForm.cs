using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.Web.Kit.Forms;
using Employment.Web.Public.Pages.Jobs;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>
/// 发布岗位 as an employer's agent types it, kept as typed so a refusal shows it again: the job in words (the occupation
/// read as the search reads it, so the agent never types a code), the work place's county and address, pay, openings,
/// the least education, what the job is, the last day and a contact. The service checks and screens it as the counter's
/// postings are (R29); the form only reads what was typed into the contract.
/// </summary>
public sealed record PostingForm(
    string Title,
    string Occupation,
    string Kind,
    string County,
    string Address,
    string PayMin,
    string PayMax,
    string PayPeriod,
    string Openings,
    string Education,
    string Description,
    string ValidUntil,
    string Contact,
    string IdempotencyKey)
{
    /// <summary>The kinds an employer files online; the others are the bureau's (见习, 公益性岗位, 爱心岗位) or need a venue (零工).</summary>
    public static IReadOnlyList<(string Slug, string NameZh, EmploymentType Contract)> Kinds { get; } =
        [.. JobFilters.Kinds.Where(k => k.Contract is EmploymentType.FullTime or EmploymentType.PartTime)];

    /// <summary>Where a job can be: a county, district or 济源示范区 (a city of one county), never a whole city of several.</summary>
    public static IReadOnlyList<Places.Place> WorkPlaces { get; } = [.. Places.All.Where(p => !p.IsCity || Region.CityOf(p.Code) == p.Code)];

    public static PostingForm Empty() => new("", "", "full-time", "", "", "", "", "month", "1", "", "", "", "", ScreenKeys.New());

    public static PostingForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string F(string name) => form[name].ToString().Trim();
        return new(F("title"), F("occupation"), F("kind"), F("county"), F("address"), F("pay_min"), F("pay_max"), F("pay_period"), F("openings"), F("education"),
            string.Join(" ", F("description").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            F("valid_until"), F("contact"), ScreenKeys.Of(form));
    }

    /// <summary>The request the form makes, or what is wrong with it, naming the field by its label.</summary>
    public FileMyPostingRequest? Request(out string? problem)
    {
        problem = Problem(out var posting);
        return problem is null ? new FileMyPostingRequest { IdempotencyKey = IdempotencyKey, Posting = posting } : null;
    }

    private string? Problem(out JobPosting posting)
    {
        posting = new JobPosting { Title = Title, Description = Description, Contact = Contact, Requirements = new Requirements() };
        // An everyday word may name a 小类 (司机 is every 道路运输 driver): the service takes a 小类 as it takes a 细类, and the
        // search finds the posting by it as it finds the seeker's word.
        if (Occupation.Length == 0 || OccupationNames.CodeFor(Occupation) is not { } code)
        {
            return $"“职业”没有认出“{Occupation}”：请换一个常用的说法，如 仓库管理员、电工、会计、厨师。";
        }

        posting.OccupationCode = code;
        if (Kinds.FirstOrDefault(k => k.Slug == Kind) is not { NameZh: not null } kind)
        {
            return "请选择“岗位类型”：网上可以发布全职、兼职岗位。";
        }

        posting.EmploymentType = kind.Contract;
        if (WorkPlaces.FirstOrDefault(p => p.Code == County) is not { } place)
        {
            return "请选择“工作地点”所在的县（市、区）。";
        }

        // Distance searches measure from the county's seat: the agent is not asked for coordinates.
        posting.WorkPlace = new WorkPlace
        {
            County = new RegionCode { Code = place.Code }, Address = Address,
            Location = new GeoPoint { Latitude = place.SeatLatitude, Longitude = place.SeatLongitude },
        };
        if (PayInput.Problem(PayMin, "最低工资", out var min) is { } minProblem)
        {
            return minProblem;
        }

        var max = min;
        if (PayMax.Length > 0 && PayInput.Problem(PayMax, "最高工资", out max) is { } maxProblem)
        {
            return maxProblem;
        }

        posting.Pay = new Pay { Min = new Money { Fen = min * 100 }, Max = new Money { Fen = max * 100 }, Period = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == PayPeriod).Contract };
        if (!int.TryParse(Openings, NumberStyles.None, CultureInfo.InvariantCulture, out var openings) || openings is < 1 or > MaxOpenings)
        {
            return $"“招聘人数”请填写 1 到 {MaxOpenings} 的整数。";
        }

        posting.Openings = openings;
        if (Education.Length > 0)
        {
            if (JobFilters.Educations.FirstOrDefault(e => e.Slug == Education) is not { NameZh: not null } education)
            {
                return "“学历要求”不在可选范围内，请从列表中选择。";
            }

            posting.Requirements.MinEducation = education.Contract;
        }

        if (TypedDates.Of(ValidUntil) is not { } until)
        {
            return "“招聘截止日期”应写成 2026-12-31 这样的年-月-日。";
        }

        // Open from the service's today: the first day is not asked.
        posting.Valid = new DatePeriod { Until = until };
        return null;
    }

    /// <summary>A bound on what the field takes, not a policy figure.</summary>
    private const int MaxOpenings = 9999;
}
