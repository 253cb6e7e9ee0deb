using Employment.Persistence.Records;
using Employment.Loans.Data;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

/// <summary>An application record and its history as the contract shows them.</summary>
internal static class ApplicationMapping
{
    public static V1.LoanApplication ToProto(ApplicationRecord record, IEnumerable<ApplicationStateChangeRecord> changes)
    {
        var application = V1.LoanApplication.Parser.ParseFrom(record.Payload);
        application.ApplicationId = record.Id;
        application.State = (V1.ApplicationState)record.State;
        application.LoanId = record.LoanId ?? "";
        application.Record = record.ToRecordInfo();
        application.History.Clear();
        foreach (var change in changes)
        {
            application.History.Add(new V1.StateChange
            {
                From = (V1.ApplicationState)change.From,
                To = (V1.ApplicationState)change.To,
                At = Conversions.Time(change.At),
                Actor = change.Actor,
                ReasonZh = change.Reason,
            });
        }

        return application;
    }
}
