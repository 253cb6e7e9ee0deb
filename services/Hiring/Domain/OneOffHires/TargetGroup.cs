namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>The groups of people whose hiring the 2023 subsidies pay for; which measure covers which is catalog data.</summary>
public enum TargetGroup
{
    /// <summary>毕业年度高校毕业生 (扩岗's 2023届 in 2023), not employed before the hire (R20).</summary>
    GraduateInGraduationYear,

    /// <summary>离校2年内未就业高校毕业生 (R10, R20).</summary>
    GraduateUnemployed2y,

    /// <summary>登记失业的16至24岁青年 (R10, R19).</summary>
    RegisteredUnemployedYouth,

    /// <summary>登记失业半年以上人员 (R19).</summary>
    RegisteredUnemployed6m,
}
