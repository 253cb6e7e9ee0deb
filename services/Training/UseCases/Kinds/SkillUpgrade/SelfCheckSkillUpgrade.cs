using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Employment.Training.Domain.SkillUpgrade;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算: the public self-check. The person's statements become the same facts the counter's
/// judgement reads from the registry (insured months ending the day before the issue date, benefit and
/// contract in force on it, the subsidies already received), and the same rules judge them. Reads no
/// registry and no database, writes nothing: a stranger learns nothing about anyone.
/// </summary>
public sealed class SelfCheckSkillUpgrade(SkillUpgradeRules rules, ChinaClock clock)
{
    private const string Stated = "本人填报";
    private const string Unnumbered = "（未填写）";

    /// <summary>The questions, as the public site asks them of a person holding a new certificate.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.TrainingSelfCheckRequest.Descriptor, "skill_upgrade", "skill-upgrade", SkillUpgradeApplications.Taken[0].NameZh,
        "个人：取得职业资格证书或职业技能等级证书的参保职工、失业人员",
        "取得职业资格证书或职业技能等级证书后，可测算能否领取技能提升补贴、领取多少。",
        ["certificate", "region", "insured_months", "drawing_benefit", "employment_contract", "prior_skill_upgrades", "prior_vocational_trainings"],
        FieldWordings.Of([
            ("certificate", new("证书", Required: true)),
            ("certificate.occupation_code", new("职业编码", "见证书上的职业（工种）编码，如 6-18-01-01。", Required: true)),
            ("certificate.occupation_name", FieldWording.NotAsked),
            ("certificate.level", new("证书等级", Required: true)),
            ("certificate.certificate_number", FieldWording.NotAsked),
            ("certificate.issue_date", new("发证日期", Required: true)),
            ("certificate.issuing_body", FieldWording.NotAsked),
            ("region", new("参保（领取失业保险金）地", Required: true)),
            ("insured_months", new("截至发证日累计参加失业保险月数", Required: true)),
            ("drawing_benefit", new("发证时正在领取失业保险金")),
            ("employment_contract", new("发证时有劳动合同")),
            .. Prior("prior_skill_upgrades[]", "已享受的技能提升补贴（如有）", "发证日期"),
            .. Prior("prior_vocational_trainings[]", "已享受的职业培训补贴（如有）", "结业日期"),
        ]),
        CommonChoices.All)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.SkillUpgrade)],
    };

    private static IEnumerable<(string Path, FieldWording Words)> Prior(string group, string labelZh, string dateZh) =>
    [
        (group, new(labelZh, "未享受过的不填。")),
        ($"{group}.occupation_code", new("职业编码", Required: true)),
        ($"{group}.level", new("等级", Required: true)),
        ($"{group}.date", new(dateZh, Required: true)),
        ($"{group}.certificate_number", FieldWording.NotAsked),
    ];

    /// <summary>The public form's question (<c>TrainingSelfCheckRequest.skill_upgrade</c>): the verdict as every training measure's self-check gives it.</summary>
    public V1.TrainingMeasureSelfCheck CheckStated(V1.SkillUpgradeSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = Region.Parse(RegionCodes.Place(request.Region, "skill_upgrade.region", required: true));
        var judged = Check(request, region);
        return new V1.TrainingMeasureSelfCheck
        {
            NameZh = SkillUpgradeApplications.Taken[0].NameZh,
            Eligible = judged.Eligible,
            Amount = judged.Amount,
            Explanation = judged.Explanation,
        };
    }

    public V1.SkillUpgradeSelfCheck Check(V1.SkillUpgradeSelfCheckRequest request, Region region)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Certificate?.Clone();
        if (given is not null && string.IsNullOrWhiteSpace(given.CertificateNumber))
        {
            given.CertificateNumber = Unnumbered;
        }

        var certificate = CertificateInput.From(given, "certificate");
        if (request.InsuredMonths is < 0 or > 1200)
        {
            throw DomainRuleException.Invalid("insured_months", "累计参加失业保险月数应在 0 至 1200 之间。");
        }

        var judgement = rules.Judge(new SkillUpgradeCase(certificate, Facts(request, certificate.IssueDate), Prior(request), region, clock.Today));
        return new V1.SkillUpgradeSelfCheck
        {
            Eligible = judgement.Eligible,
            Amount = new Money { Fen = judgement.AmountFen },
            Explanation = judgement.Explanation,
        };
    }

    private static PersonInsuranceFacts Facts(V1.SkillUpgradeSelfCheckRequest request, DateOnly issued)
    {
        var onIssueDay = new DateSpan(issued, issued);
        List<UnemploymentInsuranceSpan> insurance = request.InsuredMonths > 0
            ? [new UnemploymentInsuranceSpan(new DateSpan(issued.AddMonths(-request.InsuredMonths), issued.AddDays(-1)), request.InsuredMonths, Stated)]
            : [];
        return new PersonInsuranceFacts(
            insurance,
            request.DrawingBenefit ? [(onIssueDay, Stated)] : [],
            request.EmploymentContract ? [(onIssueDay, Stated)] : []);
    }

    private static PriorSubsidies Prior(V1.SkillUpgradeSelfCheckRequest request) => Prior(request.PriorSkillUpgrades, request.PriorVocationalTrainings, "");

    /// <summary>The subsidies a person states they received, as the counter's prior subsidies; <paramref name="field"/> prefixes the fields named in errors.</summary>
    internal static PriorSubsidies Prior(IReadOnlyList<V1.PriorSubsidyStatement> skillUpgrades, IReadOnlyList<V1.PriorSubsidyStatement> vocationalTrainings, string field)
    {
        var skill = skillUpgrades.Select((p, i) =>
        {
            var stated = Statement(p, $"{field}prior_skill_upgrades[{i}]");
            var number = string.IsNullOrWhiteSpace(p.CertificateNumber) ? $"{Stated}-{i + 1}" : p.CertificateNumber.Trim();
            return new PriorSkillUpgrade($"{Stated}-{i + 1}", number, stated.OccupationCode, stated.Level, stated.IssueDate);
        }).ToList();
        var vocational = vocationalTrainings.Select((p, i) =>
        {
            var stated = Statement(p, $"{field}prior_vocational_trainings[{i}]");
            return new PriorVocationalTraining($"{Stated}-{i + 1}", stated.OccupationCode, stated.Level, stated.IssueDate);
        }).ToList();
        return new PriorSubsidies(skill, vocational);
    }

    /// <summary>A stated prior subsidy, checked as a certificate is (occupation, level, date), under its own field name.</summary>
    private static SkillCertificate Statement(V1.PriorSubsidyStatement statement, string field)
    {
        if (string.IsNullOrWhiteSpace(statement.OccupationCode))
        {
            throw DomainRuleException.Invalid(field + ".occupation_code", "请填写已享受补贴的职业（工种）编码。");
        }

        return CertificateInput.From(
            new Certificate { CertificateNumber = statement.CertificateNumber, OccupationCode = statement.OccupationCode, Level = statement.Level, IssueDate = statement.Date },
            field);
    }
}
