using Employment.Hiring.V1;
using Employment.ServiceDefaults.Forms;

namespace Web.Tests.Pages;

/// <summary>
/// A self-check the shipped hiring service does not have, registered in the test platform's hiring host as a kind's
/// <c>AddServices</c> registers its own: a 见习 measure's check of a trainee's age and schooling only, judged by the
/// service's traineeship self-check (the request field it names). Nothing in the public site names it.
/// </summary>
internal static class TrialSelfCheck
{
    public const string Address = "trial-traineeship";

    public const string NameZh = "试点见习补贴";

    public static SelfCheckForm Form { get; } = new(
        SubsidySelfCheckRequest.Descriptor, "traineeship", Address, NameZh,
        "见习单位：试点地区接收见习人员",
        "试点地区的见习单位可测算一名见习人员的见习补贴。",
        ["region", "start", "end", "host_recognised", "real_name_registered", "trainee"],
        FieldWordings.Of([
            ("region", new("试点见习单位登记地", Required: true)),
            ("start", new("见习开始日期", Required: true)),
            ("end", new("见习结束日期", Required: true)),
            ("host_recognised", new("已认定为见习单位")),
            ("real_name_registered", new("见习人员已实名登记")),
            .. StatedPersonWording.Of("trainee", "见习人员", "", StatedPersonWording.BirthDate, StatedPersonWording.Education),
        ]),
        CommonChoices.All);
}
