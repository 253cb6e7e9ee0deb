namespace Employment.Jobs.Domain.Assistance;

/// <summary>
/// The literal rule ids of employment assistance (就业援助), 焦政办〔2023〕36号（十三）: "制定个性化援助方案，
/// 优先推荐低门槛、有保障的爱心岗位，提供“一对一”就业援助 … 确保零就业家庭至少1人就业".
/// </summary>
public static class AssistanceRuleIds
{
    /// <summary>A case has a personalised plan (个性化援助方案) and one officer (一对一) from the day it opens.</summary>
    public const string PlanAndOfficer = "jobs.assistance.plan_and_officer";

    /// <summary>Contacts and referrals are dated between the case's opening and today, and only while it is open.</summary>
    public const string DatedWhileOpen = "jobs.assistance.dated_while_open";

    /// <summary>A case closes once, with an outcome; employment names how and from when.</summary>
    public const string ClosedWithOutcome = "jobs.assistance.closed_with_outcome";

    /// <summary>A graduate's record (一人一档一策) is for a college graduate the registry shows within the catalog's years of leaving school.</summary>
    public const string GraduateRecord = "jobs.assistance.graduate_record";

    /// <summary>A zero-employment household is listed until at least the catalog's number of its members is employed.</summary>
    public const string ZeroEmploymentHousehold = "jobs.assistance.zero_employment_household";
}
