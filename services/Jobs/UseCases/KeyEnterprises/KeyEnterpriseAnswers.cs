using Employment.Common.V1;
using Employment.Jobs.Data.KeyEnterprises;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Persistence.Records;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>The domain's records written as the contract's messages.</summary>
public static class KeyEnterpriseAnswers
{
    public static V1.KeyEnterprise Counter(KeyEnterprise e, KeyEnterpriseRecord record, KeyEnterpriseBasis.Basis basis) => new()
    {
        Delisting = e.Delisted is { } d ? new V1.KeyEnterpriseDelisting { DelistedOn = PostingInput.Proto(d.On), Reason = d.Reason, DelistedBy = d.By } : null,
        EnterpriseId = e.Id,
        EmployerId = e.EmployerId,
        CreditCode = e.CreditCode,
        Name = e.Name,
        County = new RegionCode { Code = e.CountyCode },
        Sector = e.Sector,
        Officer = e.Officer,
        OfficerContact = e.OfficerContact,
        ListedOn = PostingInput.Proto(e.ListedOn),
        Collections =
        {
            e.Collections.Select(c => new V1.VacancyCollection
            {
                CollectionId = c.Id,
                CollectedOn = PostingInput.Proto(c.On),
                Vacancies = { c.Vacancies.Select(v => new V1.Vacancy { OccupationCode = v.OccupationCode, Title = v.Title, Count = v.Count, PostingId = v.PostingId }) },
                Note = c.Note,
                RecordedBy = c.RecordedBy,
            }),
        },
        OpenVacancies = e.OpenVacancies,
        PostedVacancies = e.PostedVacancies,
        CitationZh = basis.CitationZh,
        NoteZh = basis.NoteZh,
        RuleIds = { RuleIds },
        Record = record.ToRecordInfo(),
    };

    public static V1.KeyEnterpriseSummary Summary(KeyEnterpriseRecord r) => new()
    {
        EnterpriseId = r.Id,
        Name = r.Name,
        CreditCode = r.CreditCode,
        County = new RegionCode { Code = r.CountyCode },
        Sector = r.Sector,
        Officer = r.Officer,
        OpenVacancies = r.OpenVacancies,
        PostedVacancies = r.PostedVacancies,
        LastCollectedOn = r.LastCollectedOn is { } on ? PostingInput.Proto(on) : null,
    };

    private static readonly string[] RuleIds =
        [KeyEnterpriseRuleIds.RegisteredEmployer, KeyEnterpriseRuleIds.ServiceOfficer, KeyEnterpriseRuleIds.VacancyCollection, KeyEnterpriseRuleIds.VacancyPosting, KeyEnterpriseRuleIds.Delisting];
}
