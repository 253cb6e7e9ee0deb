using System.Text.Json;
using Employment.Jobs.Domain.Assistance;
using Employment.Persistence.Records;

namespace Employment.Jobs.Data.Assistance;

/// <summary>
/// An assistance case as stored: the columns it is found and listed by, and its contacts and referrals
/// as JSON (they are read and written with the case, never queried on their own).
/// </summary>
public sealed class AssistanceCaseRecord : AuditedRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id { get; set; } = "";

    /// <summary>General (1) or unemployed graduate (2).</summary>
    public int Programme { get; set; }

    public string PersonId { get; set; } = "";

    /// <summary>= <see cref="PersonId"/> while the case is open, null once closed: unique, so a person has one open case.</summary>
    public string? OpenPersonId { get; set; }

    public string CountyCode { get; set; } = "";

    public string HouseholdReference { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public string Plan { get; set; } = "";

    public string Officer { get; set; } = "";

    public int Status { get; set; }

    public int Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string OutcomeNote { get; set; } = "";

    public string Contacts { get; set; } = "[]";

    public string Referrals { get; set; } = "[]";

    public AssistanceCase ToCase() => AssistanceCase.Restore(
        Id, (AssistanceProgramme)Programme, PersonId, CountyCode, HouseholdReference, OpenedOn, Plan, Officer,
        (AssistanceStatus)Status, (AssistanceOutcome)Outcome, ClosedOn, OutcomeNote,
        JsonSerializer.Deserialize<List<AssistanceContact>>(Contacts, Json) ?? [],
        JsonSerializer.Deserialize<List<AssistanceReferral>>(Referrals, Json) ?? []);

    public void CopyFrom(AssistanceCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        Id = c.Id;
        Programme = (int)c.Programme;
        PersonId = c.PersonId;
        OpenPersonId = c.Status == AssistanceStatus.Open ? c.PersonId : null;
        CountyCode = c.CountyCode;
        HouseholdReference = c.HouseholdReference;
        OpenedOn = c.OpenedOn;
        Plan = c.Plan;
        Officer = c.Officer;
        Status = (int)c.Status;
        Outcome = (int)c.Outcome;
        ClosedOn = c.ClosedOn;
        OutcomeNote = c.OutcomeNote;
        Contacts = JsonSerializer.Serialize(c.Contacts, Json);
        Referrals = JsonSerializer.Serialize(c.Referrals, Json);
    }
}
