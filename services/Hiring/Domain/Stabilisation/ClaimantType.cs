namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// What kind of organisation claims the 稳岗返还 (R17): 参保企业, one of the six types the clauses let
/// 「参照实施」, or another kind (事业单位, 机关…), which the measure does not cover.
/// </summary>
public enum ClaimantType
{
    /// <summary>企业: its size is a recorded fact (R13).</summary>
    Enterprise,

    /// <summary>社会团体.</summary>
    SocialGroup,

    /// <summary>基金会.</summary>
    Foundation,

    /// <summary>社会服务机构.</summary>
    SocialServiceOrganisation,

    /// <summary>律师事务所.</summary>
    LawFirm,

    /// <summary>会计师事务所.</summary>
    AccountingFirm,

    /// <summary>个体工商户: 参照实施 only when insured as a unit (以单位形式参保).</summary>
    IndividualBusiness,

    /// <summary>事业单位、机关 and any other kind: not a claimant.</summary>
    Other,
}
