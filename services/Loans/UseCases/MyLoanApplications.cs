using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;

namespace Employment.Loans.UseCases;

/// <summary>
/// 我的办事: the signed-in person's own loan applications (or an enterprise's, to its agent), newest first, each as its progress with the amount applied
/// for and what happens next. The token's person alone decides whose.
/// </summary>
internal sealed class MyLoanApplications(ApplicationStore applications) : IMyRecords
{
    public async Task<ListMineResponse> ListAsync(ListMineRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, next) = await applications.OfBorrowerAsync(RegionScope.Of(caller).OwnParty, request.Page, cancellationToken);
        var answer = new ListMineResponse { Page = next };
        foreach (var application in page)
        {
            var progress = ProgressAnswers.ToProgress(application, applications.RecordOf(application));
            progress.Amount = new Money { Fen = application.AmountFen };
            progress.Withdrawable = WithdrawLoanApplication.Withdrawable(application.State);
            progress.HasLetter = application.History.Any(m => Domain.Applications.ApplicationStates.Decides(m.To));
            answer.Records.Add(progress);
        }

        return answer;
    }
}
