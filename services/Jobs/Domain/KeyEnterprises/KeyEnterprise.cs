using Employment.Jobs.Domain.Matching;

namespace Employment.Jobs.Domain.KeyEnterprises;

/// <summary>
/// A key enterprise (重点企业, 36号（六）): a registered employer on a county's list, its service officer
/// (就业服务专员), and its dated vacancy collections (岗位收集), each vacancy of the newest one able to become
/// one posting. Every change is a method that enforces its rule; a broken rule is a
/// <see cref="DomainRuleException"/> naming the field and the rule id.
/// </summary>
public sealed class KeyEnterprise
{
    private readonly List<VacancyCollection> _collections;

    private KeyEnterprise(string id, string employerId, string creditCode, string name, string countyCode, string sector,
        string officer, string officerContact, DateOnly listedOn, IEnumerable<VacancyCollection> collections, Delisting? delisted)
    {
        Delisted = delisted;
        Id = id;
        EmployerId = employerId;
        CreditCode = creditCode;
        Name = name;
        CountyCode = countyCode;
        Sector = sector;
        Officer = officer;
        OfficerContact = officerContact;
        ListedOn = listedOn;
        _collections = [.. collections];
    }

    public string Id { get; }

    /// <summary>The registry's employer id and credit code; the name as the registry has it.</summary>
    public string EmployerId { get; }

    public string CreditCode { get; }

    public string Name { get; }

    public string CountyCode { get; }

    /// <summary>领域 (制造业, 现代服务业 …), as the clerk states it.</summary>
    public string Sector { get; }

    public string Officer { get; private set; }

    public string OfficerContact { get; private set; }

