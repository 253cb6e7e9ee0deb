using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Clients;
using ApplicantsClient = Employment.Applicants.V1.Applicants.ApplicantsClient;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>What 我的办事 shows: who is signed in (by the registry's name), their records from every service newest first, and each service that could not answer.</summary>
public sealed record MineView(HallUser User, string WhoZh, IReadOnlyList<ApplicationProgress> Records, IReadOnlyList<ServiceProblem> Problems,
    IReadOnlyList<OnlineKind> ApplyOnline, IReadOnlyList<ReceivedMessage> Messages, IReadOnlyList<Applicants.V1.ProfileRead> Reads)
{
    /// <summary>免申即享: what the registry's facts make owed to them, open first.</summary>
    public IReadOnlyList<SubsidyOffer> Offers { get; init; } = [];

    /// <summary>Each record's service, by its reference.</summary>
    public IReadOnlyDictionary<string, string> ServiceOf { get; init; } = new Dictionary<string, string>();

    /// <summary>Where 撤回申请 is confirmed for a record its owner may withdraw now; null otherwise.</summary>
    public string? WithdrawPathOf(ApplicationProgress record) =>
        record is { Withdrawable: true } && ServiceOf.TryGetValue(record.Reference, out var service) ? HallWithdrawals.PathOf(service, record.Reference) : null;

    /// <summary>Where its 决定书 opens, once decided; null otherwise.</summary>
    public string? LetterPathOf(ApplicationProgress record) =>
        record is { HasLetter: true } && ServiceOf.TryGetValue(record.Reference, out var service) ? HallLetters.PathOf(service, record.Reference) : null;

    /// <summary>
    /// Where its 申诉 opens: for a refusal (the letter says what else it refuses), and for a record appealed before, whose
    /// appeals and their letters are there; null otherwise.
    /// </summary>
    public string? AppealPathOf(ApplicationProgress record) =>
        record is not null && ServiceOf.TryGetValue(record.Reference, out var service)
            && ((record.HasLetter && record.State == "REJECTED") || MessagesAbout(record.Reference).Any(m => m.Message.Step.StartsWith("APPEAL_", StringComparison.Ordinal)))
            ? HallAppeals.PathOf(service, record.Reference)
            : null;

    /// <summary>The messages about one record, newest first.</summary>
    public IReadOnlyList<ReceivedMessage> MessagesAbout(string reference) => [.. Messages.Where(m => m.Message.RecordId == reference)];
}

/// <summary>
/// 我的办事: the signed-in person's applications, claims and loans, or the employer's claims for its agent, from each
/// subsidy service's <c>SubsidyCases.ListMine</c> with their own token, so each service decides whose they are. One service down leaves the
/// others shown, and says so.
/// </summary>
public sealed class MyAffairs(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, OnlineApplication online, HallOffers hallOffers)
{
    private const int PageSize = 100;

    /// <summary>The latest reads of the person's record shown (查阅记录).</summary>
    private const int ReadsShown = 20;

    public async Task<MineView> LoadAsync(HallUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var request = new ListMineRequest { Page = new PageRequest { PageSize = PageSize } };
        var who = HallNames.WhoAsync(calls, user, cancellation);
        var offered = hallOffers.ListAsync(cancellation);
        // Every subsidy service's 我的办事 through the one shared contract; an agent's, where the service keeps employers' records.
        var lists = calls.CallEachAsync(cases, cases.Services.Where(s => !user.ForEmployer || s.ForEmployers),
            async (c, o) => await c.ListMineAsync(request, o), cancellation);
        var forms = online.KindsAsync(cancellation, user);
        var reads = user.ForEmployer ? null : calls.CallAsync<ApplicantsClient, Applicants.V1.ListMyReadsResponse>("登记信息服务", async (c, o) =>
            await c.ListMyReadsAsync(new Applicants.V1.ListMyReadsRequest { Page = new PageRequest { PageSize = ReadsShown } }, o), cancellation);
        var messages = calls.CallAsync<ApplicantsClient, Applicants.V1.ListMyMessagesResponse>("消息服务", async (c, o) =>
            await c.ListMyMessagesAsync(new Applicants.V1.ListMyMessagesRequest { Page = new PageRequest { PageSize = 200 } }, o), cancellation);
        var answers = await lists;
        var name = await who;
        var open = forms is null ? null : await forms;
        var told = await messages;
        var read = reads is null ? null : await reads;
        var offers = await offered;
        var records = answers.SelectMany(a => a.Answer.Value?.Records ?? [])
            .OrderByDescending(r => r.SubmittedOn?.Year).ThenByDescending(r => r.SubmittedOn?.Month).ThenByDescending(r => r.SubmittedOn?.Day)
            .ThenByDescending(r => r.UpdatedAt?.Seconds)
            .ToList();
        ServiceProblem?[] problems = [name.Problem, .. answers.Select(a => a.Answer.Problem), offers.Problem, .. open?.Problems ?? [], told.Problem, read?.Problem];
        return new MineView(user, name.Value ?? "", records, [.. problems.OfType<ServiceProblem>().DistinctBy(p => p.Message)], open?.Kinds ?? [],
            told.Value?.Messages ?? [], read?.Value?.Reads ?? [])
        {
            Offers = offers.Value?.Offers ?? [],
            ServiceOf = answers.SelectMany(a => a.Answer.Value?.Records.Select(r => (r.Reference, a.Service.Name)) ?? [])
                .DistinctBy(r => r.Reference).ToDictionary(r => r.Reference, r => r.Name, StringComparer.Ordinal),
        };
    }
}
