namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// The questions of an <c>employment.common.v1.StatedPerson</c> (the one who asks, or the one hired, trained or who
/// founded the business) as a self-check asks them: only those its measure's checks read, named for the person
/// (<c>whoZh</c>: 见习人员, 本人), the employment question worded for the measure's day. The group is marked as one the
/// registry may hold: a signed-in person's page fills the facts it holds (all but the employment question) from it.
/// </summary>
public static class StatedPersonWording
{
    public const string BirthDate = "birth_date";
    public const string Education = "education";
    public const string RegisteredSince = "unemployment_registered_since";
    public const string EmploymentDifficulty = "employment_difficulty";
    public const string Veteran = "veteran";
    public const string ReturningMigrant = "returning_migrant_worker";
    public const string EmployedBefore = "employed_before";

    /// <summary>The wording of the group at <paramref name="group"/> and of each of its paths; those not in <paramref name="asked"/> are not asked.</summary>
    public static IEnumerable<(string Path, FieldWording Words)> Of(string group, string whoZh, string employedZh, params string[] asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        FieldWording If(string name, FieldWording words) => asked.Contains(name) ? words : FieldWording.NotAsked;
        yield return (group, new FieldWording(whoZh, RegistryMayHold: true));
        yield return ($"{group}.{BirthDate}", If(BirthDate, new FieldWording($"{whoZh}出生日期")));
        yield return ($"{group}.{Education}", If(Education, new FieldWording($"{whoZh}最高学历", "高中及以下可不填。")));
        yield return ($"{group}.{Education}.level", new FieldWording("学历", Required: true));
        yield return ($"{group}.{Education}.institution", FieldWording.NotAsked);
        yield return ($"{group}.{Education}.graduation_date", new FieldWording("毕业（预计毕业）日期", Required: true));
        yield return ($"{group}.{Education}.technical_school", new FieldWording("技工院校或中职、中专毕业", "中专、技校、职业高中毕业的选“是”。"));
        yield return ($"{group}.{RegisteredSince}", If(RegisteredSince, new FieldWording("失业登记日期", "见就业创业证；仍在登记失业时填写。")));
        yield return ($"{group}.{EmploymentDifficulty}", If(EmploymentDifficulty, new FieldWording($"{whoZh}已认定为就业困难人员")));
        yield return ($"{group}.{Veteran}", If(Veteran, new FieldWording($"{whoZh}是退役军人")));
        yield return ($"{group}.{ReturningMigrant}", If(ReturningMigrant, new FieldWording($"{whoZh}是返乡创业农民工")));
        yield return ($"{group}.{EmployedBefore}", If(EmployedBefore, new FieldWording(employedZh)));
    }
}
