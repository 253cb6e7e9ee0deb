using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.Risk.Data;
using Employment.Risk.Domain;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>Between the rules' findings, the stored rows and the contract.</summary>
public static class SignalAnswers
{
    /// <summary>What a finding stores as its evidence: the summary, the linked records, the facts and the citations.</summary>
    public static V1.Signal Evidence(RaisedSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var answer = new V1.Signal
        {
            Kind = (V1.SignalKind)signal.Kind,
            Severity = (V1.Severity)signal.Severity,
            Region = new RegionCode { Code = signal.Region.Code },
            SummaryZh = signal.SummaryZh,
        };
        answer.Records.AddRange(signal.Records.Select(Linked));
        answer.Facts.AddRange(signal.Facts.Select(f => new V1.SignalFact { NameZh = f.NameZh, Value = f.Value }));
        answer.Citations.AddRange(signal.Citations.Select(ProtoMapping.ToProto));
        return answer;
    }

    public static V1.Signal Of(SignalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answer = V1.Signal.Parser.ParseFrom(record.Evidence);
        answer.SignalId = record.Id;
        answer.Severity = (V1.Severity)record.Severity;
        answer.Status = (V1.SignalStatus)record.Status;
        answer.ScanId = record.ScanId;
        answer.PaymentHeld = record.PaymentHeld;
        answer.PaidBeforeHold.AddRange(record.PaidBeforeHold.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        answer.Record = record.ToRecordInfo();
        answer.Reviews.AddRange(record.Reviews.OrderBy(r => r.SignalVersion).Select(r => new V1.SignalReview
        {
            Status = (V1.SignalStatus)r.Status,
            ReasonZh = r.ReasonZh,
            ReviewedBy = r.CreatedBy,
            Record = r.ToRecordInfo(),
            Version = r.SignalVersion,
        }));
        return answer;
    }

    private static V1.LinkedRecord Linked(PaidItem item) => new()
    {
        Service = item.Service,
        Reference = item.Reference,
        ItemNo = item.ItemNo,
        MeasureZh = item.MeasureZh,
        Status = (AuditedStatus)item.Status,
        PersonId = item.PersonId,
        NameMasked = item.NameMasked,
        EmployerName = item.EmployerName,
        Amount = new Money { Fen = item.AmountFen },
        ReceivedOn = ProtoMapping.ToProto(item.ReceivedOn),
        EnteredOn = ProtoMapping.ToProto(item.EnteredOn),
        EnteredBy = item.EnteredBy,
    };
}