    public DateOnly ListedOn { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<VacancyCollection> Collections => _collections;

    /// <summary>The newest collection: it states the current shortage (an earlier one is superseded).</summary>
    public VacancyCollection? Newest => _collections.Count == 0 ? null : _collections[^1];

    /// <summary>When, why and by whom the enterprise was taken off the list; null while listed.</summary>
    public Delisting? Delisted { get; private set; }

    /// <summary>The newest collection's vacancies not yet posted; none once delisted (the service no longer collects or posts them).</summary>
    public int OpenVacancies => Delisted is null ? Newest?.Open ?? 0 : 0;

    public int PostedVacancies => Newest?.Posted ?? 0;

    public static KeyEnterprise List(string id, string employerId, string creditCode, string name, string countyCode, string sector,
        string officer, string officerContact, DateOnly today)
    {
        RequireOfficer(officer);
        return new KeyEnterprise(id, employerId, creditCode, name, countyCode, sector, officer, officerContact, today, [], null);
    }

    public static KeyEnterprise Restore(string id, string employerId, string creditCode, string name, string countyCode, string sector,
        string officer, string officerContact, DateOnly listedOn, IEnumerable<VacancyCollection> collections, Delisting? delisted) =>
        new(id, employerId, creditCode, name, countyCode, sector, officer, officerContact, listedOn, collections, delisted);

    /// <summary>
    /// A clerk takes the enterprise off the county's list (36号（六）: the list is 梳理 — kept current), on a
    /// day from its listing to today, with a reason. The record stays; the officer, the collections and
    /// the postings already filed from them stay as they were (a posting is the employer's job, with its
    /// own validity; the counter withdraws it if the job is gone); vacancies not yet posted are closed.
    /// </summary>
    public void Delist(DateOnly on, string reason, string clerk, DateOnly today)
    {
        RequireListed();
        if (reason.Length == 0)
        {
            throw Broken(DomainRuleKind.InvalidInput, "请写明移出重点企业名单的原因", "reason", KeyEnterpriseRuleIds.Delisting);
        }

        if (on < ListedOn || on > today)
        {
            throw Broken(DomainRuleKind.InvalidInput, $"移出日期 {on:yyyy-MM-dd} 应在列入名单之日 {ListedOn:yyyy-MM-dd} 与今天 {today:yyyy-MM-dd} 之间", "delisted_on", KeyEnterpriseRuleIds.Delisting);
        }

        if (Newest is { } last && on < last.On)
        {
            throw Broken(DomainRuleKind.InvalidInput, $"移出日期 {on:yyyy-MM-dd} 早于最近一次岗位收集（{last.On:yyyy-MM-dd}）", "delisted_on", KeyEnterpriseRuleIds.Delisting);
        }

        Delisted = new Delisting(on, reason, clerk);
    }

    /// <summary>Another officer takes the enterprise over (still one at a time).</summary>
    public void AssignOfficer(string officer, string contact)
    {
        RequireListed();
        RequireOfficer(officer);
        Officer = officer;
        OfficerContact = contact;
    }

    /// <summary>Records what the enterprise is short of on <paramref name="on"/>; it supersedes every earlier collection.</summary>
    public VacancyCollection Collect(string collectionId, DateOnly on, IReadOnlyList<Vacancy> vacancies, string note, string clerk, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        RequireListed();
        if (on < ListedOn || on > today)
        {
            throw Broken(DomainRuleKind.InvalidInput, $"收集日期 {on:yyyy-MM-dd} 应在列入重点企业名单之日 {ListedOn:yyyy-MM-dd} 与今天 {today:yyyy-MM-dd} 之间", "collected_on", KeyEnterpriseRuleIds.VacancyCollection);
        }

        if (Newest is { } last && on < last.On)
        {
            throw Broken(DomainRuleKind.InvalidInput, $"收集日期 {on:yyyy-MM-dd} 早于上次岗位收集（{last.On:yyyy-MM-dd}）：新的收集取代旧的，不能补录更早的", "collected_on", KeyEnterpriseRuleIds.VacancyCollection);
        }

        if (vacancies.Count == 0)
        {
            throw Broken(DomainRuleKind.InvalidInput, "请至少填写一个缺工岗位（职业编码与人数）", "vacancies", KeyEnterpriseRuleIds.VacancyCollection);
        }

        for (var i = 0; i < vacancies.Count; i++)
        {
            var v = vacancies[i];
            if (!Occupations.IsWellFormed(v.OccupationCode))
            {
                throw Broken(DomainRuleKind.InvalidInput, $"第 {i + 1} 项的职业编码“{v.OccupationCode}”无效：应为职业分类大典（2022）的编码，如 6-31-01-03", $"vacancies[{i}].occupation_code", KeyEnterpriseRuleIds.VacancyCollection);
            }

            if (v.Count < 1)
            {
                throw Broken(DomainRuleKind.InvalidInput, $"第 {i + 1} 项的缺工人数 {v.Count} 无效：至少为 1", $"vacancies[{i}].count", KeyEnterpriseRuleIds.VacancyCollection);
            }
        }

        var collection = new VacancyCollection(collectionId, on, [.. vacancies.Select(v => v with { PostingId = "" })], note, clerk);
        _collections.Add(collection);
        return collection;
    }

    /// <summary>
    /// The vacancy a posting is filed for: of the newest collection, not yet posted, and the posting's
    /// employer and occupation are this enterprise's and the vacancy's.
    /// </summary>
    public Vacancy VacancyToPost(string collectionId, int index)
    {
        RequireListed();
        var newest = Newest;
        if (newest is null || newest.Id != collectionId)
        {
            var known = _collections.Any(c => c.Id == collectionId);
            throw Broken(known ? DomainRuleKind.NotAllowedNow : DomainRuleKind.NotFound,
                known ? $"岗位收集 {collectionId} 已被 {newest!.On:yyyy-MM-dd} 的收集取代：请按最新一次收集发布岗位" : $"此重点企业没有岗位收集 {collectionId}",
                "collection_id", KeyEnterpriseRuleIds.VacancyPosting);
        }

        if (index < 0 || index >= newest.Vacancies.Count)
        {
            throw Broken(DomainRuleKind.InvalidInput, $"岗位收集 {collectionId} 只有 {newest.Vacancies.Count} 项，第 {index} 项不存在（从 0 起数）", "vacancy_index", KeyEnterpriseRuleIds.VacancyPosting);
        }

        var vacancy = newest.Vacancies[index];
        if (vacancy.PostingId.Length > 0)
        {
            throw Broken(DomainRuleKind.AlreadyExists, $"此缺工岗位已发布为岗位 {vacancy.PostingId}：请修改该岗位", "vacancy_index", KeyEnterpriseRuleIds.VacancyPosting);
        }

        return vacancy;
    }

    /// <summary>Checks a posting's employer and occupation against the vacancy it is filed for.</summary>
    public void RequireSameJob(Vacancy vacancy, string creditCode, string occupationCode)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        if (!string.Equals(creditCode, CreditCode, StringComparison.Ordinal))
        {
            throw Broken(DomainRuleKind.InvalidInput, $"岗位的用人单位应为此重点企业（{Name}）", "posting.employer.credit_code", KeyEnterpriseRuleIds.VacancyPosting);
        }

        if (!string.Equals(occupationCode, vacancy.OccupationCode, StringComparison.Ordinal))
        {
            throw Broken(DomainRuleKind.InvalidInput, $"岗位的职业编码应为缺工岗位的 {vacancy.OccupationCode}", "posting.occupation_code", KeyEnterpriseRuleIds.VacancyPosting);
        }
    }

    /// <summary>Records the posting the vacancy became.</summary>
    public void MarkPosted(string collectionId, int index, string postingId)
    {
        var vacancy = VacancyToPost(collectionId, index);
        var newest = Newest!;
        var vacancies = newest.Vacancies.ToList();
        vacancies[index] = vacancy with { PostingId = postingId };
        _collections[^1] = newest with { Vacancies = vacancies };
    }

    private void RequireListed()
    {
        if (Delisted is { } d)
        {
            throw Broken(DomainRuleKind.NotAllowedNow, $"此企业已于 {d.On:yyyy-MM-dd} 移出重点企业名单（{d.Reason}），不再配备专员、收集或发布岗位", "enterprise_id", KeyEnterpriseRuleIds.Delisting);
        }
    }

    private static void RequireOfficer(string officer)
    {
        if (officer.Length == 0)
        {
            throw Broken(DomainRuleKind.InvalidInput, "请为重点企业指定就业服务专员", "officer", KeyEnterpriseRuleIds.ServiceOfficer);
        }
    }

    private static DomainRuleException Broken(DomainRuleKind kind, string message, string field, string rule) =>
        new(kind, $"{message}（{rule}）。", field, rule);
}

/// <summary>An enterprise taken off the list: the day, the clerk's reason and the clerk.</summary>
public sealed record Delisting(DateOnly On, string Reason, string By);
