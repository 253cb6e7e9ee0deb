using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>创业担保贷款 at the counter: a person's, an individual business's, a partnership's or an enterprise's application, judged as the bank's query judges it.</summary>
public sealed class LoanDesk(ServiceCalls calls, ChinaClock clock) : ApplicationDesk<SubmitApplicationRequest, LoanApplication>(calls, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "loans";

    public override string Name => DeskName;

    public override string DecisionPathOf(string reference) => Decide.LoanDecisionView.PathOf(reference);

    public override string ServiceZh => "创业担保贷款";

    public override Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken) =>
        Calls.CallAsync<StartupLoans.StartupLoansClient, FormDescriptions>(ServiceZh,
            (client, options) => client.DescribeApplicationFormsAsync(new DescribeFormsRequest(), options).ResponseAsync, cancellationToken);

    /// <summary>A loan form's kind is the borrower's kind.</summary>
    protected override void SetKind(SubmitApplicationRequest request, string kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Borrower ??= new Borrower();
        request.Borrower.Kind = (BorrowerKind)Borrower.Descriptor.FindFieldByName("kind").EnumType.FindValueByName(kind).Number;
    }

    protected override Task<ServiceAnswer<LoanApplication>> CallAsync(SubmitApplicationRequest request, bool take, CancellationToken cancellationToken) =>
        Calls.CallAsync<StartupLoans.StartupLoansClient, LoanApplication>(ServiceZh,
            (client, options) => (take ? client.SubmitApplicationAsync(request, options) : client.PreviewApplicationAsync(request, options)).ResponseAsync, cancellationToken);

    protected override Judgement Judge(LoanApplication answer) =>
        new(answer.ApplicationId, answer.ProgressCode, answer.RequestedAmount, StateNames.Of(answer.State), [("借款人", answer.Eligibility ?? new Explanation())]);
}
