using Employment.Loans.Data;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;

namespace Employment.Loans.UseCases;

/// <summary>撤销原决定 on appeal (申诉): a loan application the office refused is 已受理 again, its history saying why.</summary>
internal sealed class ReopenLoanApplication(ApplicationStore applications) : IAppealReopening
{
    /// <summary>The reason the history gives the move back to 已受理.</summary>
    public const string ReasonZh = "申诉复查撤销原决定，重新审核";

    public async Task ReopenAsync(string reference, Caller clerk, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        var application = await applications.FindAsync(reference, forChange: true, cancellationToken)
            ?? throw DomainRuleException.NotFound(LoanRecusal.What, reference);
        application.Reopen(ReasonZh, clerk.Subject, at);
        applications.WriteBack(application, clerk.Subject, at);
    }
}
