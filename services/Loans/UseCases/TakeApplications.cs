using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 申请表, 预审 and 受理 on the shared contract: the same forms and the same desk as the typed
/// <c>DescribeApplicationForms</c>, <c>PreviewApplication</c> and <c>SubmitApplication</c>; a loan form's kind is the
/// borrower's kind, and its one part the borrower's and the product's checks.
/// </summary>
internal sealed class TakeApplications(ApplicationDesk desk, ApplicationRequests stated, ApplicationForms forms) : IApplicationTaking
{
    public MethodDescriptor Take => V1.StartupLoans.Descriptor.FindMethodByName(nameof(V1.StartupLoans.StartupLoansClient.SubmitApplication));

    public FormDescriptions Describe(Employment.Policy.Model.Region? region, DateOnly day) => forms.Describe();

    public void SetKind(IMessage request, string kind) => FormAnswers.Put(request, "borrower.kind", kind);

    public async Task<JudgedApplication> JudgeAsync(IMessage request, Caller caller, bool take, CancellationToken cancellationToken)
    {
        var submit = await stated.ToSubmitAsync((V1.SubmitApplicationRequest)request, caller, cancellationToken);
        var application = take ? await desk.SubmitAsync(caller, submit, cancellationToken) : await desk.PreviewAsync(caller, submit, cancellationToken);
        var judged = new JudgedApplication
        {
            Reference = application.ApplicationId,
            ProgressCode = application.ProgressCode,
            Amount = application.RequestedAmount,
            State = ProgressAnswers.Token(application.State),
            StateZh = Domain.Applications.ApplicationStates.NameZh(application.State),
            Region = application.Region,
            AmountZh = "申请金额",
            NextStepZh = Domain.Applications.ApplicationStates.AfterReviewZh,
        };
        judged.Judged.Add(new JudgedPart { AboutZh = "借款人", Explanation = application.Eligibility ?? new Explanation() });
        return judged;
    }
}
