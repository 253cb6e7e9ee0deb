namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// The mode a seeker may choose under 《互联网信息服务算法推荐管理规定》第十七条 ("不针对其个人特征的选项"): the
/// newest postings in their home region, no profile and no tag used, no score. 公益性岗位 are left
/// out, since showing them needs the profile (R26: certified 就业困难人员 only).
/// </summary>
public static class NonPersonalised
{
    public const string Rule = "jobs.matching.non_personalised_mode";

    /// <summary>What the list is, its places named as people name them (焦作市 解放区), never by code.</summary>
    public static string NoticeZh(IEnumerable<string> regions) =>
        $"不使用个人特征的推荐（{SeekerTag.RuleCitationZh}）：以下是{string.Join("、", regions.Select(Employment.ServiceDefaults.Regions.Places.ProperNameOf).Where(n => n.Length > 0))}最新发布的岗位，按发布时间排列，未使用您的登记资料和标签，也不计算匹配分；公益性岗位需核验身份，此模式下不展示。";

    public const string PersonalisedNoticeZh =
        "以下岗位按匹配分排列，每项理由注明得分；您可以查看并删除用于匹配的个人标签，或改用不使用个人特征的推荐（" + SeekerTag.RuleCitationZh + "）。";
}
