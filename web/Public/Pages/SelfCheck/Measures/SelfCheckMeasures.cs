using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.Training.V1;
using P = Employment.Web.Public.Pages.SelfCheck.Measures.StatedPersonQuestions;

namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>
/// The measures checked on a page of their own, besides the skill-upgrade, loan and start-up / 吸纳扩岗 sections of
/// 我能享受哪些政策: each asks only the facts its rules read and is judged by its service's public self-check.
/// Form limits here are input bounds, not policy figures: the services judge every amount, rate and duration.
/// </summary>
public static class SelfCheckMeasures
{
    private const string Hiring = "就业补贴测算服务";
    private const string Training = "培训补贴测算服务";

    private static readonly IReadOnlyList<(string Value, string NameZh)> EmployerKinds =
        [("enterprise", "企业"), ("individual_business", "个体工商户"), ("cooperative", "农民专业合作社"), ("organisation", "社会组织、事业单位等其他单位")];

    private static readonly IReadOnlyList<(string Value, string NameZh)> Sizes =
        [("large", "大型企业"), ("medium", "中型企业"), ("small", "小型企业"), ("micro", "微型企业")];

    private static readonly IReadOnlyList<(string Value, string NameZh)> OrganisationTypes =
        [("social_group", "社会团体"), ("foundation", "基金会"), ("social_service", "社会服务机构"), ("law_firm", "律师事务所"), ("accounting_firm", "会计师事务所"), ("other", "事业单位、机关等其他")];

    private static readonly IReadOnlyList<(string Value, string NameZh)> Levels =
        [("l5", "五级（初级工）"), ("l4", "四级（中级工）"), ("l3", "三级（高级工）"), ("l2", "二级（技师）"), ("l1", "一级（高级技师）"), ("unlevelled", "专项职业能力（不分级）")];

    private const int MaxMonths = 120;

    private static Task<SubsidySelfCheck> AskHiring(HiringSubsidies.HiringSubsidiesClient client, SubsidySelfCheckRequest request, Grpc.Core.CallOptions options) =>
        client.CheckSubsidiesAsync(request, options).ResponseAsync;

    private static Task<TrainingSelfCheck> AskTraining(TrainingSubsidies.TrainingSubsidiesClient client, TrainingSelfCheckRequest request, Grpc.Core.CallOptions options) =>
        client.CheckTrainingAsync(request, options).ResponseAsync;

    private const int MaxStaff = 1_000_000;

    public static IReadOnlyList<MeasureCheck> All { get; } =
    [
        Traineeship(), InsuredHire(), FlexibleWork(), Stabilisation(), Incubator(), Course(), Apprenticeship(),
    ];

    public static MeasureCheck? Find(string slug) => All.FirstOrDefault(m => m.Slug == slug);

