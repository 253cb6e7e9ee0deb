using Employment.Common.V1;
using Employment.Hiring.Domain.Traineeships;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 就业见习补贴 of one trainee (R11, R22): the host's stated region and recognition, the agreed
/// traineeship and the trainee's statements, judged by the claims' own <see cref="TraineeshipJudge"/> at the base
/// rate (the retention rate depends on the host's other trainees, which only a claim knows).
/// </summary>
internal sealed class SelfCheckTraineeship(TraineeshipJudge judge)
{
    /// <summary>The questions, as the public site asks them of a host about one trainee.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, Field, "traineeship", TraineeClaims.Taken[0].NameZh,
        "见习单位：接收离校未就业毕业生、失业青年见习",
        "见习单位接收符合条件的人员参加就业见习，可按见习月数申请见习补贴。填写一名见习人员的情况即可测算。",
        ["region", "host_recognised", "start", "end", "real_name_registered", "trainee"],
        FieldWordings.Of([
            ("region", new("见习单位登记地", Required: true)),
            ("host_recognised", new("见习单位已经人社部门认定为就业见习单位")),
            ("start", new("见习开始日期", Required: true)),
            ("end", new("约定的见习结束日期", Required: true)),
            ("real_name_registered", new("见习人员已在省内办理实名制登记")),
            .. StatedPersonWording.Of("trainee", "见习人员", "见习开始前一天有工作（劳动合同或单位缴纳社会保险）",
                StatedPersonWording.BirthDate, StatedPersonWording.Education, StatedPersonWording.RegisteredSince, StatedPersonWording.EmployedBefore),
        ]),
        ClaimFormWording.Choices)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.Traineeship)],
    };

    private const string Field = "traineeship";

    public V1.MeasureSelfCheck Check(V1.StatedTraineeship stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, $"{Field}.region", required: true));
        var start = StatedPersonFacts.Day(stated.Start, $"{Field}.start")
            ?? throw DomainRuleException.Invalid($"{Field}.start", "请填写见习开始日期（traineeship.start）。");
        var end = StatedPersonFacts.Day(stated.End, $"{Field}.end")
            ?? throw DomainRuleException.Invalid($"{Field}.end", "请填写约定的见习结束日期（traineeship.end）。");
        if (end < start)
        {
            throw DomainRuleException.Invalid($"{Field}.end", $"见习结束日期（{end:yyyy-MM-dd}）早于开始日期（{start:yyyy-MM-dd}）。");
        }

        var person = StatedPersonFacts.Profile(stated.Trainee, $"{Field}.trainee", start);
        var host = new TraineeHost("", "见习单位", region, stated.HostRecognised, StatedPersonFacts.Stated);
        // The claim date is the start: no traineeship has ended, so the base rate applies (R22).
        var judged = judge.Judge(new TraineeshipClaim(host, start, [new TraineeItem(person, start, end, stated.RealNameRegistered)])).Trainees[0];
        var answer = new V1.MeasureSelfCheck
        {
            Kind = V1.SubsidyKind.Traineeship,
            NameZh = "就业见习补贴",
            MayBePaid = judged.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.BringZh.Add("见习单位营业执照或登记证书，及人社部门认定为就业见习单位的文件");
        answer.BringZh.Add("见习协议（约定见习期间）");
        answer.BringZh.Add("见习人员居民身份证");
        answer.BringZh.Add(stated.Trainee?.Education is { Level: not EducationLevel.Unspecified } ? "见习人员毕业证书" : "见习人员失业登记凭证（就业创业证）");
        answer.BringZh.Add("见习期间的考勤记录和生活费发放凭证");
        return answer;
    }
}
