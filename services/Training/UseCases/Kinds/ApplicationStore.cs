using Employment.Persistence.Materials;
using Employment.Persistence.Outbox;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>Where every kind's application is stored (the shared <see cref="SubmissionStore{TRequest, TRecord, TAnswer}"/>): the applications table, ids "T…".</summary>
public sealed class ApplicationStore(TrainingDbContext db, ChinaClock clock, IRecusal recusal, IMaterialStore materials, Employment.Policy.PolicyCatalog catalog,
    SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, Persistence.Lifecycle.RemedySentences remedies, ILogger<ApplicationStore> logger)
    : SubmissionStore<V1.SubmitApplicationRequest, TrainingApplicationRecord, V1.TrainingApplication>(db, clock, recusal, "T", "SubmitApplication", DecideApplication.What, V1.TrainingApplication.Parser)
{
    private (V1.SubmitApplicationRequest Request, IReadOnlyList<CheckedMaterial> Files)? _checked;

    /// <summary>The application of <paramref name="kind"/> that holds the unique key (a certificate, an apprentice's year), if one is stored.</summary>
    public Task<string?> HoldingAsync(V1.SubsidyKind kind, string key, CancellationToken cancellationToken)
    {
        var stored = (int)kind;
        return db.Applications.AsNoTracking().Where(a => a.Kind == stored && a.CertificateKey == key).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The request's 申报材料 checked against the catalog's list for the kind's measure in <paramref name="region"/> today;
    /// online, every required one must come (INVALID_ARGUMENT naming it).
    /// </summary>
    public IReadOnlyList<CheckedMaterial> MaterialsOf(V1.SubmitApplicationRequest request, Employment.Policy.Model.Region region, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Checked once per request: the kind's admission reads the list, and the record stores the same.
        if (_checked is { } done && ReferenceEquals(done.Request, request))
        {
            return done.Files;
        }

        var files = CatalogMaterials.Check(catalog, kinds.Of(request.Kind).Measure, region, Clock.Today, request.Materials, OnlineTaking.ChannelOf(caller) == Common.V1.Channel.Online);
        _checked = (request, files);
        return files;
    }

    protected override string IdempotencyKeyOf(V1.SubmitApplicationRequest request) => request.IdempotencyKey;

    protected override RecusalSubjects SubjectsOf(TrainingApplicationRecord record) => ApplicationRecusal.Of(record);

    protected override void Add(TrainingApplicationRecord record, Caller clerk)
    {
        db.Applications.Add(record);
        record.Stored = materials.Add(record.Id, record.Received, clerk, record.CreatedAt);
        var kind = kinds.Of((V1.SubsidyKind)record.Kind);
        var region = Employment.Policy.Model.Region.Parse(record.Region);
        var today = ChinaClock.DateOf(record.CreatedAt);
        // Refused as it was taken (坚持申请), the applicant is told the decision itself.
        db.AddMessage((ApplicationStatus)record.Status == ApplicationStatus.Rejected
            ? TrainingMessages.Decided(record, kind.NameZh, approved: false, record.CreatedAt, remedies.For(region, today))
            : TrainingMessages.Received(record, kind.NameZh, Persistence.Reviews.DecisionTimeLimits.DueOn(catalog, kind.Measure, region, today)), record.CreatedAt);
        TrainingLog.ApplicationSubmitted(logger, record.Id, clerk.Subject, record.IdNumberMasked, record.AmountFen, record.Region);
    }

    protected override V1.TrainingApplication Answer(TrainingApplicationRecord record) => ApplicationAnswers.Of(record);

    protected override string IdOf(V1.TrainingApplication answer) => answer.ApplicationId;

    protected override void GiveProgressCode(V1.TrainingApplication answer, string code) => answer.ProgressCode = code;
}
