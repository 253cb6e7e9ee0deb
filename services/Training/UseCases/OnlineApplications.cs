using Employment.Persistence.Materials;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 网上办理 (焦政办〔2023〕36号（十七）): a signed-in person applies for their own 技能提升补贴 or 职业培训补贴, judged by the
/// same kinds and rules as at a counter (<see cref="OnlineTaking"/>), the channel kept with the application. A certificate
/// the registry does not hold comes with its scan or photo, which the clerk checks it against when deciding.
/// </summary>
public static class OnlineApplications
{
    /// <summary>The material kind of a certificate's scan, as the catalog's lists name it.</summary>
    public const string CertificateMaterial = "certificate";

    /// <summary>
    /// Before a preview or a submission is judged, for an applicant online (admitted by <see cref="OnlineTaking.Admit{TKind}"/>):
    /// for a certificate given by value, its scan among the files (<paramref name="files"/>, checked).
    /// </summary>
    public static void Check(V1.SubmitApplicationRequest request, Caller caller, IReadOnlyList<CheckedMaterial> files)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(files);
        if (OnlineTaking.ChannelOf(caller) == Common.V1.Channel.Online
            && request.CertificateRefCase == V1.SubmitApplicationRequest.CertificateRefOneofCase.Certificate && !files.Any(f => f.Kind == CertificateMaterial))
        {
            throw DomainRuleException.Invalid("materials", "请上传证书的扫描件（PDF）或照片（JPG、PNG）：这张证书尚未记入登记系统，窗口审核时据此核对。");
        }
    }
}
