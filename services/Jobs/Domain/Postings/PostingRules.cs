using Employment.Policy.Model;
using Employment.IdentityNumbers;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Validation;

namespace Employment.Jobs.Domain.Postings;

/// <summary>
/// What a lawful posting has (R29: an employer, a work place, pay, a validity period and a source; a
/// repost names its source) and what each kind adds (a gig: day or hour pay and a venue; a
/// traineeship: the host's recognition). A missing or absurd value is INVALID_ARGUMENT naming the
/// request field; the field names are the contract's, under <c>posting.</c>.
/// </summary>
public static class PostingRules
{
    // The map's edge, not a policy figure: the mainland's extreme latitudes and longitudes, rounded
    // outwards (a point beyond them is a typing error, such as swapped or zero coordinates).
    private const double SouthMost = 3.0;
    private const double NorthMost = 54.0;
    private const double WestMost = 73.0;
    private const double EastMost = 136.0;

    /// <summary>Skills and coded certificates a posting may ask for, each (what matching compares).</summary>
    public const int MaxMatchingRequirements = 20;

    /// <summary>A skill is a short tag, as a seeker's is.</summary>
    public const int MaxSkillLength = StatedPreferences.MaxSkillLength;

    public static PostingContent Check(PostingContent content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var employer = content.Employer;
        if (employer.CreditCode.Length == 0)
        {
            throw DomainRuleException.Invalid("posting.employer.credit_code", "请填写用人单位的统一社会信用代码（招聘岗位须有用人单位，裁定 R29）。");
        }

        if (!UnifiedSocialCreditCode.TryParse(employer.CreditCode, out _, out _))
        {
            throw DomainRuleException.Invalid("posting.employer.credit_code", $"统一社会信用代码“{PlainText.Quote(employer.CreditCode)}”无效（18位，校验位须正确）。");
        }

        PlainText.Check(employer.Name, "posting.employer.name", 200, "用人单位名称");
        PlainText.Check(content.Title, "posting.title", 100, "岗位名称");
        if (!IsOccupationCode(content.OccupationCode))
        {
            throw DomainRuleException.Invalid("posting.occupation_code", $"职业编码“{PlainText.Quote(content.OccupationCode)}”无效：应为职业分类大典（2022）的编码，如 2-06-03-00 或 6-31-01-03。");
        }

        PlainText.Check(content.Description, "posting.description", 4000, "岗位描述");
        if (!Enum.IsDefined(content.Kind))
        {
            throw DomainRuleException.Invalid("posting.employment_type", "请选择岗位类型（全职、兼职、零工、见习、公益性岗位、爱心岗位）。");
        }

        CheckWorkPlace(content.WorkPlace);
        CheckPay(content.Pay, content.Kind);
        if (content.Openings < 1)
        {
            throw DomainRuleException.Invalid("posting.openings", "招聘人数至少为 1。");
        }

        CheckRequirements(content.Requirements);
        CheckValidity(content.ValidFrom, content.ValidUntil, today);
        CheckSource(content.Source);
        PlainText.Check(content.Contact, "posting.contact", 100, "联系方式");
        CheckKind(content);
        return WithPersonalNumbersMasked(content);
    }

    /// <summary>
    /// The free text with every identity number, credit code and phone number masked, so that none is
    /// stored, indexed or shown: a posting is public, and a number typed into its description may be
    /// anyone's. How to apply is the structured contact (<see cref="PostingContent.Contact"/>), left as given.
    /// </summary>
    public static PostingContent WithPersonalNumbersMasked(PostingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        static string Mask(string text) => IdMasking.MaskPersonalNumbersIn(text);
        var requirements = content.Requirements;
        return content with
        {
            Title = Mask(content.Title),
            Description = Mask(content.Description),
            Benefits = [.. content.Benefits.Select(Mask)],
            Requirements = requirements with
            {
                Other = Mask(requirements.Other),
                Certificates = [.. requirements.Certificates.Select(Mask)],
                Skills = [.. requirements.Skills.Select(Mask)],
            },
        };
    }

