using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for 一次性吸纳就业补贴 and 一次性扩岗补助: the employer's statements about a hire become the facts a
/// claim at the counter reads (<see cref="StatedPersonFacts"/>), each measure judged by the same
/// <see cref="OneOffHireJudge"/> in force on the contract start in the stated region (R1, R27).
/// </summary>
public sealed class SelfCheckHire(OneOffHireJudge judge)
{
    private const string Stated = StatedPersonFacts.Stated;

    /// <summary>The questions, as the public site asks them of an employer about one hire it considers.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, "hire", "hire", $"{OneOffHireClaims.AbsorptionZh}和{OneOffHireClaims.ExpansionZh}",
        "单位：招用高校毕业生、登记失业青年",
        "单位招用符合条件的人员、签订劳动合同并缴纳社会保险的，可测算一次性吸纳就业补贴、一次性扩岗补助（同一人员只能享受其中一项）。不需要填写身份证号码或统一社会信用代码。",
        ["employer_kind", "region", "insured_as_unit", "has_employees", "contract_start", "contract_term_months", "open_ended", "insured_months",
            "birth_date", "graduation_date", "unemployment_registered_since", "employed_before", "claimed_before"],
        FieldWordings.Of([
            ("employer_kind", new("申请单位类型", Required: true)),
            ("region", new("申请单位登记地", Required: true)),
            ("insured_as_unit", new("个体工商户：以单位形式参保")),
            ("has_employees", new("个体工商户：有雇工")),
            ("contract_start", new("劳动合同起始日期", Required: true)),
            ("contract_term_months", new("劳动合同期限（月）", "无固定期限合同不填，在下一项选“是”。")),
            ("open_ended", new("无固定期限劳动合同")),
            ("insured_months", new("自合同起始月起为其缴纳社会保险的月数")),
            ("birth_date", new("该人员出生日期")),
            ("graduation_date", new("该人员高校毕业日期", "高校毕业生填写。")),
            ("unemployment_registered_since", new("该人员失业登记日期", "登记持续到入职前的填写。")),
            ("employed_before", new("入职前一日有其他劳动合同或单位缴纳的养老、失业保险")),
            ("claimed_before[]", new("已为该人员申领过（任何单位）", "可多选；没有不选。", Offered: ["SUBSIDY_KIND_ABSORPTION", "SUBSIDY_KIND_JOB_EXPANSION"])),
        ]),
        new Dictionary<string, string>(ClaimFormWording.Choices, StringComparer.Ordinal)
        {
            ["SubsidyKind.SUBSIDY_KIND_ABSORPTION"] = OneOffHireClaims.AbsorptionZh,
            ["SubsidyKind.SUBSIDY_KIND_JOB_EXPANSION"] = OneOffHireClaims.ExpansionZh,
        })
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.Absorption), ContractNames.Of(V1.SubsidyKind.JobExpansion)],
    };

    public V1.HireSelfCheck Check(V1.StatedHire stated)
    {
        var kind = StatedEmployers.Kind(stated.EmployerKind, "hire.employer_kind");
        var region = Region.Parse(RegionCodes.Place(stated.Region, "hire.region", required: true));
        var start = HireInput.Day(stated.ContractStart, "hire.contract_start")
            ?? throw DomainRuleException.Invalid("hire.contract_start", "请填写劳动合同起始日期（hire.contract_start）。");
        if (stated.OpenEnded ? stated.ContractTermMonths != 0 : stated.ContractTermMonths <= 0)
        {
            throw DomainRuleException.Invalid("hire.contract_term_months", "请填写劳动合同期限（月，hire.contract_term_months），或选择无固定期限（此时期限不填）。");
        }

        if (stated.InsuredMonths < 0)
        {
            throw DomainRuleException.Invalid("hire.insured_months", "社会保险缴费月数（hire.insured_months）不能为负数。");
        }

        var birth = HireInput.Day(stated.BirthDate, "hire.birth_date");
        var graduated = HireInput.Day(stated.GraduationDate, "hire.graduation_date");
        var registeredSince = HireInput.Day(stated.UnemploymentRegisteredSince, "hire.unemployment_registered_since");
        if (registeredSince >= start)
        {
            throw DomainRuleException.Invalid("hire.unemployment_registered_since", "失业登记日期（hire.unemployment_registered_since）应早于劳动合同起始日期。");
        }

        var prior = stated.ClaimedBefore.Distinct().Select(k => k switch
        {
            V1.SubsidyKind.Absorption => new PriorHireClaim(Stated, HireSubsidyKind.Absorption, "", start),
            V1.SubsidyKind.JobExpansion => new PriorHireClaim(Stated, HireSubsidyKind.Expansion, "", start),
            _ => throw DomainRuleException.Invalid("hire.claimed_before", "已申领的补贴（hire.claimed_before）只能是一次性吸纳就业补贴或一次性扩岗补助。"),
        }).ToList();

        var source = FactSource.Stated(Stated);
        var employer = new HiringEmployer("", "本单位", kind, region, stated.InsuredAsUnit, stated.HasEmployees, source, source);
        var contract = new HireContract(start, stated.ContractTermMonths, stated.OpenEnded);
        var insurance = new InsuredMonths(Enum.GetValues<InsuredScheme>().ToDictionary(s => s, _ => stated.InsuredMonths));
        var person = HiredProfile(birth, graduated, registeredSince, stated.EmployedBefore, start);

        var answer = new V1.HireSelfCheck();
        foreach (var (subsidy, protoKind) in new[] { (HireSubsidyKind.Absorption, V1.SubsidyKind.Absorption), (HireSubsidyKind.Expansion, V1.SubsidyKind.JobExpansion) })
        {
            var judged = judge.Judge(new HireItem(subsidy, employer, person, contract, insurance, prior));
            answer.Measures.Add(new V1.MeasureSelfCheck
            {
                Kind = protoKind,
                NameZh = HireMeasures.For(subsidy).NameZh,
                MayBePaid = judged.Approved,
                Amount = new Money { Fen = judged.AmountFen },
                Explanation = judged.Explanation,
            });
        }

        answer.BringZh.Add("申请单位营业执照或登记证书");
        answer.BringZh.Add("与该人员签订的劳动合同");
        answer.BringZh.Add("为该人员缴纳社会保险的缴费记录");
        if (kind == EmployerKind.IndividualBusiness)
        {
            answer.BringZh.Add("以单位形式参保的登记凭证和雇工情况");
        }

        if (graduated is not null)
        {
            answer.BringZh.Add("该人员的毕业证书");
        }

        if (registeredSince is not null)
        {
            answer.BringZh.Add("该人员的失业登记凭证（就业创业证）");
        }

        return answer;
    }

    /// <summary>
    /// The hired person's statements as registry facts (<see cref="StatedPersonFacts"/>): the birth date the
    /// registry derives from the id number, a college education, an unemployment registration running up to the
    /// hire, and — when the person was employed — a contract in force on the day before the start (R19, R20).
    /// </summary>
    private static PersonProfile HiredProfile(DateOnly? birth, DateOnly? graduated, DateOnly? registeredSince, bool employedBefore, DateOnly start) =>
        StatedPersonFacts.Profile(
            new StatedPerson
            {
                BirthDate = birth is { } b ? ProtoMapping.ToProto(b) : null,
                Education = graduated is { } g ? new Education { Level = EducationLevel.JuniorCollege, GraduationDate = ProtoMapping.ToProto(g) } : null,
                UnemploymentRegisteredSince = registeredSince is { } since ? ProtoMapping.ToProto(since) : null,
                EmployedBefore = employedBefore,
            },
            "hire",
            start);
}
