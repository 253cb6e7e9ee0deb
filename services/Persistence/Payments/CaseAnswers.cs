using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Policy.Explanations;

namespace Employment.Persistence.Payments;

/// <summary>
/// A record as the shared steps of the lifecycle (复核, 待发放, 发放, 发放失败) answer it, the same in every subsidy
/// service. A service says what its records are called, how its rows are read, its amount decided, who decided it,
/// its measure's name and who is paid.
/// </summary>
public abstract class CaseAnswers<TRecord>(Microsoft.EntityFrameworkCore.DbContext db)
    where TRecord : AuditedRecord, IPayable, IReviewable
{
    /// <summary>The service's store, which keeps the records and their holds.</summary>
    public Microsoft.EntityFrameworkCore.DbContext Db => db;

    /// <summary>The records' noun in messages (培训补贴申请, 就业补贴申请).</summary>
    public abstract string RecordWhat { get; }

    /// <summary>The rows with what an answer reads of them (a claim's items).</summary>
    public virtual IQueryable<TRecord> Rows => db.Set<TRecord>();

    /// <summary>The amount decided, which a payment must equal.</summary>
    public abstract long DecidedFen(TRecord record);

    /// <summary>The clerks who decided it, whom its review (复核) names and refuses.</summary>
    public abstract IEnumerable<string> DecidedBy(TRecord record);

    /// <summary>Whom the record names (its applicant, the people it pays for, the claimant employer), for 回避.</summary>
    public abstract ServiceDefaults.Security.RecusalSubjects RecusalOf(TRecord record);

    /// <summary>The measure in words.</summary>
    protected abstract string KindZh(TRecord record);

    /// <summary>Who is paid, as a clerk's list shows it (an employer's name; a person's masked name and number).</summary>
    protected abstract string PayeeZh(TRecord record);

    public SubsidyCase Of(TRecord record, PaymentHoldRecord? hold = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var decided = DecidedFen(record);
        var answer = new SubsidyCase
        {
            RecordId = record.Id,
            Status = (SubsidyCaseStatus)record.Status,
            StatusZh = SubsidyStatusText.Zh((SubsidyStatus)record.Status),
            Amount = new Money { Fen = decided },
            BatchId = record.BatchId ?? "",
            PaymentFailure = PaymentFailures.FailureOf(record),
            Review = DecisionReviews.Answer(record, DecidedBy(record)),
            Record = record.ToRecordInfo(),
            KindZh = KindZh(record),
            PayeeZh = PayeeZh(record),
            PaymentHold = PaymentHoldModel.InfoOf(hold),
        };
        if (record.PaidOn is { } paidOn)
        {
            answer.Payment = new PaymentMade { PaidOn = ProtoMapping.ToProto(paidOn), Amount = new Money { Fen = decided }, PaymentReference = record.PaymentReference };
        }

        return answer;
    }
}
