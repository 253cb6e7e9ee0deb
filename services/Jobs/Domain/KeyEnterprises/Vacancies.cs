namespace Employment.Jobs.Domain.KeyEnterprises;

/// <summary>One line of a collection: an occupation (职业分类大典 code) short of <see cref="Count"/> workers; the posting it became, or "".</summary>
public sealed record Vacancy(string OccupationCode, string Title, int Count, string PostingId);

/// <summary>A dated vacancy collection (岗位收集): what the enterprise said it was short of on <see cref="On"/>.</summary>
public sealed record VacancyCollection(string Id, DateOnly On, IReadOnlyList<Vacancy> Vacancies, string Note, string RecordedBy)
{
    public int Open => Vacancies.Sum(v => v.Count);

    public int Posted => Vacancies.Where(v => v.PostingId.Length > 0).Sum(v => v.Count);
}
