using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 申请表, 预审 and 受理 on the shared contract: the same forms and the same kinds' take as the typed
/// <c>DescribeClaimForms</c>, <c>PreviewClaim</c> and <c>SubmitClaim</c>, each item's checks a part of the answer.
/// </summary>
internal sealed class TakeClaims(TakeClaim claims, ClaimForms forms) : IApplicationTaking
{
    public MethodDescriptor Take => V1.HiringSubsidies.Descriptor.FindMethodByName(nameof(V1.HiringSubsidies.HiringSubsidiesClient.SubmitClaim));

    public FormDescriptions Describe(Region? region, DateOnly day) => forms.Describe(region, day);

    public void SetKind(IMessage request, string kind) => FormAnswers.Put(request, "kind", kind);

    public async Task<JudgedApplication> JudgeAsync(IMessage request, Caller caller, bool take, CancellationToken cancellationToken)
    {
        var asked = (V1.SubmitClaimRequest)request;
        var claim = take ? await claims.SubmitAsync(asked, caller, cancellationToken) : await claims.PreviewAsync(asked, caller, cancellationToken);
        var judged = JudgedApplications.Of(claim.ClaimId, claim.ProgressCode, claim.Total, (SubsidyStatus)(int)claim.Status, claim.Region);
        if (claim.EmployerExplanation is { Checks.Count: > 0 } employer)
        {
            judged.Judged.Add(new JudgedPart { AboutZh = "申请单位", Explanation = employer });
        }

        judged.Judged.AddRange(claim.Items.Select((item, i) => new JudgedPart
        {
            AboutZh = $"第 {i + 1} 项{(item.PersonIdNumber.Length > 0 ? "：" + item.PersonIdNumber : "")}",
            Explanation = item.Explanation,
        }));
        judged.Materials.AddRange(claim.Materials);
        return judged;
    }
}
