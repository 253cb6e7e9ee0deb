using Employment.Applicants.V1;
using Employment.Common.V1;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>我的登记信息: the person's current facts by name, their disputes, and where a dispute of one is written.</summary>
public sealed record FactsView(HallUser User, string WhoZh, ServiceAnswer<PersonProfile> Profile, IReadOnlyDictionary<string, string> KindNames,
    ServiceAnswer<ListFactDisputesResponse> Disputes, FactDispute? Filed)
{
    public string NameOf(PersonFact fact) => KindNames.GetValueOrDefault(Kit.Forms.FactKinds.Of(fact), "其他情况");

    /// <summary>The dispute of a fact still waiting, if any: a second is not offered.</summary>
    public FactDispute? WaitingOn(string factId) =>
        Disputes.Value?.Disputes.FirstOrDefault(d => d.FactId == factId && d.State == FactDisputeState.Open);
}

/// <summary>纠错's form for one fact: the fact as recorded, what was typed, and the refusal when there was one.</summary>
public sealed record DisputeView(HallUser User, string WhoZh, PersonFact Fact, string KindZh, string WhatIsWrong, string IdempotencyKey, ServiceProblem? Refusal)
{
    public string ActionPath => HallFacts.DisputePathOf(Fact.FactId);
}

/// <summary>
/// 我的登记信息 and 纠错 in the hall: the signed-in person reads what the registry holds about them (<c>GetProfile</c>, with
/// their own token and the purpose logged), and disputes a fact they say is wrong with evidence (<c>DisputeFact</c>); the
/// disputes and how the clerks settled them are listed (<c>ListFactDisputes</c>). The registry decides whose.
/// </summary>
public sealed class HallFacts(ServiceCalls calls)
{
    public const string Path = PublicSiteOptions.HallPath + "/facts";

    /// <summary>The evidence's file input.</summary>
    public const string EvidenceField = "evidence";

    public const string WhatField = "what_is_wrong";

    /// <summary>The purpose the registry logs for this read (查阅记录).</summary>
    public const string Purpose = "hall.facts";

    private const string RegistryZh = "登记信息服务";

    public static string DisputePathOf(string factId) => $"{Path}/{Uri.EscapeDataString(factId)}/dispute";

    public async Task<FactsView> LoadAsync(HallUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var profile = ProfileAsync(user, cancellation);
        var names = NamesAsync(cancellation);
        var disputes = calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, ListFactDisputesResponse>(RegistryZh,
            async (c, o) => await c.ListFactDisputesAsync(new ListFactDisputesRequest { Page = new PageRequest { PageSize = 50 } }, o), cancellation);
        var read = await profile;
        return new FactsView(user, read.Value?.Person?.Name ?? "", read, await names, await disputes, null);
    }

    /// <summary>The form for one of the person's current facts; null when they have no such fact.</summary>
    public async Task<(DisputeView? View, ServiceProblem? Problem)> OpenAsync(HallUser user, string factId, CancellationToken cancellation)
    {
        var read = await ProfileAsync(user, cancellation);
        if (read.Value?.Facts.FirstOrDefault(f => f.FactId == factId && !f.Superseded) is not { } fact)
        {
            return (null, read.Problem);
        }

        var names = await NamesAsync(cancellation);
        return (new DisputeView(user, read.Value.Person?.Name ?? "", fact, names.GetValueOrDefault(Kit.Forms.FactKinds.Of(fact), "其他情况"), "", Kit.Forms.ScreenKeys.New(), null), null);
    }

    /// <summary>提交: what is wrong and the evidence chosen; filed (the list shows it first), or the refusal with the words kept.</summary>
    public async Task<(FactsView? Filed, DisputeView Form)> DisputeAsync(DisputeView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var view = opened with { WhatIsWrong = posted[WhatField].ToString(), IdempotencyKey = Kit.Forms.ScreenKeys.Of(posted) };
        if (view.WhatIsWrong.Trim().Length == 0)
        {
            return (null, view with { Refusal = ServiceProblem.Refused(RegistryZh, "请写明哪里有误、应当是什么。") });
        }

        var request = new DisputeFactRequest { IdempotencyKey = view.IdempotencyKey, FactId = opened.Fact.FactId, WhatIsWrongZh = view.WhatIsWrong };
        foreach (var file in posted.Files.GetFiles(EvidenceField).Where(f => f.Length > 0).Take(3))
        {
            if (file.Length > OnlineApplication.MaxFileBytes)
            {
                return (null, view with { Refusal = ServiceProblem.Refused(RegistryZh, $"文件过大：{ServiceDefaults.Forms.FileWords.SizeZh(file.Length)}，最大 {ServiceDefaults.Forms.FileWords.SizeZh(OnlineApplication.MaxFileBytes)}。") });
            }

            await using var stream = file.OpenReadStream();
            request.Evidence.Add(new Material { Kind = "evidence", FileName = System.IO.Path.GetFileName(file.FileName), Content = await ByteString.FromStreamAsync(stream, cancellation) });
        }

        var filed = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, FactDispute>(RegistryZh,
            async (c, o) => await c.DisputeFactAsync(request, o), cancellation);
        return filed.Value is { } dispute
            ? ((await LoadAsync(opened.User, cancellation)) with { Filed = dispute }, view)
            : (null, view with { Refusal = filed.Problem, IdempotencyKey = Kit.Forms.ScreenKeys.New() });
    }

    private Task<ServiceAnswer<PersonProfile>> ProfileAsync(HallUser user, CancellationToken cancellation) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonProfile>(RegistryZh,
            async (c, o) => await c.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = user.PersonId }, Purpose = Purpose }, o), cancellation);

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellation)
    {
        var forms = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, DescribeFactFormsResponse>(RegistryZh,
            async (c, o) => await c.DescribeFactFormsAsync(new DescribeFactFormsRequest(), o), cancellation);
        return forms.Value?.Person?.Forms.ToDictionary(f => f.Kind, f => f.NameZh, StringComparer.Ordinal) ?? new Dictionary<string, string>();
    }
}
