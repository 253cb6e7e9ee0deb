using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 申请表, 预审 and 受理 on the shared contract: the same forms and the same kinds' take as the typed
/// <c>DescribeApplicationForms</c>, <c>PreviewApplication</c> and <c>SubmitApplication</c>, the answer in the shared shape.
/// </summary>
internal sealed class TakeApplications(ApplicationKinds kinds, ApplicationForms forms) : IApplicationTaking
{
    public MethodDescriptor Take => V1.TrainingSubsidies.Descriptor.FindMethodByName(nameof(V1.TrainingSubsidies.TrainingSubsidiesClient.SubmitApplication));

    public FormDescriptions Describe(Employment.Policy.Model.Region? region, DateOnly day) => forms.Describe(region, day);

    public void SetKind(IMessage request, string kind) => FormAnswers.Put(request, "kind", kind);

    public async Task<JudgedApplication> JudgeAsync(IMessage request, Caller caller, bool take, CancellationToken cancellationToken)
    {
        var asked = (V1.SubmitApplicationRequest)request;
        var kind = kinds.For(asked, caller);
        var application = take ? await kind.SubmitAsync(asked, caller, cancellationToken) : await kind.PreviewAsync(asked, caller, cancellationToken);
        var judged = JudgedApplications.Of(application.ApplicationId, application.ProgressCode, application.Amount, (SubsidyStatus)(int)application.Status, application.Region);
        judged.Judged.Add(new JudgedPart { AboutZh = "申请人", Explanation = application.Explanation });
        judged.Materials.AddRange(application.Materials);
        return judged;
    }
}
