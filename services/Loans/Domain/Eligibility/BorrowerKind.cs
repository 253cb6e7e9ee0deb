namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// Who borrows a startup-guarantee loan. The numbers match <c>employment.loans.v1.BorrowerKind</c>
/// (0 there is "unspecified", which the domain refuses).
/// </summary>
public enum BorrowerKind
{
    /// <summary>个人 (R4).</summary>
    Individual = 1,

    /// <summary>个体工商户 (R4: mixed loan or unsubsidised loan).</summary>
    IndividualBusiness = 2,

    /// <summary>合伙创业 / 组织起来就业 (R4).</summary>
    Partnership = 3,

    /// <summary>小微企业 (R5).</summary>
    SmallMicroEnterprise = 4,

    /// <summary>中型企业 (R5: the 2023 enterprise mixed loan only).</summary>
    MediumEnterprise = 5,
}

/// <summary>The honours route of R4 (获得市级以上荣誉、创业大赛获奖选手（项目）).</summary>
public enum HonoursRoute
{
    None = 0,

    /// <summary>获得市级以上荣誉.</summary>
    CityLevelHonour = 1,

    /// <summary>创业大赛获奖选手（项目）.</summary>
    ContestWinner = 2,
}
