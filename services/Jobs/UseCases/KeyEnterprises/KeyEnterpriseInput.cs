using Employment.Common.V1;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>The contract's messages read into the domain's terms, each refusal naming the field.</summary>
public static class KeyEnterpriseInput
{
    public static List<Vacancy> Vacancies(IReadOnlyList<V1.Vacancy> vacancies)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        return [.. vacancies.Select((v, i) => new Vacancy(
            v.OccupationCode.Trim(),
            PlainText.Check(v.Title, $"vacancies[{i}].title", 100, "岗位名称"),
            v.Count,
            ""))];
    }
}
