using Employment.Common.V1;
using Employment.Persistence.Payments;

namespace Employment.Persistence.Lifecycle;

/// <summary>A subsidy's take answered in the shared shape: where it stands in the kit's words, as 办理进度 says it.</summary>
public static class JudgedApplications
{
    public static JudgedApplication Of(string reference, string progressCode, Money? amount, SubsidyStatus status, RegionCode? region) => new()
    {
        Region = region,
        Reference = reference,
        ProgressCode = progressCode,
        Amount = amount,
        State = SubsidyStatusText.Token(status),
        StateZh = SubsidyStatusText.Zh(status),
    };
}