    private static void CheckWorkPlace(WorkPlace place)
    {
        if (place.CountyCode.Length == 0)
        {
            throw DomainRuleException.Invalid("posting.work_place.county", "请填写工作地点所在县（市、区）的行政区划代码，如 410802；济源填 419001。");
        }

        if (Region.Parse(place.CountyCode).IsCity && Region.CityOf(place.CountyCode) != place.CountyCode)
        {
            throw DomainRuleException.Invalid("posting.work_place.county", $"工作地点应为县（市、区）级代码，而不是整个市（{place.CountyCode}），如解放区 410802。");
        }

        PlainText.Check(place.Address, "posting.work_place.address", 200, "工作地址");
        var at = place.Location;
        if (double.IsNaN(at.Latitude) || double.IsNaN(at.Longitude) || (at.Latitude == 0 && at.Longitude == 0))
        {
            throw DomainRuleException.Invalid("posting.work_place.location", "请提供工作地点的经纬度（WGS-84），如焦作市区约 35.2°N、113.2°E。");
        }

        if (at.Latitude is < SouthMost or > NorthMost || at.Longitude is < WestMost or > EastMost)
        {
            throw DomainRuleException.Invalid("posting.work_place.location",
                $"工作地点的经纬度（{at.Latitude:0.####}, {at.Longitude:0.####}）不在地图上的中国境内：纬度在前、经度在后，如 35.2, 113.2。");
        }
    }

