using Employment.Loans.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// An application's request as the counter (or a form's answers) states it, checked field by field before the desk
/// previews or takes it: the typed <c>SubmitApplication</c> and the shared lifecycle step read it alike.
/// </summary>
internal sealed class ApplicationRequests(ChinaClock clock, BorrowerHasher borrowers)
{
    /// <summary>An application as the counter states it, validated field by field (INVALID_ARGUMENT naming the field).</summary>
    public ApplicationToSubmit ToSubmit(V1.SubmitApplicationRequest request, Caller clerk)
    {
        var borrower = LoanInput.Borrower(request.Borrower, "borrower", clock.Today, borrowers);
        var region = LoanInput.Region(request.Region, "region");
        RegionScope.Of(clerk).RequireCovers("region", region.Code);
        var productId = LoanInput.Required(request.ProductId, "product_id", "贷款产品（product_id）");
        var bankCode = LoanInput.BankCode(request.BankCode, "bank_code");
        var amount = LoanInput.Amount(request.RequestedAmount, "requested_amount");
        var issueDate = LoanInput.Date(request.IntendedIssueDate, "intended_issue_date");
        if (request.TermMonths <= 0)
        {
            throw RpcErrors.Invalid("term_months", "请填写贷款期限（月数，大于零）。");
        }

        var guarantors = LoanInput.Guarantors(request.Guarantors, issueDate);
        return new ApplicationToSubmit(borrower, region, productId, bankCode, amount, request.TermMonths, issueDate, guarantors, request);
    }
}
