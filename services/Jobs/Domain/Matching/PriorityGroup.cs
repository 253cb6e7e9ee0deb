namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// The seekers who see 爱心岗位 and 公益性岗位 first (焦政办〔2023〕36号（十三）"优先推荐低门槛、有保障的
/// 爱心岗位" for people in 就业援助, and R26: 公益性岗位 for certified 就业困难人员, zero-employment
/// households first). Membership is decided outside the domain from the registry's dated facts and
/// the catalog's category keys (R10) or the seeker's assistance case.
/// </summary>
public enum PriorityGroup
{
    /// <summary>就业援助: the seeker has an open assistance case.</summary>
    AssistanceCase,

    /// <summary>零就业家庭 (registry fact, category recognised by the catalog).</summary>
    ZeroEmploymentHousehold,

    /// <summary>经认定的就业困难人员 (registry fact, category recognised by the catalog).</summary>
    EmploymentDifficulty,
}

public static class PriorityGroupText
{
    public static string Zh(PriorityGroup group) => group switch
    {
        PriorityGroup.AssistanceCase => "就业援助对象",
        PriorityGroup.ZeroEmploymentHousehold => "零就业家庭成员",
        PriorityGroup.EmploymentDifficulty => "经认定的就业困难人员",
        _ => group.ToString(),
    };
}
