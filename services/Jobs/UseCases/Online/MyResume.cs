using Employment.Jobs.Data;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.UseCases.Matching;
using Employment.Persistence.Idempotency;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// A person's resume (GetMyResume, SaveMyResume): their job-seeker registration, owned by them. What
/// they write replaces what they wrote before; what the counter recorded for matching (codes chosen,
/// kinds, skills, place, an assistance case) is kept as it is. The first save registers them as a
/// seeker living where the registry says they live.
/// </summary>
public sealed class MyResume(JobsDbContext db, SeekerStore store, OnlinePeople people, MatchWeights weights, RegionCheckedRegistry registry, ChinaClock clock)
{
    /// <summary>The registry's purpose when a clerk reads a seeker's resume, as the person's 查阅记录 words it.</summary>
    public const string CounterPurpose = "counter.window";

    /// <summary>
    /// The resume as the clerks of the person's office read it: whole, whatever the person chose for employers. A person
    /// the registry has outside the clerk's region is NOT_FOUND, as one that does not exist (the platform's one
    /// region-checked lookup).
    /// </summary>
    public async Task<V1.Resume> ForCounterAsync(V1.GetSeekerResumeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.PersonId, "person_id", "人员编号");
        var today = clock.Today;
        var profile = (await registry.PersonByIdAsync(caller, request.PersonId, new RegistryQuery(CounterPurpose, "登记人员", "person_id", today), cancellationToken: cancellationToken)).Profile;
        var seeker = await store.FindByPersonAsync(request.PersonId, cancellationToken);
        return ResumeAnswers.Of(seeker, profile.Person?.Name ?? "", RegistryLines.ForPerson(profile, today));
    }

    public async Task<V1.Resume> GetAsync(Caller caller, CancellationToken cancellationToken)
    {
        var profile = await people.PersonAsync(caller, cancellationToken);
        var seeker = await store.FindByPersonAsync(caller.Subject, cancellationToken);
        return ResumeAnswers.Of(seeker, profile.Person?.Name ?? "", RegistryLines.ForPerson(profile, clock.Today));
    }

    public Task<V1.Resume> SaveAsync(V1.SaveMyResumeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (resume, stated) = ResumeInput.Stated(request.Stated);
        var visibility = ResumeInput.Visibility(request.Visibility);
        return IdempotentWrite.RunAsync(db, clock.Now, "SaveMyResume", caller, request.IdempotencyKey, request, V1.Resume.Parser, async () =>
        {
            var today = clock.Today;
            var checkedResume = resume.Checked(today);
            var preferences = stated.Checked(weights.MaxMonthlyPayFloorFen);
            var profile = await people.PersonAsync(caller, cancellationToken);
            var seeker = await store.FindByPersonAsync(caller.Subject, cancellationToken);
            if ((seeker?.Version ?? 0) != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale("简历", seeker?.Version ?? 0, request.ExpectedVersion);
            }

            if (seeker is null)
            {
                if (profile.Person?.ResidenceRegion is not { Code.Length: > 0 } residence)
                {
                    throw DomainRuleException.NotAllowed("登记信息中没有您的常住地，暂不能保存简历：请到人社服务窗口补录常住地后再试。");
                }

                var home = RegionCodes.Place(residence, "home_region", required: true);
                seeker = new SeekerRecord { SeekerId = RecordIds.New(Matching.SaveSeeker.IdPrefix), PersonId = caller.Subject, HomeCountyCode = home, HomeCityCode = Region.CityOf(home) };
                seeker.StampCreated(caller.Subject, clock.Now);
                store.Add(seeker);
            }
            else
            {
                seeker.StampChanged(caller.Subject, clock.Now);
            }

            // The person's words, places and pay replace theirs; the counter's codes, kinds, skills and place stay.
            var kept = SeekerStore.Stated(seeker);
            SeekerStore.Replace(seeker, kept with
            {
                OccupationWords = preferences.OccupationWords,
                Counties = preferences.Counties,
                PayFloorFen = preferences.PayFloorFen,
                PayFloorPeriod = preferences.PayFloorPeriod,
            });
            seeker.ResumeJson = ResumeAnswers.Store(checkedResume);
            seeker.ResumeVisibility = (int)visibility;
            await store.SaveAsync(cancellationToken);
            return ResumeAnswers.Of(seeker, profile.Person?.Name ?? "", RegistryLines.ForPerson(profile, today));
        }, cancellationToken);
    }
}
