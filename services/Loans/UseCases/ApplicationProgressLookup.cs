using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;

namespace Employment.Loans.UseCases;

/// <summary>
/// 办理进度: a person follows an application with its reference and 查询码. The code is
/// checked before anything about the application is used; an unknown reference and a wrong code are
/// the one refusal of <see cref="ProgressCodes"/>. The answer is the masked summary only.
/// </summary>
internal sealed class ApplicationProgressLookup(ApplicationStore applications, ProgressGuesses guesses) : IProgressLookup
{
    public async Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(reference, forChange: false, cancellationToken);
        var record = application is null ? null : applications.RecordOf(application);
        guesses.Require(reference, record?.ProgressCodeHash, code);
        return ProgressAnswers.ToProgress(application!, record!);
    }
}
