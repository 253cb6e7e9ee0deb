using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 自助测算 for the start-up subsidy and the one-off hire subsidies. The person's statements become the
/// facts the counter's claims read from the registry (one fact of each stated kind, sourced 本人填报), and
/// the same <see cref="StartupSubsidyJudge"/> and <see cref="OneOffHireJudge"/> judge them: the rules in
/// force on the entitlement date or contract start in the stated region (R1, R27), so Jiaozuo's measures
/// never answer for Jiyuan. Reads no registry and no database, writes nothing.
/// </summary>
internal sealed class SelfCheckSubsidies(StartupSubsidyJudge startups, OneOffHireJudge hires, PolicyCatalog catalog,
    SelfCheckTraineeship traineeship, SelfCheckInsuredHire insuredHire, SelfCheckFlexibleWork flexibleWork,
    SelfCheckStabilisation stabilisation, SelfCheckIncubator incubator)
{
    private const string Stated = StatedPersonFacts.Stated;

    public V1.SubsidySelfCheck Check(V1.SubsidySelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Startup is null && request.Hire is null && request.Traineeship is null && request.InsuredHire is null
            && request.FlexibleWork is null && request.Stabilisation is null && request.Incubator is null)
        {
            throw DomainRuleException.Invalid("startup", "请填写要测算的补贴的情况（startup、hire、traineeship、insured_hire、flexible_work、stabilisation 或 incubator），至少一项。");
        }

        var answer = new V1.SubsidySelfCheck { NoticeZh = StatedPersonFacts.Notice };
        if (request.Startup is { } startup)
        {
            answer.Startup = CheckStartup(startup);
        }

        if (request.Hire is { } hire)
        {
            answer.Hire = CheckHire(hire);
        }

        answer.Traineeship = request.Traineeship is { } t ? traineeship.Check(t) : null;
        answer.InsuredHire = request.InsuredHire is { } i ? insuredHire.Check(i) : null;
        answer.FlexibleWork = request.FlexibleWork is { } f ? flexibleWork.Check(f) : null;
        answer.Stabilisation = request.Stabilisation is { } s ? stabilisation.Check(s) : null;
        answer.Incubator = request.Incubator is { } o ? incubator.Check(o) : null;

        return answer;
    }

    private V1.StartupSelfCheck CheckStartup(V1.StatedStartup stated)
    {
        var form = stated.BusinessKind switch
        {
            EntityKind.Enterprise => BusinessForm.Enterprise,
            EntityKind.IndividualBusiness => BusinessForm.IndividualBusiness,
            _ => throw DomainRuleException.Invalid("startup.business_kind", "请选择创业形式（startup.business_kind）：创办企业或个体工商户（河南省《支持中小企业发展若干财税政策》第32条、焦政办〔2023〕29号 第21条只含这两种）。"),
        };
        var region = Region.Parse(RegionCodes.Place(stated.Region, "startup.region", required: true));
        var registered = HireInput.Day(stated.RegisteredOn, "startup.registered_on")
            ?? throw DomainRuleException.Invalid("startup.registered_on", "请填写营业执照上的登记注册日期（startup.registered_on）。");
        var groups = Groups(stated.Groups, "startup.groups");
        var graduated = HireInput.Day(stated.GraduationDate, "startup.graduation_date");
        if (groups.Contains(V1.StatedFounderGroup.CollegeStudent) && graduated is null)
        {
            throw DomainRuleException.Invalid("startup.graduation_date", "选择了大中专学生，请填写毕业（预计毕业）日期（startup.graduation_date）。");
        }

        var business = new StartupBusiness(form, registered, region, stated.FirstBusiness, stated.OperatedNormally, FactSource.Stated(Stated));
        IReadOnlyList<PriorStartupSubsidy> prior = stated.ReceivedBefore ? [new PriorStartupSubsidy(Stated, registered)] : [];
        var judgement = startups.Judge(new StartupApplication(FounderProfile(groups, graduated, registered), business, prior));

        var answer = new V1.StartupSelfCheck
        {
            MayBePaid = judgement.Approved,
            Amount = new Money { Fen = judgement.AmountFen },
            PaidUnderZh = judgement.PaidUnderZh ?? "",
        };
        // A measure that never had a value for the region (Jiaozuo's 29号 asked about a Jiyuan business) has
        // nothing to say there (R27): it is left out, unless no measure has anything to say. One that exists
        // there but was not in force on the entitlement date stays, with its reason (R23).
        var local = StartupMeasures.All.Where(m => catalog.History(m.AmountKey, region).Count > 0).Select(m => m.NameZh).ToHashSet(StringComparer.Ordinal);
        var applying = judgement.Measures.Where(m => local.Contains(m.MeasureNameZh)).ToList();
        answer.Measures.AddRange((applying.Count > 0 ? applying : judgement.Measures).Select(m => new V1.MeasureSelfCheck
        {
            Kind = V1.SubsidyKind.Startup,
            NameZh = m.MeasureNameZh,
            MayBePaid = m.Passed,
            Amount = new Money { Fen = m.AmountFen },
            EntitledOn = m.EntitledOn is { } on ? ProtoMapping.ToProto(on) : null,
            Explanation = m.Explanation,
        }));
        answer.BringZh.Add("创业者本人居民身份证");
        answer.BringZh.Add(form == BusinessForm.Enterprise ? "企业营业执照（登记注册日期、登记地）" : "个体工商户营业执照（登记注册日期、登记地）");
        answer.BringZh.AddRange(groups.Select(BringFor));
        return answer;
    }

    private V1.HireSelfCheck CheckHire(V1.StatedHire stated)
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
            var judged = hires.Judge(new HireItem(subsidy, employer, person, contract, insurance, prior));
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

    private static List<V1.StatedFounderGroup> Groups(IEnumerable<V1.StatedFounderGroup> groups, string field)
    {
        var list = groups.Distinct().ToList();
        if (list.Exists(g => g == V1.StatedFounderGroup.Unspecified || !Enum.IsDefined(g)))
        {
            throw DomainRuleException.Invalid(field, $"人员类别（{field}）无效：可选大中专学生、就业困难人员、返乡农民工、退役军人。");
        }

        return list;
    }

    /// <summary>The founder's statements as the registry would hold them: one fact of each stated group (<see cref="StatedPersonFacts"/>).</summary>
    private static PersonProfile FounderProfile(IReadOnlyList<V1.StatedFounderGroup> groups, DateOnly? graduated, DateOnly registered) =>
        StatedPersonFacts.Profile(
            new StatedPerson
            {
                Education = groups.Contains(V1.StatedFounderGroup.CollegeStudent)
                    ? new Education { Level = EducationLevel.JuniorCollege, GraduationDate = ProtoMapping.ToProto(graduated!.Value) }
                    : null,
                EmploymentDifficulty = groups.Contains(V1.StatedFounderGroup.EmploymentDifficulty),
                ReturningMigrantWorker = groups.Contains(V1.StatedFounderGroup.ReturningMigrantWorker),
                Veteran = groups.Contains(V1.StatedFounderGroup.Veteran),
            },
            "startup",
            registered);

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

    private static string BringFor(V1.StatedFounderGroup group) => group switch
    {
        V1.StatedFounderGroup.CollegeStudent => "毕业证书或学生证（学籍证明）",
        V1.StatedFounderGroup.EmploymentDifficulty => "就业困难人员认定证明（就业创业证）",
        V1.StatedFounderGroup.ReturningMigrantWorker => "返乡农民工身份证明（户籍及外出务工经历）",
        _ => "退役证明",
    };
}
