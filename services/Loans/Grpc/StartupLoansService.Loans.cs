using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    /// <summary>
    /// The bank reports an issued loan. Idempotent on bank code + contract number: the same terms again
    /// return the loan; different terms are ALREADY_EXISTS showing the registered ones. The loan must
    /// come through a counter's application sent to this bank, or an eligibility answer this bank got
    /// for the borrower and product; caps and the subsidy share are those in force on the issue date.
    /// </summary>
    public override async Task<V1.Loan> RegisterLoan(V1.RegisterLoanRequest request, ServerCallContext context)
    {
        var terms = request.Terms ?? throw RpcErrors.Invalid("terms", "请填写贷款合同要素（terms）。");
        var bankCode = LoanRequests.BankCode(terms.Contract?.BankCode ?? "", "terms.contract.bank_code");
        var bank = Bank(context, bankCode);
        var contract = LoanRequests.Required(terms.Contract!.ContractNumber, "terms.contract.contract_number", "借款合同编号");
        var borrower = LoanRequests.Borrower(terms.Borrower, "terms.borrower", Today, borrowers);
        var region = LoanRequests.Region(terms.Region, "terms.region");
        var productId = LoanRequests.Required(terms.ProductId, "terms.product_id", "贷款产品（product_id）");
        var principal = LoanRequests.Amount(terms.Principal, "terms.principal");
        var subsidised = LoanRequests.NonNegativeAmount(terms.SubsidisedPrincipal, "terms.subsidised_principal");
        if (subsidised > principal)
        {
            throw RpcErrors.Invalid("terms.subsidised_principal", $"贴息部分 {ClerkText.Yuan(subsidised)} 不能超过贷款本金 {ClerkText.Yuan(principal)}。");
        }

        var rate = Conversions.RatioToPercent(terms.ContractRate);
        if (rate <= 0 || rate >= 100)
        {
            throw RpcErrors.Invalid("terms.contract_rate", "请填写合同年利率（百万分比，如 3.45% 填 34500）。");
        }

        if (terms.DayCountBasis is < 0 or > 366)
        {
            throw RpcErrors.Invalid("terms.day_count_basis", "计息天数基准应为 360 或 365（0 表示按政策默认 360 天）。");
        }

        var issueDate = LoanRequests.Date(terms.IssueDate, "terms.issue_date");
        var maturity = LoanRequests.Date(terms.MaturityDate, "terms.maturity_date");
        var termMonths = WholeMonths(issueDate, maturity);
        if (terms.RepaymentMethod is V1.RepaymentMethod.Unspecified || !Enum.IsDefined(terms.RepaymentMethod))
        {
            throw RpcErrors.Invalid("terms.repayment_method", "请选择还款方式：等额本息，或按月付息、到期还本。");
        }

        var existing = await db.Loans.AsNoTracking().SingleOrDefaultAsync(l => l.BankCode == bankCode && l.ContractNumber == contract, context.CancellationToken);
        var candidate = new LoanRecord
        {
            Id = Ids.New(Ids.Loan),
            BankCode = bankCode,
            ContractNumber = contract,
            ApplicationId = request.Terms.ApplicationId.Length > 0 ? request.Terms.ApplicationId : null,
            BorrowerKeyKind = (int)borrower.Kind,
            BorrowerMasked = borrower.Masked,
            BorrowerHash = borrower.Hash,
            BorrowerKind = (int)borrower.BorrowerKind,
            ProductId = productId,
            Region = region.Code,
            PrincipalFen = principal,
            SubsidisedPrincipalFen = subsidised,
            ContractRatePercent = rate,
            DayCountBasis = terms.DayCountBasis > 0 ? terms.DayCountBasis : null,
            IssueDate = issueDate,
            TermMonths = termMonths,
            RepaymentMethod = (int)terms.RepaymentMethod - 1,
            Status = (int)V1.LoanStatus.Active,
            Version = 1,
        };
        if (existing is not null)
        {
            return await SameLoanOrConflictAsync(existing, candidate, context.CancellationToken);
        }

        var share = await CheckLoanAgainstPolicyAsync(request, candidate, borrower, region, context.CancellationToken);
        candidate.SubsidySharePercent = share;
        var now = Now;
        candidate.CreatedAt = candidate.UpdatedAt = now;
        candidate.CreatedBy = candidate.UpdatedBy = bank.Subject;

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        db.Loans.Add(candidate);
        if (candidate.ApplicationId is { } applicationId)
        {
            var application = await db.Applications.SingleAsync(a => a.Id == applicationId, context.CancellationToken);
            db.ApplicationStateChanges.Add(new ApplicationStateChangeRecord
            {
                Id = Ids.New(Ids.StateChange),
                ApplicationId = applicationId,
                From = application.State,
                To = (int)V1.ApplicationState.Issued,
                Actor = bank.Subject,
                At = now,
                Reason = $"经办银行登记放款，合同编号 {contract}",
            });
            application.State = (int)V1.ApplicationState.Issued;
            application.LoanId = candidate.Id;
            application.Version++;
            application.UpdatedAt = now;
            application.UpdatedBy = bank.Subject;
        }

        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same contract registered concurrently: answer as for a resend.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var raced = await db.Loans.AsNoTracking().SingleAsync(l => l.BankCode == bankCode && l.ContractNumber == contract, CancellationToken.None);
            return await SameLoanOrConflictAsync(raced, candidate, CancellationToken.None);
        }

        LoansLog.LoanRegistered(logger, candidate.Id, bankCode, contract, candidate.BorrowerMasked, candidate.ProductId);
        return (await LoanAggregate.LoadAsync(db, candidate, context.CancellationToken)).ToProto(catalog);
    }

    public override Task<V1.Loan> RecordRepayment(V1.RecordRepaymentRequest request, ServerCallContext context)
    {
        var repayment = request.Repayment ?? throw RpcErrors.Invalid("repayment", "请填写还款信息。");
        var paidOn = LoanRequests.Date(repayment.PaidOn, "repayment.paid_on");
        var principal = LoanRequests.NonNegativeAmount(repayment.Principal, "repayment.principal");
        var interest = LoanRequests.NonNegativeAmount(repayment.Interest, "repayment.interest");
        if (principal == 0 && interest == 0 && !request.SettlesLoan)
        {
            throw RpcErrors.Invalid("repayment", "还款本金和利息不能同时为零。");
        }

        return ChangeLoanAsync(request.Loan, request.ExpectedVersion, "RecordRepayment", request.IdempotencyKey, request, context, (loan, bank, now) =>
        {
            if (paidOn < loan.Loan.IssueDate)
            {
                throw RpcErrors.Invalid("repayment.paid_on", $"还款日期 {ClerkText.Day(paidOn)} 早于放款日期 {ClerkText.Day(loan.Loan.IssueDate)}。");
            }

            var outstanding = loan.OutstandingFen;
            if (principal > outstanding)
            {
                throw RpcErrors.Precondition($"还款本金 {ClerkText.Yuan(principal)} 超过未还本金 {ClerkText.Yuan(outstanding)}。");
            }

            if (request.SettlesLoan && principal != outstanding)
            {
                throw RpcErrors.Precondition($"结清贷款须归还全部未还本金 {ClerkText.Yuan(outstanding)}，本次为 {ClerkText.Yuan(principal)}。");
            }

            db.Repayments.Add(new RepaymentRecord
            {
                Id = Ids.New(Ids.Repayment),
                LoanId = loan.Loan.Id,
                PaidOn = paidOn,
                PrincipalFen = principal,
                InterestFen = interest,
                IdempotencyKey = request.IdempotencyKey,
                CreatedAt = now,
                CreatedBy = bank.Subject,
            });
            if (principal == outstanding)
            {
                loan.Loan.Status = (int)(paidOn < loan.CurrentMaturity ? V1.LoanStatus.SettledEarly : V1.LoanStatus.Settled);
                loan.Loan.SettledOn = paidOn;
            }
        });
    }

    /// <summary>
    /// 展期 (R8): one extension of at most the catalog's years, requested while a policy accepts
    /// requests (the rule in force on the request date, R1). Its days carry no subsidy (R6).
    /// </summary>
    public override Task<V1.Loan> RequestExtension(V1.RequestExtensionRequest request, ServerCallContext context)
    {
        var requestedOn = LoanRequests.Date(request.RequestedOn, "requested_on");
        var newMaturity = LoanRequests.Date(request.NewMaturityDate, "new_maturity_date");
        var reason = LoanRequests.Required(request.ReasonZh, "reason_zh", "展期原因（自然灾害、重特大突发事件及其影响）");
        return ChangeLoanAsync(request.Loan, request.ExpectedVersion, "RequestExtension", request.IdempotencyKey, request, context, (loan, bank, now) =>
        {
            var region = Region.Parse(loan.Loan.Region);
            if (!catalog.TryResolve(LoanPolicyKeys.ExtensionRequestDeadline, region, requestedOn, out var deadline)
                || !catalog.TryResolve(LoanPolicyKeys.ExtensionMaxCount, region, requestedOn, out var maxCount)
                || !catalog.TryResolve(LoanPolicyKeys.ExtensionMaxYears, region, requestedOn, out var maxYears))
            {
                throw RpcErrors.Precondition($"{ClerkText.Day(requestedOn)} 没有受理创业担保贷款展期申请的有效政策（R8：展期申请受理至政策规定的截止日）。");
            }

            if (requestedOn > deadline.Value.Date)
            {
                throw RpcErrors.Precondition($"展期申请日期 {ClerkText.Day(requestedOn)} 晚于政策规定的截止日期 {deadline.Value.Display()}（{deadline.Source.Display()}）。");
            }

            if (requestedOn < loan.Loan.IssueDate)
            {
                throw RpcErrors.Invalid("requested_on", $"展期申请日期 {ClerkText.Day(requestedOn)} 早于放款日期。");
            }

            var used = loan.Extension is null ? 0 : 1;
            if (used >= maxCount.Value.Integer)
            {
                throw RpcErrors.Precondition($"该贷款已展期 {used} 次，政策规定最多 {maxCount.Value.Display()}（{maxCount.Source.Display()}）。");
            }

            var maturity = loan.Terms.MaturityDate;
            var latest = maturity.AddYears(maxYears.Value.Integer);
            if (newMaturity <= maturity || newMaturity > latest)
            {
                throw RpcErrors.Invalid("new_maturity_date",
                    $"展期后到期日须晚于原到期日 {ClerkText.Day(maturity)}，且不超过 {maxYears.Value.Display()}（即不晚于 {ClerkText.Day(latest)}）。");
            }

            db.Extensions.Add(new ExtensionRecord
            {
                Id = Ids.New(Ids.Extension),
                LoanId = loan.Loan.Id,
                From = maturity,
                Until = newMaturity.AddDays(-1),
                RequestedOn = requestedOn,
                Reason = reason,
                CreatedAt = now,
                CreatedBy = bank.Subject,
            });
            if (loan.Loan.Status == (int)V1.LoanStatus.Active)
            {
                loan.Loan.Status = (int)V1.LoanStatus.Extended;
            }
        });
    }

    /// <summary>An overdue spell (逾期): opened with no end, closed (cured) by sending it again with its end.</summary>
    public override Task<V1.Loan> RecordOverdue(V1.RecordOverdueRequest request, ServerCallContext context)
    {
        var from = LoanRequests.Date(request.Period?.From, "period.from");
        var until = LoanRequests.OptionalDate(request.Period?.Until, "period.until");
        if (until is { } u && u < from)
        {
            throw RpcErrors.Invalid("period", $"逾期结束日 {ClerkText.Day(u)} 早于开始日 {ClerkText.Day(from)}。");
        }

        return ChangeLoanAsync(request.Loan, request.ExpectedVersion, "RecordOverdue", request.IdempotencyKey, request, context, (loan, bank, now) =>
        {
            if (from < loan.Loan.IssueDate)
            {
                throw RpcErrors.Invalid("period.from", $"逾期开始日 {ClerkText.Day(from)} 早于放款日期。");
            }

            var open = loan.Overdue.FirstOrDefault(o => o.Until is null);
            if (open is not null && open.From == from)
            {
                if (until is null)
                {
                    throw RpcErrors.Precondition($"自 {ClerkText.Day(from)} 起的逾期已登记，尚未结束。");
                }

                var tracked = db.Overdue.Attach(open).Entity;
                tracked.Until = until;
                tracked.Version++;
            }
            else if (open is not null)
            {
                throw RpcErrors.Precondition($"自 {ClerkText.Day(open.From)} 起的逾期尚未结束，请先登记其结束日期。");
            }
            else
            {
                var last = until ?? DateOnly.MaxValue;
                if (loan.Overdue.Any(o => o.From <= last && from <= o.Until!.Value))
                {
                    throw RpcErrors.Precondition("该逾期期间与已登记的逾期期间重叠。");
                }

                db.Overdue.Add(new OverdueRecord
                {
                    Id = Ids.New(Ids.Overdue),
                    LoanId = loan.Loan.Id,
                    From = from,
                    Until = until,
                    Version = 1,
                    CreatedAt = now,
                    CreatedBy = bank.Subject,
                });
            }

            var stillOverdue = until is null;
            loan.Loan.Status = (int)(stillOverdue ? V1.LoanStatus.Overdue : loan.Extension is null ? V1.LoanStatus.Active : V1.LoanStatus.Extended);
        });
    }

    public override async Task<V1.Loan> GetLoan(V1.GetLoanRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var loan = await FindLoanAsync(request.Loan, caller, tracked: false, context.CancellationToken);
        return (await LoanAggregate.LoadAsync(db, loan, context.CancellationToken)).ToProto(catalog);
    }

    /// <summary>One bank report on a loan: role and ownership, version, idempotency, one transaction.</summary>
    private Task<V1.Loan> ChangeLoanAsync(
        V1.LoanKey? key,
        long expectedVersion,
        string operation,
        string idempotencyKey,
        Google.Protobuf.IMessage request,
        ServerCallContext context,
        Action<LoanAggregate, Caller, DateTimeOffset> change)
    {
        var bank = callers.Resolve(context);
        return IdempotentWrite.RunAsync(db, Now, operation, bank, idempotencyKey, request, V1.Loan.Parser, async () =>
        {
            var record = await FindLoanAsync(key, bank, tracked: true, context.CancellationToken);
            if (expectedVersion != 0 && record.Version != expectedVersion)
            {
                throw RpcErrors.StaleVersion("贷款", record.Version, expectedVersion);
            }

            var loan = await LoanAggregate.LoadAsync(db, record, context.CancellationToken);
            if (loan.Settled)
            {
                throw RpcErrors.Precondition($"贷款 {record.ContractNumber} 已于 {ClerkText.Day(record.SettledOn!.Value)} 结清，不能再登记变动。");
            }

            var now = Now;
            change(loan, bank, now);
            record.Version++;
            record.UpdatedAt = now;
            record.UpdatedBy = bank.Subject;
            await db.SaveChangesAsync(context.CancellationToken);
            return (await LoanAggregate.LoadAsync(db, record, context.CancellationToken)).ToProto(catalog);
        }, context.CancellationToken);
    }

    private async Task<LoanRecord> FindLoanAsync(V1.LoanKey? key, Caller caller, bool tracked, CancellationToken cancellationToken)
    {
        var loans = tracked ? db.Loans : db.Loans.AsNoTracking();
        LoanRecord? loan;
        string shown;
        switch (key?.KeyCase)
        {
            case V1.LoanKey.KeyOneofCase.LoanId:
                shown = key.LoanId;
                loan = await loans.SingleOrDefaultAsync(l => l.Id == key.LoanId, cancellationToken);
                break;
            case V1.LoanKey.KeyOneofCase.Contract:
                var bankCode = LoanRequests.BankCode(key.Contract.BankCode, "loan.contract.bank_code");
                caller.RequireOwnBank(bankCode);
                shown = $"{bankCode} / {key.Contract.ContractNumber}";
                loan = await loans.SingleOrDefaultAsync(l => l.BankCode == bankCode && l.ContractNumber == key.Contract.ContractNumber, cancellationToken);
                break;
            default:
                throw RpcErrors.Invalid("loan", "请以贷款编号（loan_id）或银行代码与合同编号指明贷款。");
        }

        if (loan is null)
        {
            throw RpcErrors.NotFound("贷款", shown);
        }

        caller.RequireVisible("贷款", shown, loan.BankCode, loan.Region);
        return loan;
    }

    private async Task<V1.Loan> SameLoanOrConflictAsync(LoanRecord existing, LoanRecord candidate, CancellationToken cancellationToken)
    {
        var same = existing.BorrowerHash == candidate.BorrowerHash
            && existing.ProductId == candidate.ProductId
            && existing.Region == candidate.Region
            && existing.PrincipalFen == candidate.PrincipalFen
            && existing.SubsidisedPrincipalFen == candidate.SubsidisedPrincipalFen
            && existing.ContractRatePercent == candidate.ContractRatePercent
            && existing.DayCountBasis == candidate.DayCountBasis
            && existing.IssueDate == candidate.IssueDate
            && existing.TermMonths == candidate.TermMonths
            && existing.RepaymentMethod == candidate.RepaymentMethod
            && existing.ApplicationId == candidate.ApplicationId;
        if (!same)
        {
            throw RpcErrors.Exists(
                $"合同编号 {existing.ContractNumber} 已由本行登记为贷款 {existing.Id}，要素不同：借款人 {existing.BorrowerMasked}，产品 {existing.ProductId}，"
                + $"本金 {ClerkText.Yuan(existing.PrincipalFen)}（贴息部分 {ClerkText.Yuan(existing.SubsidisedPrincipalFen)}），"
                + $"年利率 {existing.ContractRatePercent:0.####}%，放款日 {ClerkText.Day(existing.IssueDate)}，期限 {existing.TermMonths} 个月。如需更正请联系人社窗口。");
        }

        return (await LoanAggregate.LoadAsync(db, existing, cancellationToken)).ToProto(catalog);
    }

    /// <summary>The loan against the application or eligibility answer it rests on and the caps in force on the issue date; returns the share.</summary>
    private async Task<decimal> CheckLoanAgainstPolicyAsync(V1.RegisterLoanRequest request, LoanRecord loan, BorrowerKey borrower, Region region, CancellationToken cancellationToken)
    {
        if (loan.ApplicationId is { } applicationId)
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
                ?? throw RpcErrors.NotFound("贷款申请", applicationId);
            if (application.State != (int)V1.ApplicationState.SentToBank || application.BankCode != loan.BankCode)
            {
                throw RpcErrors.Precondition($"申请 {applicationId} 尚未推送至本行（当前：{Domain.Applications.ApplicationStates.NameZh((V1.ApplicationState)application.State)}），不能据此登记放款。");
            }

            if (application.BorrowerHash != borrower.Hash || application.ProductId != loan.ProductId || loan.PrincipalFen > application.AmountFen)
            {
                throw RpcErrors.Precondition($"贷款要素与申请 {applicationId} 不符（借款人、产品须相同，本金不超过申请金额 {ClerkText.Yuan(application.AmountFen)}）。");
            }
        }
        else if (request.AnswerId.Length > 0)
        {
            var answer = await db.EligibilityQueries.AsNoTracking().SingleOrDefaultAsync(q => q.Id == request.AnswerId, cancellationToken)
                ?? throw RpcErrors.NotFound("资格查询结果", request.AnswerId);
            var eligible = answer.EligibleProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (answer.BankCode != loan.BankCode || answer.BorrowerHash != borrower.Hash || !eligible.Contains(loan.ProductId))
            {
                throw RpcErrors.Precondition($"资格查询结果 {request.AnswerId} 不是本行对该借款人的查询，或其中该产品不符合条件。");
            }
        }
        else
        {
            throw RpcErrors.Precondition("登记放款须依据人社窗口推送的申请（application_id）或本行的资格查询结果（answer_id）。");
        }

        var judged = await assessment.AssessAsync(db,
            new AssessmentRequest(borrower, region, loan.IssueDate, loan.PrincipalFen, [], null, "loans.registration"), cancellationToken);
        var offer = judged.Offers.FirstOrDefault(o => o.ProductId == loan.ProductId)
            ?? throw RpcErrors.Invalid("terms.product_id",
                $"放款日 {ClerkText.Day(loan.IssueDate)} 不适用产品“{loan.ProductId}”。可选：{string.Join("、", judged.Offers.Select(o => o.ProductId))}。");
        if (loan.PrincipalFen > offer.TotalCapFen)
        {
            throw RpcErrors.Precondition($"贷款本金 {ClerkText.Yuan(loan.PrincipalFen)} 超过放款日该产品的额度上限 {ClerkText.Yuan(offer.TotalCapFen)}。");
        }

        if (loan.SubsidisedPrincipalFen > offer.SubsidisedCapFen)
        {
            throw RpcErrors.Precondition($"贴息部分 {ClerkText.Yuan(loan.SubsidisedPrincipalFen)} 超过放款日该产品的贴息额度上限 {ClerkText.Yuan(offer.SubsidisedCapFen)}。");
        }

        if (loan.SubsidisedPrincipalFen == 0)
        {
            return 0m;
        }

        if (offer.RemainingSubsidisedLoans is 0)
        {
            throw RpcErrors.Precondition("借款人享受财政贴息的贷款已达政策规定的次数上限，不能再登记贴息贷款（R6）。");
        }

        return offer.SubsidySharePercent
            ?? throw RpcErrors.Precondition($"放款日 {ClerkText.Day(loan.IssueDate)} 没有规定该产品贴息比例的有效政策，不能登记贴息部分。");
    }

    private static int WholeMonths(DateOnly issue, DateOnly maturity)
    {
        if (maturity <= issue)
        {
            throw RpcErrors.Invalid("terms.maturity_date", "到期日须晚于放款日。");
        }

        var months = (maturity.Year - issue.Year) * 12 + maturity.Month - issue.Month;
        for (var m = Math.Max(1, months - 1); m <= months + 1; m++)
        {
            if (issue.AddMonths(m) == maturity)
            {
                return m;
            }
        }

        throw RpcErrors.Invalid("terms.maturity_date", $"到期日 {ClerkText.Day(maturity)} 应为放款日 {ClerkText.Day(issue)} 之后的整月（同日，或短月的月末）。");
    }
}
