using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>A bank's question, validated.</summary>
internal sealed record BankQuery(
    Caller Caller,
    string BankCode,
    BorrowerKey Borrower,
    Region Region,
    DateOnly IssueDate,
    long AmountFen,
    string ConsentReference,
    string Purpose,
    IReadOnlyList<ProposedGuarantor> Guarantors,
    EnterpriseStaffing? Staffing);

/// <summary>
/// The banks' eligibility query and its record (查询记录): every product in force judged for the
/// borrower, the query recorded (bank, time, purpose, consent, masked borrower, eligible products)
/// before the answer goes back; and, for the counter, who asked about a borrower.
/// </summary>
internal sealed class EligibilityQueries(
    LoansDbContext db,
    BorrowerAssessment assessment,
    QueryConsents consents,
    EligibilityQueryLog queryLog,
    EligibilityQueryStore records,
    ChinaClock clock,
    ILogger<EligibilityQueries> logger)
{
    /// <summary>Reveals no profile field: only the verdicts, caps and the checks behind them, with the borrower masked.</summary>
    public async Task<V1.EligibilityAnswer> AnswerAsync(BankQuery query, CancellationToken cancellationToken)
    {
        var borrower = query.Borrower;
        // No consent, no look: the consent is checked before the registry is read, and the query is recorded only once both agree.
        var reading = await QueryReads.ReadAsync(db, query.ConsentReference, borrower.References, cancellationToken);
        var consent = consents.Require(reading.Consent, query.ConsentReference, query.BankCode, borrower);
        var judged = await assessment.AssessAsync(
            db,
            new AssessmentRequest(query.Caller, borrower, query.Region, query.IssueDate, query.AmountFen, query.Guarantors, query.Staffing, "loans.eligibility")
            {
                AnswersNo = true,
                LoansRead = reading.Loans,
            },
            cancellationToken);
        QueryConsents.RequireBorrower(consent, judged.PersonId);

        var record = new EligibilityQueryRecord
        {
            Id = Ids.New(Ids.EligibilityQuery),
            BankCode = query.BankCode,
            BorrowerKeyKind = (int)borrower.Kind,
            BorrowerMasked = borrower.Masked,
            BorrowerHash = borrower.Hash,
            BorrowerKind = (int)borrower.BorrowerKind,
            Region = query.Region.Code,
            IntendedIssueDate = query.IssueDate,
            RequestedFen = query.AmountFen,
            ConsentReference = query.ConsentReference,
            Purpose = query.Purpose,
            AskedAt = clock.Now,
            EligibleProductIds = string.Join(",", judged.Offers.Where(o => o.Eligible).Select(o => o.ProductId)),
        };
        await queryLog.WriteAsync(record, cancellationToken);
        LoansLog.EligibilityAnswered(logger, record.Id, query.BankCode, borrower.Masked, record.EligibleProductIds);
        return OfferAnswers.Answer(record.Id, judged);
    }

    /// <summary>Who asked about a borrower: a counter sees the queries about borrowers in its own region, as with loans and applications.</summary>
    public async Task<V1.ListEligibilityQueriesResponse> ListAboutAsync(Caller caller, BorrowerKey borrower, PageRequest? page, CancellationToken cancellationToken)
    {
        var size = Pages.Size(page);
        var rows = await records.PageAboutAsync(borrower.References, Pages.After(page), Pages.FetchCount(size), cancellationToken);
        var scope = RegionScope.Of(caller);
        var (shown, next) = Pages.Take(rows, size, q => scope.Covers(q.Region), q => q.Id);
        var response = new V1.ListEligibilityQueriesResponse { Page = next };
        response.Queries.AddRange(shown.Select(ToProto));
        return response;
    }

    /// <summary>A recorded query as the counter and the borrower read it: the borrower masked.</summary>
    public static V1.EligibilityQueryRecord ToProto(EligibilityQueryRecord q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var entry = new V1.EligibilityQueryRecord
        {
            AnswerId = q.Id,
            BankCode = q.BankCode,
            AskedAt = MessageValues.Time(q.AskedAt),
            Purpose = q.Purpose,
            ConsentReference = q.ConsentReference,
            BorrowerMasked = q.BorrowerMasked,
        };
        entry.EligibleProductIds.AddRange(q.EligibleProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries));
        return entry;
    }
}
