using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using K = Employment.Training.Domain.TrainingPolicyKeys;
using R = Employment.Training.Domain.VocationalTraining.VocationalTrainingRuleIds;

namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// Whom the 职业培训补贴 covers. Which groups is catalog data: every <c>training.vocational_training.group.*</c>
/// key in force (true) for the region on the course's end date (R1, R2), each citing its clause
/// (Jiaozuo 2023 measures cl.80, 济管〔2023〕19号 cl.79, Henan D09 cl.35). This class only knows how to
/// establish a group from registry facts, through the shared category functions (R10); a group the
/// catalog names that the registry cannot establish is reported as not established, never passed.
/// </summary>
public sealed class VocationalTrainingGroups(PolicyCatalog catalog)
{
    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly ApplicantCategories _categories = new(catalog);

    // The catalog is immutable once loaded, so its group keys are read once.
    private readonly string[] _groupKeys = catalog.Keys
        .Where(k => k.StartsWith(K.VocationalTrainingGroupPrefix, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private enum Membership
    {
        Established,
        NotMet,
        NotEstablished,
    }

    /// <summary>
    /// Adds the one <see cref="R.Group"/> check: passed when the person belongs to at least one group in
    /// force. Its facts say, per group, 符合 / 不符合 / 无法认定, then the checks of the group that matched
    /// (or of every group when none did). Undetermined when none matched and one could not be established.
    /// </summary>
    public void Check(VocationalTrainingCase @case, ExplanationBuilder explanation)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(explanation);
        var date = @case.Course.End;
        var inForce = _groupKeys
            .Select(key => _catalog.TryResolve(key, @case.Region, date, out var value) ? value : null)
            .OfType<ParameterValue>()
            .Where(v => v.Value.Boolean)
            .ToList();
        if (inForce.Count == 0)
        {
            explanation.Check(R.Group, false, $"{ClerkText.Day(date)} 在 {@case.Region} 没有有效的职业培训补贴对象规定，不能享受。")
                .Fact("无政策的参数", K.VocationalTrainingGroupPrefix + "*");
            return;
        }

        var results = inForce.Select(group =>
        {
            var scratch = new ExplanationBuilder(date);
            var membership = Establish(group.Key, @case, scratch);
            return (Group: group, Membership: membership, Built: scratch.Build(""));
        }).ToList();
        var matched = results.Where(r => r.Membership == Membership.Established).ToList();
        var check = explanation.Check(R.Group, matched.Count > 0,
            matched.Count > 0
                ? $"属于职业培训补贴对象：{string.Join("、", matched.Select(r => NameOf(r.Group.Key)))}。"
                : $"不属于职业培训补贴对象（{string.Join("、", inForce.Select(g => NameOf(g.Key)))}）。");
        // One fact per group in force, named by its catalog key, cited by its clause.
        foreach (var r in results)
        {
            check.Fact(r.Group.Key, r.Membership switch
            {
                Membership.Established => "符合",
                Membership.NotMet => "不符合",
                _ => "无法认定：登记系统无相应记录",
            }).Cites(ProtoMapping.ToProto(r.Group));
        }

        foreach (var r in matched.Count > 0 ? matched.Take(1) : results)
        {
            foreach (var inner in r.Built.Checks)
            {
                check.Fact(inner.RuleId, (inner.Passed ? Employment.Policy.Categories.DecidedGroups.PassedPrefix : "未通过：") + inner.DescriptionZh);
                foreach (var fact in inner.FactsUsed)
                {
                    check.Fact(fact.Name, fact.Value, fact.Source);
                }

                foreach (var citation in inner.Citations)
                {
                    check.Cites(citation);
                }
            }
        }

        if (matched.Count == 0 && results.Any(r => r.Membership == Membership.NotEstablished))
        {
            explanation.MarkUndetermined();
        }
    }

    /// <summary>How a group is established from the registry; a key code does not know is not established.</summary>
    private Membership Establish(string key, VocationalTrainingCase @case, ExplanationBuilder scratch)
    {
        var person = @case.Person;
        var region = @case.Region;
        var courseStart = @case.Course.Start;
        switch (key)
        {
            case K.VocationalGroupGraduateLeftSchoolUnemployed:
                return Of(GraduateLeftSchool(person, courseStart, scratch) & NotEmployedOn(person, courseStart, scratch));
            case K.VocationalGroupUrbanUnemployed:
                // 城镇失业人员: the registry knows unemployment by its registration (失业登记) in force when the course starts.
                return Of(_categories.RegisteredUnemployed(person, region, courseStart, scratch));
        }

        if (key.StartsWith(K.VocationalTrainingGroupPrefix + "new_hire_", StringComparison.Ordinal))
        {
            if (NewHireContractStart(@case, scratch) is not { } hired)
            {
                return Membership.NotMet;
            }

            switch (key)
            {
                case K.VocationalGroupNewHireRegisteredUnemployed:
                    // 新录用的城镇登记失业人员: registered on the day before the contract starts (hiring ends the registration).
                    return Of(_categories.RegisteredUnemployed(person, region, hired.AddDays(-1), scratch));
                case K.VocationalGroupNewHireGraduationYearGraduate:
                    // 毕业学年 read as 毕业年度 (R10) on the day the contract starts.
                    return Of(_categories.GraduateInGraduationYear(person, region, hired, scratch));
            }
        }

        scratch.Check(R.GroupNotEstablished, false,
                $"登记系统没有可认定“{NameOf(key)}”的记录（无相应的人员事实），不能认定；请先在登记系统记录经认定的身份。")
            .Fact("group", key);
        return Membership.NotEstablished;
    }

    private static Membership Of(bool established) => established ? Membership.Established : Membership.NotMet;

    /// <summary>离校未就业高校毕业生, graduate part: a 大专 or higher graduation on or before the course's start; the clause sets no limit on the years since.</summary>
    private static bool GraduateLeftSchool(PersonProfile person, DateOnly courseStart, ExplanationBuilder scratch)
    {
        var education = PersonFacts.Current(person, PersonFactKind.Education)
            .Where(f => f.Education is { Level: >= EducationLevel.JuniorCollege, GraduationDate: { Year: > 0, Month: > 0, Day: > 0 } })
            .FirstOrDefault(f => ProtoMapping.FromProto(f.Education.GraduationDate) <= courseStart);
        var check = scratch.Check(R.GraduateLeftSchool, education is not null,
            $"培训开始日（{ClerkText.Day(courseStart)}）前已离校的大专及以上高校毕业生（条款未限定离校年限）");
        if (education is null)
        {
            check.Fact("学历", "无符合条件的学历记录");
        }
        else
        {
            check.Fact("学历", $"{education.Education.Institution}".Trim(), PersonFacts.Source(education))
                .Fact("毕业时间", ClerkText.Day(ProtoMapping.FromProto(education.Education.GraduationDate)), PersonFacts.Source(education));
        }

        return education is not null;
    }

    /// <summary>未就业: no labour contract in force on the course's start.</summary>
    private static bool NotEmployedOn(PersonProfile person, DateOnly courseStart, ExplanationBuilder scratch)
    {
        var contracts = PersonFacts.Current(person, PersonFactKind.EmploymentContract).Where(f => PersonFacts.InForceOn(f, courseStart)).ToList();
        var check = scratch.Check(R.NotEmployedOnCourseStart, contracts.Count == 0, $"培训开始日（{ClerkText.Day(courseStart)}）未就业：无有效劳动合同");
        if (contracts.Count == 0)
        {
            check.Fact("劳动合同", "无");
        }

        foreach (var contract in contracts)
        {
            check.Fact("劳动合同", PersonFacts.DisplayPeriod(contract), PersonFacts.Source(contract));
        }

        return contracts.Count == 0;
    }

    /// <summary>
    /// Henan D09 cl.35: a labour contract of at least the catalog's years (open-ended counts; 以上 includes
    /// the bound), the course begun within the catalog's years of the contract's start (read as the signing
    /// date). Returns that start, or null after recording why not.
    /// </summary>
    private DateOnly? NewHireContractStart(VocationalTrainingCase @case, ExplanationBuilder scratch)
    {
        var date = @case.Course.End;
        if (!_catalog.TryResolve(K.NewHireVocationalMinContractYears, @case.Region, date, out var minYears)
            || !_catalog.TryResolve(K.NewHireVocationalTrainingWithinYears, @case.Region, date, out var withinYears))
        {
            scratch.Check(R.NewHireContract, false, $"{ClerkText.Day(date)} 在 {@case.Region} 没有有效的企业新录用人员培训条件规定")
                .Fact("无政策的参数", K.NewHireVocationalMinContractYears);
            return null;
        }

        var courseStart = @case.Course.Start;
        var contract = PersonFacts.Current(@case.Person, PersonFactKind.EmploymentContract)
            .Where(f => PersonFacts.From(f) is { } start && start <= courseStart && courseStart <= start.AddYears(withinYears.Value.Integer))
            .FirstOrDefault(f => LongEnough(f, minYears.Value.Integer));
        var check = scratch.Check(R.NewHireContract, contract is not null,
            $"与企业签订{minYears.Value.Display()}以上期限劳动合同，且自合同起始日起{withinYears.Value.Display()}内开始培训（培训开始日 {ClerkText.Day(courseStart)}）");
        if (contract is null)
        {
            check.Fact("劳动合同", "无符合条件的劳动合同记录");
        }
        else
        {
            check.Fact("劳动合同", PersonFacts.DisplayPeriod(contract), PersonFacts.Source(contract))
                .Fact("用人单位", contract.Contract?.EmployerCreditCode ?? "", PersonFacts.Source(contract));
        }

        check.Uses(minYears).Uses(withinYears);
        return contract is null ? null : PersonFacts.From(contract);
    }

    // The registry gives the term in months (0 = open-ended, 无固定期限) or, failing that, the period.
    private static bool LongEnough(PersonFact contract, int years)
    {
        if (contract.Contract is { OpenEnded: true })
        {
            return true;
        }

        if (contract.Contract is { TermMonths: > 0 } term)
        {
            return term.TermMonths >= years * 12;
        }

        return PersonFacts.From(contract) is { } start
            && (PersonFacts.Until(contract) is not { } until || until >= start.AddYears(years).AddDays(-1));
    }

    /// <summary>The clause's name of a group, for the clerk; a key code does not know shows as itself.</summary>
    private static string NameOf(string key) => key switch
    {
        K.VocationalGroupGraduateLeftSchoolUnemployed => "离校未就业高校毕业生",
        K.VocationalGroupUrbanUnemployed => "城镇失业人员",
        K.VocationalGroupNewHirePoorFamilyChild => "企业新录用的贫困家庭子女",
        K.VocationalGroupNewHireGraduationYearGraduate => "企业新录用的毕业学年高校毕业生",
        K.VocationalGroupNewHireSchoolLeaver => "企业新录用的城乡未继续升学的应届初高中毕业生",
        K.VocationalGroupNewHireRuralMigrantWorker => "企业新录用的农村转移就业劳动者",
        K.VocationalGroupNewHireRegisteredUnemployed => "企业新录用的城镇登记失业人员",
        _ => key,
    };
}
