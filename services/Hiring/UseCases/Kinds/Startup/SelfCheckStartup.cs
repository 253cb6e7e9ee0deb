using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the start-up subsidy: the founder's statements become the facts a claim at the counter reads
/// from the registry (<see cref="StatedPersonFacts"/>), judged by the same <see cref="StartupSubsidyJudge"/> in
/// force on the entitlement date in the stated region (R1, R27).
/// </summary>
public sealed class SelfCheckStartup(StartupSubsidyJudge judge, PolicyCatalog catalog, ChinaClock clock)
{
    private const string Stated = StatedPersonFacts.Stated;

    /// <summary>The questions, as the public site asks them of a founder (or one about to found a business).</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, "startup", "startup", StartupClaims.Taken[0].NameZh,
        "创业者：首次创办企业或从事个体经营",
        "首次创业并正常经营的大中专学生、就业困难人员、返乡农民工、退役军人等，可申请一次性创业补贴（开业补贴）。还没有登记的也可测算。",
        ["business_kind", "region", "planning", "registered_on", "first_business", "operated_normally", "groups", "graduation_date", "received_before"],
        FieldWordings.Of([
            ("business_kind", new("创业形式", Required: true, Offered: ["ENTITY_KIND_ENTERPRISE", "ENTITY_KIND_INDIVIDUAL_BUSINESS"])),
            ("region", new("登记地", "已登记的填营业执照上的登记地；还在筹备的填打算登记的地方。", Required: true)),
            ("planning", new("还在筹备，尚未登记", "选“是”且不填登记注册日期的，按今天登记、此后正常经营测算。")),
            ("registered_on", new("登记注册日期", "见营业执照；还没有登记的可不填。补贴按登记满规定年限之日有效的政策确定。")),
            ("first_business", new("首次创业（首次创办企业或从事个体经营）")),
            ("operated_normally", new("自登记之日起正常经营")),
            ("groups[]", new("创业者人员类别", "可多选。")),
            ("graduation_date", new("创业者毕业（预计毕业）日期", "选了大中专学生时填写。")),
            ("received_before", new("已享受过一次性创业补贴或开业补贴")),
        ]),
        new Dictionary<string, string>(ClaimFormWording.Choices, StringComparer.Ordinal)
        {
            ["StatedFounderGroup.STATED_FOUNDER_GROUP_COLLEGE_STUDENT"] = "大中专学生（含毕业5年内）",
            ["StatedFounderGroup.STATED_FOUNDER_GROUP_EMPLOYMENT_DIFFICULTY"] = "就业困难人员",
            ["StatedFounderGroup.STATED_FOUNDER_GROUP_RETURNING_MIGRANT_WORKER"] = "返乡农民工",
            ["StatedFounderGroup.STATED_FOUNDER_GROUP_VETERAN"] = "退役军人",
        })
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.Startup)],
    };

    public V1.StartupSelfCheck Check(V1.StatedStartup stated)
    {
        var form = stated.BusinessKind switch
        {
            EntityKind.Enterprise => BusinessForm.Enterprise,
            EntityKind.IndividualBusiness => BusinessForm.IndividualBusiness,
            _ => throw DomainRuleException.Invalid("startup.business_kind", "请选择创业形式（startup.business_kind）：创办企业或个体工商户（河南省《支持中小企业发展若干财税政策》第32条、焦政办〔2023〕29号 第21条只含这两种）。"),
        };
        var region = Region.Parse(RegionCodes.Place(stated.Region, "startup.region", required: true));
        var registeredOn = HireInput.Day(stated.RegisteredOn, "startup.registered_on");
        // A business still being planned is judged as registered today and run normally from then on: what the
        // founder would get by registering now and keeping it open (the answer says so).
        var planned = registeredOn is null && stated.Planning;
        var registered = registeredOn ?? (planned ? clock.Today
            : throw DomainRuleException.Invalid("startup.registered_on", "请填写营业执照上的登记注册日期（startup.registered_on）；还没有登记的，请说明还在筹备（startup.planning）。"));
        var groups = Groups(stated.Groups, "startup.groups");
        var graduated = HireInput.Day(stated.GraduationDate, "startup.graduation_date");
        if (groups.Contains(V1.StatedFounderGroup.CollegeStudent) && graduated is null)
        {
            throw DomainRuleException.Invalid("startup.graduation_date", "选择了大中专学生，请填写毕业（预计毕业）日期（startup.graduation_date）。");
        }

        var business = new StartupBusiness(form, registered, region, stated.FirstBusiness, stated.OperatedNormally || planned, FactSource.Stated(Stated));
        IReadOnlyList<PriorStartupSubsidy> prior = stated.ReceivedBefore ? [new PriorStartupSubsidy(Stated, registered)] : [];
        var judgement = judge.Judge(new StartupApplication(FounderProfile(groups, graduated, registered), business, prior));

        var answer = new V1.StartupSelfCheck
        {
            MayBePaid = judgement.Approved,
            Amount = new Money { Fen = judgement.AmountFen },
            PaidUnderZh = judgement.PaidUnderZh ?? "",
            NoteZh = planned ? "您还没有登记：以下按今天登记注册、此后正常经营测算。登记后满规定年限、仍正常经营的，到登记地的人社服务窗口申请。" : "",
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

    private static string BringFor(V1.StatedFounderGroup group) => group switch
    {
        V1.StatedFounderGroup.CollegeStudent => "毕业证书或学生证（学籍证明）",
        V1.StatedFounderGroup.EmploymentDifficulty => "就业困难人员认定证明（就业创业证）",
        V1.StatedFounderGroup.ReturningMigrantWorker => "返乡农民工身份证明（户籍及外出务工经历）",
        _ => "退役证明",
    };
}
