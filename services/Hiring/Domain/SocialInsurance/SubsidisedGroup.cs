namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>The hired people the social-insurance subsidies pay for; which measure covers which is catalog data (R21).</summary>
public enum SubsidisedGroup
{
    /// <summary>登记失业人员, registered on the day before the contract start (R19).</summary>
    RegisteredUnemployed,

    /// <summary>毕业年度高校毕业生, not employed before the hire (R10, R20).</summary>
    GraduateInGraduationYear,

    /// <summary>离校1年内未就业高校毕业生 (R10, R20).</summary>
    GraduateUnemployed1y,

    /// <summary>离校2年内未就业高校毕业生 (R10, R20).</summary>
    GraduateUnemployed2y,

    /// <summary>就业困难人员, certified on the contract start (R10).</summary>
    EmploymentDifficulty,
}
