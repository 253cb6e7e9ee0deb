using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// An application as 办理进度 shows it to the public: kind, state, dates, history and the masked name.
/// Deliberately not the amount, the product's terms, the bank, the identity number or who at the
/// counter moved it; a step's note is the clerk's reason only where one is required (a refusal, a
/// withdrawal), with identity numbers masked.
/// </summary>
internal static class ProgressAnswers
{
    public const string KindZh = "创业担保贷款申请";

    public static ApplicationProgress ToProgress(LoanApplication application, ApplicationRecord record)
    {
        var progress = new ApplicationProgress
        {
            Reference = application.Id,
            KindZh = KindZh,
            State = Token(application.State),
            StateZh = ApplicationStates.NameZh(application.State),
            Closed = ApplicationStates.Next(application.State).Count == 0,
            SubmittedOn = MessageValues.Date(ChinaClock.DateOf(record.CreatedAt)),
            UpdatedAt = MessageValues.Time(record.UpdatedAt),
            NameMasked = record.NameMasked,
            NextStepZh = ApplicationStates.NextStepZh(application.State),
            OfficeZh = ServiceDefaults.Regions.Places.ProperNameOf(application.Region) + "人社窗口",
        };
        foreach (var move in application.History)
        {
            progress.History.Add(new ProgressStep
            {
                State = Token(move.To),
                StateZh = ApplicationStates.NameZh(move.To),
                At = MessageValues.Time(move.At),
                NoteZh = ApplicationStates.NeedsReason(move.To) ? IdMasking.MaskIdNumbersIn(move.Reason) : "",
            });
        }

        return progress;
    }

    /// <summary>The contract's enum name without its prefix: SentToBank (APPLICATION_STATE_SENT_TO_BANK) → SENT_TO_BANK.</summary>
    internal static string Token(V1.ApplicationState state) =>
        string.Concat(state.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
