using Employment.Loans.Data;
using Employment.ServiceDefaults.Security;

namespace Employment.Loans.UseCases;

/// <summary>Who a loan application names for 回避: the borrower (a person or an enterprise) and its proposed guarantors.</summary>
internal static class LoanRecusal
{
    public const string What = "贷款申请";

    /// <summary>An application as the counter takes it: the borrower and guarantors by number.</summary>
    public static RecusalSubjects Of(ApplicationToSubmit application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var numbers = application.Guarantors.Select(g => g.IdNumber.Value).ToList();
        if (application.Borrower.Kind == BorrowerKeyKind.IdNumber)
        {
            numbers.Add(application.Borrower.Number);
        }

        return new RecusalSubjects([], numbers, application.Borrower.Kind == BorrowerKeyKind.CreditCode ? [application.Borrower.Number] : []);
    }

    /// <summary>A stored application: the borrower the registry found when it was taken (an enterprise borrower is kept hashed only).</summary>
    public static RecusalSubjects Of(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecusalSubjects(record.BorrowerPersonId.Length > 0 ? [record.BorrowerPersonId] : []);
    }
}