    private static void CheckPay(PayRange pay, EmploymentKind kind)
    {
        if (!Enum.IsDefined(pay.Period))
        {
            throw DomainRuleException.Invalid("posting.pay.period", "请说明薪酬按月、按日还是按小时计。");
        }

        if (pay.MinFen <= 0)
        {
            throw DomainRuleException.Invalid("posting.pay.min", "请填写薪酬下限（大于 0）。招聘岗位须写明薪酬（裁定 R29）。");
        }

        if (pay.MaxFen < pay.MinFen)
        {
            throw DomainRuleException.Invalid("posting.pay.max", $"薪酬上限（{pay.MaxFen / 100m:0.##} 元）低于下限（{pay.MinFen / 100m:0.##} 元）。");
        }

        if (kind == EmploymentKind.Gig && pay.Period == PayPeriod.Month)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, "零工岗位按日或按小时计酬，请把薪酬周期改为按日或按小时。", "posting.pay.period", PostingRuleIds.GigTerms);
        }
    }

    private static void CheckRequirements(Requirements requirements)
    {
        if (requirements.MinExperienceYears < 0)
        {
            throw DomainRuleException.Invalid("posting.requirements.min_experience_years", "工作经验年限不能为负数。");
        }

        if (requirements.MinAge < 0 || requirements.MaxAge < 0)
        {
            throw DomainRuleException.Invalid("posting.requirements.min_age", "年龄要求不能为负数。");
        }

        if (requirements.MaxAge > 0 && requirements.MaxAge < requirements.MinAge)
        {
            throw DomainRuleException.Invalid("posting.requirements.max_age", $"年龄上限（{requirements.MaxAge}）低于下限（{requirements.MinAge}）。");
        }

        PlainText.Check(requirements.Other, "posting.requirements.other", 1000, "其他要求", required: false);
        if (requirements.Skills.Count > MaxMatchingRequirements)
        {
            throw DomainRuleException.Invalid("posting.requirements.skills", $"技能要求最多 {MaxMatchingRequirements} 项，收到 {requirements.Skills.Count} 项。");
        }

        foreach (var skill in requirements.Skills)
        {
            PlainText.Check(skill, "posting.requirements.skills", MaxSkillLength, "技能要求");
        }

        if (requirements.RequiredCertificates.Count > MaxMatchingRequirements)
        {
            throw DomainRuleException.Invalid("posting.requirements.required_certificates", $"证书要求最多 {MaxMatchingRequirements} 项，收到 {requirements.RequiredCertificates.Count} 项。");
        }

        foreach (var certificate in requirements.RequiredCertificates)
        {
            if (!Occupations.IsWellFormed(certificate.OccupationCode) || certificate.Level is < 0 or > Certificate.Unlevelled)
            {
                throw DomainRuleException.Invalid("posting.requirements.required_certificates",
                    $"证书要求“{PlainText.Quote(certificate.OccupationCode)}”无效：应为职业分类大典编码（如 6-31-01-03）和一至五级（或不分级）。");
            }

            PlainText.Check(certificate.OccupationName, "posting.requirements.required_certificates", 50, "证书名称", required: false);
        }
    }

    private static void CheckValidity(DateOnly from, DateOnly until, DateOnly today)
    {
        if (from == default)
        {
            throw DomainRuleException.Invalid("posting.valid.from", "请填写岗位有效期的起始日期（招聘岗位须有有效期，裁定 R29）。");
        }

        if (until == default)
        {
            throw DomainRuleException.Invalid("posting.valid.until", "请填写岗位有效期的截止日期（招聘岗位须有有效期，裁定 R29）。");
        }

        if (until < from)
        {
            throw DomainRuleException.Invalid("posting.valid.until", $"有效期截止日（{until:yyyy-MM-dd}）早于起始日（{from:yyyy-MM-dd}）。");
        }

        if (until < today)
        {
            throw DomainRuleException.Invalid("posting.valid.until", $"有效期截止日（{until:yyyy-MM-dd}）已过，过期岗位不能发布。");
        }
    }

    private static void CheckSource(PostingSource source)
    {
        if (source.Kind == SourceKind.None || !Enum.IsDefined(source.Kind))
        {
            throw DomainRuleException.Invalid("posting.source.kind", "请说明岗位来源：窗口登记、单位提交或转载（裁定 R29）。");
        }

        var repostedFrom = PlainText.Check(source.RepostedFrom, "posting.source.reposted_from", 200, "原发布方", required: false);
        if (source.Kind == SourceKind.Repost && repostedFrom.Length == 0)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, "转载的岗位须注明原发布方（网站、机构或报刊名称），裁定 R29。", "posting.source.reposted_from", PostingRuleIds.LawfulPosting);
        }
    }

    private static void CheckKind(PostingContent content)
    {
        if (content.Kind == EmploymentKind.Gig && (content.Venue is null || content.Venue.Kind is VenueKind.None or VenueKind.BureauCounter || string.IsNullOrWhiteSpace(content.Venue.Name)))
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, "零工岗位须注明发布场所（零工市场、零工驿站或就业服务站）及其名称。", "posting.venue", PostingRuleIds.GigTerms);
        }

        if (content.Kind == EmploymentKind.Traineeship && string.IsNullOrWhiteSpace(content.TraineeshipHostRecognition))
        {
            // The registry holds no 见习单位认定 fact, so the clerk records the recognition from the employer's papers.
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                "就业见习岗位只能由人社部门认定的就业见习单位发布：请在 traineeship_host_recognition 中填写认定文件或编号。",
                "posting.traineeship_host_recognition", PostingRuleIds.TraineeshipHost);
        }

        PlainText.Check(content.TraineeshipHostRecognition, "posting.traineeship_host_recognition", 200, "见习单位认定", required: false);
    }

    // 大类-中类-小类[-细类]: 2-06-03 or 2-06-03-00.
    private static bool IsOccupationCode(string code)
    {
        var parts = code.Split('-');
        return parts.Length is 3 or 4
            && parts[0].Length == 1 && char.IsAsciiDigit(parts[0][0])
            && parts.Skip(1).All(p => p.Length == 2 && p.All(char.IsAsciiDigit));
    }
}
