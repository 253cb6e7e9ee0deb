using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Persistence.Submissions;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// An application's request as the counter (or a form's answers, or the borrower online) states it, checked field by field
/// before the desk previews or takes it: the typed <c>SubmitApplication</c> and the shared lifecycle step read it alike.
/// Online (网上受理) the borrower is the one signed in: a person's own identity number, or the credit code of the enterprise
/// its agent acts for, as the registry holds them; another's is refused before anything is judged.
/// </summary>
internal sealed class ApplicationRequests(ChinaClock clock, BorrowerHasher borrowers, RegionCheckedRegistry registry, ConsentOptions consents)
{
    /// <summary>An application as stated, validated field by field (INVALID_ARGUMENT naming the field, PERMISSION_DENIED for another's borrower online).</summary>
    public async Task<ApplicationToSubmit> ToSubmitAsync(V1.SubmitApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var channel = OnlineTaking.ChannelOf(caller);
        var borrower = LoanInput.Borrower(request.Borrower, "borrower", clock.Today, borrowers);
        if (channel == Channel.Online)
        {
            OnlineTaking.RequireTheirs(caller, online: true, ApplicationForms.IsEnterprise(borrower.BorrowerKind) ? FormApplicant.Employer : FormApplicant.Person, ApplicationForms.NameZh(borrower.BorrowerKind));
        }

        var region = LoanInput.Region(request.Region, "region");
        OnlineTaking.RequireCovers(caller, "region", region.Code);
        var productId = LoanInput.Required(request.ProductId, "product_id", "贷款产品（product_id）");
        var bankCode = LoanInput.BankCode(request.BankCode, "bank_code");
        var amount = LoanInput.Amount(request.RequestedAmount, "requested_amount");
        var issueDate = LoanInput.Date(request.IntendedIssueDate, "intended_issue_date");
        if (request.TermMonths <= 0)
        {
            throw RpcErrors.Invalid("term_months", "请填写贷款期限（月数，大于零）。");
        }

        var guarantors = LoanInput.Guarantors(request.Guarantors, issueDate);
        if (request.BankQueryConsent && consents.Banks.All(b => b.Code != bankCode))
        {
            throw RpcErrors.Invalid("bank_code", "请从列表中选择经办银行：只能授权本地办理创业担保贷款的银行查询。");
        }

        var employerId = "";
        if (channel == Channel.Online)
        {
            employerId = await OwnBorrowerAsync(caller, borrower, cancellationToken);
            if (!request.BankQueryConsent)
            {
                throw RpcErrors.Invalid("bank_query_consent", "网上申请须同意所选经办银行查询贷款资格：银行凭此授权审核贷款。");
            }
        }

        return new ApplicationToSubmit(borrower, region, productId, bankCode, amount, request.TermMonths, issueDate, guarantors, request)
        {
            Channel = channel,
            BorrowerEmployerId = employerId,
        };
    }

    /// <summary>
    /// The borrower online is the one signed in: a person's number is their own (the registry shows a person only
    /// themself), an enterprise's code its agent's employer's; the employer's registry id, or empty for a person.
    /// </summary>
    private async Task<string> OwnBorrowerAsync(Caller caller, BorrowerKey borrower, CancellationToken cancellationToken)
    {
        var query = new RegistryQuery("loans.application", "借款人", "borrower", clock.Today);
        if (caller.Role == CallerRole.Person)
        {
            var person = borrower.Kind == BorrowerKeyKind.IdNumber
                ? await registry.FindPersonByIdNumberAsync(caller, borrower.Number, query with { Field = "borrower.id_number" }, cancellationToken)
                : null;
            return person?.PersonId == caller.Subject
                ? ""
                : throw RpcErrors.Denied("网上申请只能为本人办理：借款人身份证号码须是登录人本人的。 (field: borrower.id_number)");
        }

        try
        {
            var employer = await registry.EmployerAsync(caller, new EmployerKey { CreditCode = borrower.Number }, query with { Field = "borrower.credit_code" }, cancellationToken);
            return employer.Employer.EmployerId;
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.NotFound)
        {
            throw RpcErrors.Denied("网上申请只能为本单位办理：统一社会信用代码须是经办人所代表单位的。 (field: borrower.credit_code)");
        }
    }
}
