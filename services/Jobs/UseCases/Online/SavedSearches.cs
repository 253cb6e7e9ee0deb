using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Search;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// A seeker's saved searches (订阅): saved with the words, place, kind and least monthly pay the search takes (checked
/// by the search engine's own rules, so a saved search is one the search can run), listed, and stopped. The messages
/// they send come from <see cref="SavedSearchDigests"/>. A person sees and stops only their own.
/// </summary>
public sealed class SavedSearches(JobsDbContext db, OccupationSynonyms synonyms, ChinaClock clock)
{
    public const string IdPrefix = "S";

    /// <summary>Running searches one person may keep: enough for several trades and places, few enough to read daily.</summary>
    public const int MaxRunning = 10;

    public Task<V1.SavedSearch> SaveAsync(V1.SaveMySearchRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OnlinePeople.RequirePerson(caller);
        var asked = Asked(request);
        return IdempotentWrite.RunAsync(db, clock.Now, "SaveMySearch", caller, request.IdempotencyKey, request, V1.SavedSearch.Parser, async () =>
        {
            var running = await db.Set<SavedSearchRecord>().Where(s => s.PersonId == caller.Subject && s.StoppedAt == null).ToListAsync(cancellationToken);
            if (running.FirstOrDefault(s => s.Query == asked.Query && s.Region == asked.Region && s.Kind == asked.Kind && s.MonthlyPayAtLeastFen == asked.MonthlyPayAtLeastFen) is { } same)
            {
                return SavedSearchAnswers.Of(same);
            }

            if (running.Count >= MaxRunning)
            {
                throw DomainRuleException.NotAllowed($"您已订阅 {MaxRunning} 个搜索：请先退订不再需要的，再订阅新的。");
            }

            asked.Id = RecordIds.New(IdPrefix);
            asked.PersonId = caller.Subject;
            asked.SentThrough = DigestWindow.CoveredWhenSaved(clock.Today);
            asked.StampCreated(caller.Subject, clock.Now);
            db.Add(asked);
            await db.SaveChangesAsync(cancellationToken);
            return SavedSearchAnswers.Of(asked);
        }, cancellationToken);
    }

    public async Task<V1.ListMySearchesResponse> ListMineAsync(V1.ListMySearchesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OnlinePeople.RequirePerson(caller);
        var (page, response) = await PersonPages.NewestAsync(db.Set<SavedSearchRecord>(), caller.Subject, request.Page, cancellationToken);
        var answer = new V1.ListMySearchesResponse { Page = response };
        answer.Searches.Add(page.Select(SavedSearchAnswers.Of));
        return answer;
    }

    public Task<V1.SavedSearch> StopAsync(V1.StopMySearchRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OnlinePeople.RequirePerson(caller);
        RequestKeys.RequireId(request.SearchId, "search_id", "订阅编号");
        return IdempotentWrite.RunAsync(db, clock.Now, "StopMySearch", caller, request.IdempotencyKey, request, V1.SavedSearch.Parser, async () =>
        {
            var record = await db.Set<SavedSearchRecord>().SingleOrDefaultAsync(s => s.Id == request.SearchId && s.PersonId == caller.Subject, cancellationToken)
                ?? throw DomainRuleException.NotFound("订阅", request.SearchId);
            if (record.StoppedAt is null)
            {
                record.StoppedAt = clock.Now;
                record.StampChanged(caller.Subject, clock.Now);
                await db.SaveChangesAsync(cancellationToken);
            }

            return SavedSearchAnswers.Of(record);
        }, cancellationToken);
    }

    // The search as stored, refused as the search itself refuses it (text, place), the place required.
    private SavedSearchRecord Asked(V1.SaveMySearchRequest request)
    {
        var region = RegionCodes.Place(request.Region, "region", required: true);
        if (Places.Find(region) is null)
        {
            throw DomainRuleException.Invalid("region", "请选择平台服务的市或县（区）：焦作市及其县（市、区），或济源示范区。");
        }

        if (!Enum.IsDefined(request.EmploymentType))
        {
            throw DomainRuleException.Invalid("employment_type", "未知的岗位类型。");
        }

        var pay = request.MonthlyPayAtLeast?.Fen ?? 0;
        if (pay < 0)
        {
            throw DomainRuleException.Invalid("monthly_pay_at_least", "月薪条件不能为负数；不限薪酬请不填。");
        }

        var record = new SavedSearchRecord
        {
            Query = PlainText.Check(request.Query, "query", 100, "搜索词", required: false).Trim(),
            Region = region,
            Kind = request.EmploymentType == V1.EmploymentType.Unspecified ? null : (int)request.EmploymentType,
            MonthlyPayAtLeastFen = pay > 0 ? pay : null,
        };
        _ = SearchPlan.For(SavedSearchAnswers.Query(record), synonyms);
        return record;
    }
}
