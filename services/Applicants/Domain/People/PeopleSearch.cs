using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;

namespace Employment.Applicants.Domain.People;

/// <summary>What a clerk searches people by; each criterion given is checked, and at least one is needed.</summary>
public sealed record PeopleCriteria(string? IdNumber, string? NamePrefix, DateOnly? BirthDate, string? Phone, string? ResidenceRegion);

/// <summary>The rules of a search for people.</summary>
internal static class PeopleSearch
{
    public static PeopleCriteria Criteria(string idNumber, string name, CalendarDate? birthDate, string phone, RegionCode? residenceRegion, DateOnly today)
    {
        var id = idNumber.Length > 0 ? PersonValidation.IdNumber(idNumber, "id_number", today).Value : null;
        var namePrefix = name.Trim().Length > 0 ? PersonValidation.Name(name, "name") : null;
        var birth = birthDate is { Year: > 0 } ? FactPeriod.Of(new DatePeriod { From = birthDate }, "birth_date").From : null;
        var criteria = new PeopleCriteria(
            id,
            namePrefix,
            birth,
            phone.Length > 0 ? phone : null,
            residenceRegion is { Code.Length: > 0 } region ? region.Code : null);
        if (criteria is { IdNumber: null, NamePrefix: null, BirthDate: null, Phone: null, ResidenceRegion: null })
        {
            // A search with no criterion would list the whole registry.
            throw DomainRuleException.Invalid("id_number", "请至少提供一个查询条件：身份证号码、姓名（可加出生日期）、手机号码或居住地。");
        }

        return criteria;
    }
}
