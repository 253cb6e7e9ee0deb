using Employment.Common.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>不予受理 of what the applicant asked on the apply screen: the notice written, or the refusal beside the text as typed.</summary>
public sealed record NotAcceptedView(ApplyView Opened, string IdempotencyKey, string Reason, string ReferTo, NotAcceptedNotice? Notice, ServiceProblem? Refusal)
{
    public string ActionPath => DeclineApplication.PathOf(Opened);
}

/// <summary>
/// 不予受理 at the counter: an applicant asks for a measure this office does not take for them (insured in another city
/// or county, a matter of another department); the clerk writes why and where to go, and the service keeps and words the
/// 不予受理通知书, printed and handed over like every letter.
/// </summary>
public static class DeclineApplication
{
    public const string ReasonField = "reason";

    public const string ReferToField = "refer_to";

    public static string PathOf(ApplyView opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return opened.ActionPath + "/decline";
    }

    public static async Task<NotAcceptedView> WriteAsync(ApplyView opened, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var key = ScreenKeys.Of(posted);
        var (reason, referTo) = (posted[ReasonField].ToString(), posted[ReferToField].ToString());
        var written = await opened.Desk.DeclineAsync(opened.Applicant, opened.Form.NameZh + "申请", reason, referTo, key, cancellationToken);
        return new(opened, key, reason, referTo, written.Value, written.Problem);
    }
}
