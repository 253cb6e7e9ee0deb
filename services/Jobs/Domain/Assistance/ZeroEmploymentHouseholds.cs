namespace Employment.Jobs.Domain.Assistance;

/// <summary>A period a registry fact holds (until null = open-ended).</summary>
public sealed record FactPeriod(DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly day) => day >= From && (Until is null || day <= Until);
}

/// <summary>
/// What the registry says about one person, as the household list needs it: the zero-employment household
/// recognitions (零就业家庭认定; the reference names the household's recognition) and the spells of work
/// (劳动合同, 首次创办经营实体).
/// </summary>
public sealed record MemberFacts(string PersonId, IReadOnlyList<(string Reference, FactPeriod Period)> ZeroEmploymentRecognitions, IReadOnlyList<FactPeriod> Work)
{
    /// <summary>
    /// The household whose recognition is in force on <paramref name="day"/>, by the reference the fact
    /// cites; a recognition without one is a household known through this member alone; "" when none is.
    /// </summary>
    public string HouseholdOn(DateOnly day)
    {
        var recognition = ZeroEmploymentRecognitions.FirstOrDefault(r => r.Period.Covers(day));
        return recognition.Period is null ? "" : recognition.Reference.Length > 0 ? recognition.Reference : "person:" + PersonId;
    }

    public bool WorksOn(DateOnly day) => Work.Any(w => w.Covers(day));
}

/// <summary>One member as the list shows them.</summary>
public sealed record HouseholdMember(string PersonId, string CaseId, bool Employed);

/// <summary>A zero-employment household on a day: its members known to assistance, and how many work.</summary>
public sealed record HouseholdStanding(string Reference, string CountyCode, IReadOnlyList<HouseholdMember> Members, int MinEmployed)
{
    public int Employed => Members.Count(m => m.Employed);

    /// <summary>Listed while fewer than the catalog's number of members are employed.</summary>
    public bool Listed => Employed < MinEmployed;

    /// <summary>Nobody employed: what a zero-employment household is, whatever a document requires of it.</summary>
    public bool NobodyEmployed => Employed == 0;
}

/// <summary>
/// 36号（十三） "确保零就业家庭至少1人就业" (jobs.assistance.zero_employment_household): households are
/// grouped by the recognition their members' registry facts cite; a member counts as employed on a day
/// when the registry holds a labour contract or a business of theirs in force then, or their assistance
/// case closed as employed by then. A household whose recognition is no longer in force on the day is
/// not a zero-employment household and is not listed.
/// </summary>
public static class ZeroEmploymentHouseholds
{
    public const string Rule = AssistanceRuleIds.ZeroEmploymentHousehold;

    public static IReadOnlyList<HouseholdStanding> Standing(IEnumerable<(AssistanceCase Case, MemberFacts Facts)> members, int minEmployed, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(members);
        var households = new Dictionary<string, (string County, List<HouseholdMember> Members)>(StringComparer.Ordinal);
        foreach (var (assistance, facts) in members)
        {
            var reference = facts.HouseholdOn(day);
            if (reference.Length == 0)
            {
                continue;
            }

            var employed = assistance.EmployedOn(day) || facts.WorksOn(day);
            if (!households.TryGetValue(reference, out var household))
            {
                household = (assistance.CountyCode, []);
                households[reference] = household;
            }

            household.Members.Add(new HouseholdMember(facts.PersonId, assistance.Id, employed));
        }

        return [.. households
            .Select(h => new HouseholdStanding(h.Key, h.Value.County, h.Value.Members, minEmployed))
            .OrderBy(h => h.CountyCode, StringComparer.Ordinal)
            .ThenBy(h => h.Reference, StringComparer.Ordinal)];
    }
}
