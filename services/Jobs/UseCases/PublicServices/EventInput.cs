using Employment.Common.V1;
using Employment.Jobs.Domain.Events;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The contract's messages read into the domain's terms, each refusal naming the field.</summary>
public static class EventInput
{
    public static EventDetails Details(V1.RecruitmentEventDetails? details)
    {
        if (details is null)
        {
            throw DomainRuleException.Invalid("details", "请提供招聘活动信息（details）。");
        }

        if (!Enum.IsDefined(details.Kind))
        {
            throw DomainRuleException.Invalid("details.kind", $"招聘活动形式 {(int)details.Kind} 不存在。");
        }

        var date = PostingInput.Day(details.Date, "details.date");
        if (date == default)
        {
            throw DomainRuleException.Invalid("details.date", "请提供招聘活动日期（details.date）。");
        }

        return new EventDetails(
            (EventKind)(int)details.Kind,
            PlainText.Check(details.Title, "details.title", 100, "活动名称"),
            PlainText.Check(details.Organiser, "details.organiser", 100, "主办单位"),
            date,
            RegionCodes.Place(details.County, "details.county", required: true),
            PlainText.Check(details.Address, "details.address", 200, "举办地点（或直播平台、电视频道）"),
            PlainText.Check(details.Contact, "details.contact", 100, "咨询电话", required: false));
    }
}
