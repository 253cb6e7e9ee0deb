using Employment.ServiceDefaults.Clients;

namespace Employment.Applicants.Domain.Reads;

/// <summary>
/// A read of a person's record as the person is told of it: who read (a service by its name, a member of staff by role
/// and 工号) and why (the purpose the reader stated), in words. A purpose or reader not named here is shown as kept.
/// </summary>
public static class ReadWording
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["counter"] = "人社窗口工作人员",
        ["auditor"] = "稽核人员",
        ["admin"] = "系统管理员",
        ["bank"] = "经办银行",
        ["employer"] = "用人单位经办人",
    };

    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["counter.window"] = "人社窗口办理业务时查阅",
        ["counter.fact-correction"] = "人社窗口补录或更正登记信息",
        ["training.skill_upgrade"] = "审核培训补贴申请",
        ["hiring.claim"] = "审核就业补贴申请",
        ["hiring.owed_subsidies"] = "查找可以享受的补贴（免申即享）",
        ["hiring.offers"] = "为您找出可以直接领取的补贴（免申即享）",
        ["loans.eligibility"] = "审查创业担保贷款资格",
        ["loans.consent"] = "登记您给银行的书面查询授权",
        ["identity.sign-in"] = "登录时核对身份",
        ["identity.staff-account"] = "开立工作人员账号",
        ["jobs.assistance"] = "就业援助",
        ["jobs.key_enterprise"] = "重点企业用工服务",
        ["jobs.matching"] = "岗位匹配",
        ["jobs.resume"] = "生成您的求职简历、投递岗位",
        ["jobs.applicants"] = "核对用人单位身份，查看本单位岗位的投递",
        ["hall.self_check"] = "按您的登记信息填好政策测算表",
        ["hall.facts"] = "您在网上查看本人的登记信息、申请纠错",
        ["risk.scan"] = "补贴资金稽核",
    };

    /// <summary>The reader as the log keeps it ("training-subsidies", "counter:JZ-CLERK-01"), in words.</summary>
    public static string ReaderZh(string reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (PlatformServices.Find(reader) is { } service)
        {
            return service.NameZh;
        }

        var colon = reader.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var (role, subject) = (reader[..colon], reader[(colon + 1)..]);
            if (role == "person")
            {
                return "您本人";
            }

            if (Roles.TryGetValue(role, out var roleZh))
            {
                return role is "counter" or "auditor" or "admin" ? $"{roleZh}（工号 {subject}）" : roleZh;
            }
        }

        return reader;
    }

    /// <summary>The purpose stated ("counter.window"), in words; one not known here as stated.</summary>
    public static string PurposeZh(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return Purposes.TryGetValue(purpose, out var words) ? words : $"其他用途（{purpose}）";
    }
}
