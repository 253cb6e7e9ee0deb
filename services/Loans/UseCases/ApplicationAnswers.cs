using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.Loans.UseCases;
using Employment.Persistence.Records;
using Employment.Persistence.Work;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>An application and its history as the contract shows them.</summary>
internal static class ApplicationAnswers
{
    /// <param name="details">What it was taken with (term, guarantors masked, the eligibility judgement), as stored.</param>
    /// <param name="row">The stored row: its version and audit columns, and who handles it.</param>
    public static V1.LoanApplication ToProto(LoanApplication application, V1.LoanApplication details, ApplicationRecord row)
    {
        var proto = details.Clone();
        proto.ApplicationId = application.Id;
        proto.State = application.State;
        proto.LoanId = application.LoanId ?? "";
        proto.Record = row.ToRecordInfo();
        proto.HandledBy = WorkHandOver.HandlerOf(row);
        proto.Channel = (Channel)row.Channel;
        proto.History.Clear();
        foreach (var move in application.History)
        {
            proto.History.Add(new V1.StateChange
            {
                From = move.From,
                To = move.To,
                At = MessageValues.Time(move.At),
                Actor = move.Actor,
                ReasonZh = move.Reason,
            });
        }

        return proto;
    }

    /// <summary>The details an application keeps: the request with the borrower and guarantors masked, and the judgement.</summary>
    public static V1.LoanApplication Details(ApplicationToSubmit application, Explanation eligibility, bool eligible)
    {
        var request = application.Request;
        var details = new V1.LoanApplication
        {
            Borrower = new V1.Borrower { Kind = request.Borrower.Kind },
            Region = new RegionCode { Code = application.Region.Code },
            ProductId = application.ProductId,
            BankCode = application.BankCode,
            RequestedAmount = MessageValues.Fen(application.AmountFen),
            TermMonths = application.TermMonths,
            Eligibility = eligibility,
            IntendedIssueDate = MessageValues.Date(application.IssueDate),
            Eligible = eligible,
            Staffing = request.Staffing,
            Channel = application.Channel,
        };
        if (application.Borrower.Kind == BorrowerKeyKind.IdNumber)
        {
            details.Borrower.IdNumber = application.Borrower.Masked;
        }
        else
        {
            details.Borrower.CreditCode = application.Borrower.Masked;
        }

        foreach (var (g, parsed) in request.Guarantors.Zip(application.Guarantors))
        {
            details.Guarantors.Add(new V1.GuarantorInput
            {
                IdNumber = parsed.IdNumber.Masked,
                Name = parsed.Name,
                MonthlyContribution = g.MonthlyContribution,
            });
        }

        return details;
    }
}
