using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.Data.Assistance;
using Employment.Jobs.Domain.Assistance;
using Employment.Persistence.Records;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>The domain's records written as the contract's messages.</summary>
public static class AssistanceAnswers
{
    public static V1.AssistanceCase Counter(AssistanceCase c, AssistanceCaseRecord record, string name) => new()
    {
        CaseId = c.Id,
        Programme = (V1.AssistanceProgramme)(int)c.Programme,
        PersonId = c.PersonId,
        NameMasked = NameMasking.Mask(name),
        County = new RegionCode { Code = c.CountyCode },
        HouseholdReference = c.HouseholdReference,
        OpenedOn = PostingInput.Proto(c.OpenedOn),
        Plan = c.Plan,
        Officer = c.Officer,
        Status = (V1.AssistanceStatus)(int)c.Status,
        Contacts = { c.Contacts.Select(x => new V1.AssistanceContact { Date = PostingInput.Proto(x.On), Channel = (V1.ContactChannel)(int)x.Channel, Note = x.Note, Officer = x.Officer }) },
        Referrals = { c.Referrals.Select(x => new V1.AssistanceReferral { Date = PostingInput.Proto(x.On), Kind = (V1.ReferralKind)(int)x.Kind, What = x.What, PostingId = x.PostingId, Officer = x.Officer }) },
        Outcome = (V1.AssistanceOutcome)(int)c.Outcome,
        ClosedOn = c.ClosedOn is { } closed ? PostingInput.Proto(closed) : null,
        OutcomeNote = c.OutcomeNote,
        Record = record.ToRecordInfo(),
    };
}
