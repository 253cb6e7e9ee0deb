using System.Text.Json;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Persistence.Records;

namespace Employment.Jobs.Data.KeyEnterprises;

/// <summary>
/// A key enterprise as stored: the columns it is found and listed by (credit code, county, the newest
/// collection's counts), and its vacancy collections as JSON (read and written with the enterprise,
/// never queried on their own).
/// </summary>
public sealed class KeyEnterpriseRecord : AuditedRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id { get; set; } = "";

    public string EmployerId { get; set; } = "";

    /// <summary>Unique: an employer is on the list once.</summary>
    public string CreditCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string CountyCode { get; set; } = "";

    public string Sector { get; set; } = "";

    public string Officer { get; set; } = "";

    public string OfficerContact { get; set; } = "";

    public DateOnly ListedOn { get; set; }

    /// <summary>The newest collection's date, vacancies and posted vacancies: the list reads them without the JSON.</summary>
    public DateOnly? LastCollectedOn { get; set; }

    public int OpenVacancies { get; set; }

    public int PostedVacancies { get; set; }

    public string Collections { get; set; } = "[]";

    /// <summary>Null while on the list: the lists read only listed enterprises.</summary>
    public DateOnly? DelistedOn { get; set; }

    public string DelistReason { get; set; } = "";

    public string DelistedBy { get; set; } = "";

    public KeyEnterprise ToEnterprise() => KeyEnterprise.Restore(
        Id, EmployerId, CreditCode, Name, CountyCode, Sector, Officer, OfficerContact, ListedOn,
        JsonSerializer.Deserialize<List<VacancyCollection>>(Collections, Json) ?? [],
        DelistedOn is { } on ? new Delisting(on, DelistReason, DelistedBy) : null);

    public void CopyFrom(KeyEnterprise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Id = e.Id;
        EmployerId = e.EmployerId;
        CreditCode = e.CreditCode;
        Name = e.Name;
        CountyCode = e.CountyCode;
        Sector = e.Sector;
        Officer = e.Officer;
        OfficerContact = e.OfficerContact;
        ListedOn = e.ListedOn;
        LastCollectedOn = e.Newest?.On;
        OpenVacancies = e.OpenVacancies;
        PostedVacancies = e.PostedVacancies;
        Collections = JsonSerializer.Serialize(e.Collections, Json);
        DelistedOn = e.Delisted?.On;
        DelistReason = e.Delisted?.Reason ?? "";
        DelistedBy = e.Delisted?.By ?? "";
    }
}