    private static MeasureCheck Traineeship() => new ServiceMeasureCheck<HiringSubsidies.HiringSubsidiesClient, SubsidySelfCheckRequest, SubsidySelfCheck>(
        "traineeship", "就业见习补贴", "见习单位：接收离校未就业毕业生、失业青年见习",
        "见习单位接收符合条件的人员参加就业见习，可按见习月数申请见习补贴。填写一名见习人员的情况即可测算。",
        [
            new("region", "见习单位登记地", FieldKind.Place),
            new("host_recognised", "见习单位已经人社部门认定为就业见习单位", FieldKind.Check),
            new("start", "见习开始日期", FieldKind.Date),
            new("end", "约定的见习结束日期", FieldKind.Date),
            new("real_name", "见习人员已在省内办理实名制登记", FieldKind.Check),
            .. P.Fields("见习人员", "见习开始前一天有工作（劳动合同或单位缴纳社会保险）", P.BirthDate, P.Education, P.GraduationDate, P.RegisteredSince, P.EmployedBefore),
        ],
        Hiring,
        r => new SubsidySelfCheckRequest
        {
            Traineeship = new StatedTraineeship
            {
                Region = r.Place("region"), HostRecognised = r.On("host_recognised"), Start = r.Date("start", required: true), End = r.Date("end", required: true),
                RealNameRegistered = r.On("real_name"), Trainee = P.Read(r),
            },
        },
        AskHiring,
        a => a.Traineeship is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck InsuredHire() => new ServiceMeasureCheck<HiringSubsidies.HiringSubsidiesClient, SubsidySelfCheckRequest, SubsidySelfCheck>(
        "insured-hire", "招用人员社会保险补贴", "单位：招用登记失业人员、高校毕业生、就业困难人员",
        "单位招用符合条件的人员并为其缴纳社会保险，可按实际缴费申请社会保险补贴。填写一名拟招用（已招用）人员的情况即可测算。",
        [
            new("employer_kind", "申请单位类型", FieldKind.Choice, "", EmployerKinds),
            new("region", "申请单位登记地", FieldKind.Place),
            new("size", "企业规模", FieldKind.Choice, "企业填写，见统计部门的企业划型。", Sizes),
            new("insured_as_unit", "个体工商户：以单位形式参保", FieldKind.Check),
            new("has_employees", "个体工商户：有雇工", FieldKind.Check),
            new("contract_start", "劳动合同起始日期", FieldKind.Date),
            new("term_months", "劳动合同期限（月）", FieldKind.Whole, "无固定期限合同不填，勾选下一项。"),
            new("open_ended", "无固定期限劳动合同", FieldKind.Check),
            new("public_welfare", "公益性岗位安置", FieldKind.Check),
            new("monthly_paid", "单位每月为其缴纳的社会保险费（元）", FieldKind.Yuan, "单位缴纳部分。"),
            new("months", "已缴（拟缴）月数", FieldKind.Whole, "从劳动合同起始月起算。"),
            .. P.Fields("该人员", "劳动合同起始日前一天有工作（劳动合同或单位缴纳社会保险）", P.BirthDate, P.Education, P.GraduationDate, P.RegisteredSince, P.EmploymentDifficulty, P.EmployedBefore),
        ],
        Hiring,
        r =>
        {
            var openEnded = r.On("open_ended");
            return new SubsidySelfCheckRequest
            {
                InsuredHire = new StatedInsuredHire
                {
                    EmployerKind = EntityKindOf(r.Choice("employer_kind")),
                    Region = r.Place("region"),
                    EmployerSize = SizeOf(r.Choice("size", required: false)),
                    InsuredAsUnit = r.On("insured_as_unit"),
                    HasEmployees = r.On("has_employees"),
                    ContractStart = r.Date("contract_start", required: true),
                    ContractTermMonths = openEnded ? 0 : r.Whole("term_months", 1200),
                    OpenEnded = openEnded,
                    PublicWelfarePost = r.On("public_welfare"),
                    MonthlyPaid = r.Yuan("monthly_paid"),
                    Months = r.Whole("months", MaxMonths),
                    Person = P.Read(r),
                },
            };
        },
        AskHiring,
        a => a.InsuredHire is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck FlexibleWork() => new ServiceMeasureCheck<HiringSubsidies.HiringSubsidiesClient, SubsidySelfCheckRequest, SubsidySelfCheck>(
        "flexible-work", "灵活就业人员社会保险补贴", "个人：就业困难人员、离校2年内未就业高校毕业生灵活就业",
        "以灵活就业人员身份缴纳社会保险的，可按规定申请社会保险补贴。",
        [
            new("region", "参保地", FieldKind.Place),
            new("first_month", "首个申请补贴的缴费月份", FieldKind.Month),
            new("months", "缴费月数", FieldKind.Whole),
            new("monthly_pension", "每月个人缴纳的养老保险费（元）", FieldKind.Yuan),
            new("monthly_medical", "每月个人缴纳的医疗保险费（元）", FieldKind.Yuan, "没有可不填。"),
            .. P.Fields("本人", "首个补贴月份前一天有工作（劳动合同或单位缴纳社会保险）", P.Education, P.GraduationDate, P.EmploymentDifficulty, P.EmployedBefore),
        ],
        Hiring,
        r => new SubsidySelfCheckRequest
        {
            FlexibleWork = new StatedFlexibleWork
            {
                Region = r.Place("region"), FirstMonth = r.Month("first_month", required: true), Months = r.Whole("months", MaxMonths),
                MonthlyPension = r.Yuan("monthly_pension"), MonthlyMedical = r.Yuan("monthly_medical", required: false), Person = P.Read(r),
            },
        },
        AskHiring,
        a => a.FlexibleWork is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck Stabilisation() => new ServiceMeasureCheck<HiringSubsidies.HiringSubsidiesClient, SubsidySelfCheckRequest, SubsidySelfCheck>(
        "stabilisation", "失业保险稳岗返还", "单位：参加失业保险、不裁员或少裁员",
        "参加失业保险、上年度未裁员或裁员率不高的单位，可申请返还上年度缴纳的部分失业保险费。",
        [
            new("employer_kind", "单位类型", FieldKind.Choice, "", EmployerKinds),
            new("organisation_type", "机构类型", FieldKind.Choice, "社会组织等其他单位填写。", OrganisationTypes),
            new("region", "单位登记地", FieldKind.Place),
            new("size", "企业规模", FieldKind.Choice, "企业填写，见统计部门的企业划型。", Sizes),
            new("insured_as_unit", "个体工商户：以单位形式参保", FieldKind.Check),
            new("apply_on", "申请日期", FieldKind.Date, "返还的是申请日上一年度的缴费。"),
            new("contributions", "上年度单位和职工实际缴纳的失业保险费合计（元）", FieldKind.Yuan),
            new("staff", "上年初参保职工人数", FieldKind.Whole),
            new("layoffs", "上年度裁员人数", FieldKind.Whole),
            new("full_months", "截至申请日足额缴纳失业保险费的月数", FieldKind.Whole),
        ],
        Hiring,
        r => new SubsidySelfCheckRequest
        {
            Stabilisation = new StatedStabilisation
            {
                EmployerKind = EntityKindOf(r.Choice("employer_kind")),
                OrganisationType = OrganisationTypeOf(r.Choice("organisation_type", required: false)),
                Region = r.Place("region"),
                Size = SizeOf(r.Choice("size", required: false)),
                InsuredAsUnit = r.On("insured_as_unit"),
                ApplyOn = r.Date("apply_on", required: true),
                LastYearContributions = r.Yuan("contributions"),
                InsuredStaffAtYearStart = r.Whole("staff", MaxStaff),
                Layoffs = r.Whole("layoffs", MaxStaff),
                FullContributionMonths = r.Whole("full_months", 1200),
            },
        },
        AskHiring,
        a => a.Stabilisation is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck Incubator() => new ServiceMeasureCheck<HiringSubsidies.HiringSubsidiesClient, SubsidySelfCheckRequest, SubsidySelfCheck>(
        "incubator", "创业孵化基地运营补贴", "创业者：入驻创业孵化基地的企业",
        "大中专学生、退役军人、失业人员、返乡农民工创办的企业入驻创业孵化基地的，可按实际发生的物管、卫生、房租、水电等费用申请补贴。",
        [
            new("region", "企业登记地", FieldKind.Place),
            new("entered", "入驻孵化基地日期", FieldKind.Date),
            new("first_month", "首个申请补贴的费用月份", FieldKind.Month, "不填则从入驻当月算起。"),
            new("months", "费用月数", FieldKind.Whole),
            new("monthly_cost", "每月实际发生的费用（元）", FieldKind.Yuan, "物管、卫生、房租、水电等。"),
            .. P.Fields("创业者", "", P.Education, P.GraduationDate, P.RegisteredSince, P.Veteran, P.ReturningMigrant),
        ],
        Hiring,
        r => new SubsidySelfCheckRequest
        {
            Incubator = new StatedIncubatorCosts
            {
                Region = r.Place("region"), EnteredIncubator = r.Date("entered", required: true), FirstMonth = r.Month("first_month"),
                Months = r.Whole("months", MaxMonths), MonthlyCost = r.Yuan("monthly_cost"), Founder = P.Read(r),
            },
        },
        AskHiring,
        a => a.Incubator is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck Course() => new ServiceMeasureCheck<TrainingSubsidies.TrainingSubsidiesClient, TrainingSelfCheckRequest, TrainingSelfCheck>(
        "vocational-training", "职业培训补贴", "个人：参加职业培训并取得证书",
        "参加职业技能培训并取得职业资格证书、职业技能等级证书或专项职业能力证书的，可申请职业培训补贴。",
        [
            new("region", "参保地或常住地", FieldKind.Place),
            new("occupation", "培训职业（工种）编码", FieldKind.Text, "见证书，如 6-18-01-01。"),
            new("level", "证书等级", FieldKind.Choice, "", Levels),
            new("start", "培训开始日期", FieldKind.Date),
            new("end", "培训结束日期", FieldKind.Date),
            new("hours", "培训课时", FieldKind.Whole),
            new("issue_date", "发证日期", FieldKind.Date, "不填按培训结束日期。"),
            .. P.Fields("本人", "培训开始时有劳动合同", P.Education, P.GraduationDate, P.RegisteredSince, P.EmployedBefore),
        ],
        Training,
        r => new TrainingSelfCheckRequest
        {
            Course = new StatedCourse
            {
                Course = new Employment.Training.V1.Course
                {
                    OccupationCode = r.Text("occupation", 32), Level = LevelOf(r.Choice("level")),
                    Period = new DatePeriod { From = r.Date("start", required: true), Until = r.Date("end", required: true) }, Hours = r.Whole("hours", 10_000),
                },
                CertificateIssueDate = r.Date("issue_date"),
                Region = r.Place("region"),
                Person = P.Read(r),
            },
        },
        AskTraining,
        a => a.Course is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static MeasureCheck Apprenticeship() => new ServiceMeasureCheck<TrainingSubsidies.TrainingSubsidiesClient, TrainingSelfCheckRequest, TrainingSelfCheck>(
        "apprenticeship", "企业新型学徒制培训补贴", "企业：培养中级工、高级工学徒",
        "企业按新型学徒制培养中级工、高级工的，可按每名学徒每个培训年度申请培训补贴。",
        [
            new("region", "企业登记地", FieldKind.Place),
            new("occupation", "学徒培训职业（工种）编码", FieldKind.Text, "如 6-18-01-01。"),
            new("level", "培养等级", FieldKind.Choice, "", [("l4", "中级工（四级）"), ("l3", "高级工（三级）")]),
            new("training_year", "第几个培训年度", FieldKind.Whole, "第一年填 1。"),
            new("year_start", "该培训年度开始日期", FieldKind.Date),
            new("year_end", "该培训年度结束日期", FieldKind.Date),
            new("subsidised", "该学徒这个培训年度已享受过补贴", FieldKind.Check),
        ],
        Training,
        r =>
        {
            var year = r.Whole("training_year", 10);
            var request = new TrainingSelfCheckRequest
            {
                Apprenticeship = new StatedApprenticeship
                {
                    Year = new Employment.Training.V1.Apprenticeship
                    {
                        OccupationCode = r.Text("occupation", 32), Level = LevelOf(r.Choice("level")), TrainingYear = year,
                        YearPeriod = new DatePeriod { From = r.Date("year_start", required: true), Until = r.Date("year_end", required: true) },
                    },
                    Region = r.Place("region"),
                },
            };
            if (r.On("subsidised") && year > 0)
            {
                request.Apprenticeship.SubsidisedTrainingYears.Add(year);
            }

            return request;
        },
        AskTraining,
        a => a.Apprenticeship is { } m ? MeasureOutcome.Of(m, a.NoticeZh) : null);

    private static EntityKind EntityKindOf(string? value) => value switch
    {
        "enterprise" => EntityKind.Enterprise,
        "individual_business" => EntityKind.IndividualBusiness,
        "cooperative" => EntityKind.Cooperative,
        "organisation" => EntityKind.Organisation,
        _ => EntityKind.Unspecified,
    };

    private static EnterpriseSize SizeOf(string? value) => value switch
    {
        "large" => EnterpriseSize.Large,
        "medium" => EnterpriseSize.Medium,
        "small" => EnterpriseSize.Small,
        "micro" => EnterpriseSize.Micro,
        _ => EnterpriseSize.Unspecified,
    };

    private static OrganisationType OrganisationTypeOf(string? value) => value switch
    {
        "social_group" => OrganisationType.SocialGroup,
        "foundation" => OrganisationType.Foundation,
        "social_service" => OrganisationType.SocialServiceOrganisation,
        "law_firm" => OrganisationType.LawFirm,
        "accounting_firm" => OrganisationType.AccountingFirm,
        "other" => OrganisationType.Other,
        _ => OrganisationType.Unspecified,
    };

    private static SkillLevel LevelOf(string? value) => value switch
    {
        "l1" => SkillLevel.L1,
        "l2" => SkillLevel.L2,
        "l3" => SkillLevel.L3,
        "l4" => SkillLevel.L4,
        "l5" => SkillLevel.L5,
        "unlevelled" => SkillLevel.Unlevelled,
        _ => SkillLevel.Unspecified,
    };
}
