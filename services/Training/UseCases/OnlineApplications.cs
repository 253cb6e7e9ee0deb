using Employment.Common.V1;
using Employment.Persistence.Materials;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 网上办理 (焦政办〔2023〕36号（十七）): a signed-in person applies for their own 技能提升补贴 or 职业培训补贴, judged by the
/// same kinds and rules as at a counter, the channel kept with the application. What they upload (申报材料) is checked
/// here before anything is judged; a certificate the registry does not hold comes with its scan or photo, which the
/// clerk checks it against when deciding.
/// </summary>
public static class OnlineApplications
{
    /// <summary>The files an application may carry: kind → what it is, in words.</summary>
    public static IReadOnlyDictionary<string, string> MaterialKinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["certificate"] = "证书的扫描件或照片",
    };

    /// <summary>What the person is told of each file the online form asks for.</summary>
    public static IReadOnlyDictionary<string, string> MaterialHints { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["certificate"] = "证书尚未记入登记系统时必须上传，窗口审核时据此核对。",
    };

    /// <summary>The files a form taken online asks for, as its description names them.</summary>
    public static IEnumerable<MaterialAsked> Asked() =>
        MaterialKinds.Select(m => new MaterialAsked { Kind = m.Key, NameZh = m.Value, HintZh = MaterialHints.GetValueOrDefault(m.Key, "") });

    public static Channel ChannelOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is CallerRole.Person or CallerRole.Employer ? Channel.Online : Channel.Counter;
    }

    public static IReadOnlyList<CheckedMaterial> Materials(V1.SubmitApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MaterialIntake.Check(request.Materials, MaterialKinds, "materials");
    }

    /// <summary>
    /// Before a preview or a submission is judged: the files as they arrived; for a person online, a kind a person
    /// applies for (<paramref name="kind"/>, as its class says), their own record (the token's person when the request
    /// names none) and, for a certificate given by value, its scan.
    /// </summary>
    public static void Check(V1.SubmitApplicationRequest request, TakenKind<V1.SubsidyKind> kind, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var files = Materials(request);
        if (ChannelOf(caller) != Channel.Online)
        {
            return;
        }

        if (!kind.Online)
        {
            throw ServiceDefaults.Errors.RpcErrors.Denied($"{kind.NameZh}不能由个人在网上申请，请由领取补贴的单位到人社窗口办理。 (kind: not taken online)");
        }

        if (request.Person is null || request.Person.KeyCase == PersonKey.KeyOneofCase.None)
        {
            request.Person = new PersonKey { PersonId = caller.Subject };
        }

        if (request.CertificateRefCase == V1.SubmitApplicationRequest.CertificateRefOneofCase.Certificate && !files.Any(f => f.Kind == "certificate"))
        {
            throw DomainRuleException.Invalid("materials", "请上传证书的扫描件（PDF）或照片（JPG、PNG）：这张证书尚未记入登记系统，窗口审核时据此核对。");
        }
    }
}
