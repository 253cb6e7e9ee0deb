using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Materials;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>Where every kind's claim is stored (the shared <see cref="SubmissionStore{TRequest, TRecord, TAnswer}"/>): the claims table, ids "H…".</summary>
public sealed class ClaimStore(HiringDbContext db, ChinaClock clock, IRecusal recusal, ClaimAnswers answers, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds,
    IMaterialStore materials, PolicyCatalog catalog, Persistence.Lifecycle.RemedySentences remedies, ILogger<ClaimStore> logger)
    : SubmissionStore<V1.SubmitClaimRequest, HiringClaimRecord, V1.HiringClaim>(db, clock, recusal, "H", "SubmitClaim", ClaimRecusal.What, V1.HiringClaim.Parser)
{
    public HiringDbContext Db => db;

    /// <summary>
    /// Called as a claim is added, inside the transaction of its answer: an accepted offer settles itself and writes its
    /// message in the same unit of work, so a claim is never stored with its offer still open, nor an offer settled without its claim.
    /// </summary>
    public Action<HiringClaimRecord>? Taking { get; set; }

    protected override string IdempotencyKeyOf(V1.SubmitClaimRequest request) => request.IdempotencyKey;

    protected override RecusalSubjects SubjectsOf(HiringClaimRecord record) => ClaimRecusal.Of(record, record.Items);

    /// <summary>
    /// The request's 申报材料 checked against the catalog's list for the kind's measure in the claim's region on the day it
    /// was received; online, every required one must come (INVALID_ARGUMENT naming it).
    /// </summary>
    public IReadOnlyList<CheckedMaterial> MaterialsOf(V1.SubmitClaimRequest request, string region, DateOnly receivedOn, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CatalogMaterials.Check(catalog, kinds.Of(request.Kind).Measure, Region.Parse(region), receivedOn, request.Materials, OnlineTaking.ChannelOf(caller) == Channel.Online);
    }

    protected override void Add(HiringClaimRecord record, Caller clerk)
    {
        record.Channel = (int)OnlineTaking.ChannelOf(clerk);
        Taking?.Invoke(record);
        db.Claims.Add(record);
        record.Stored = materials.Add(record.Id, record.Received, clerk, record.CreatedAt);
        if ((ClaimStatus)record.Status == ClaimStatus.Rejected)
        {
            // Refused as it was taken (坚持申请): the claimant is told the decision itself.
            ClaimMessages.Decided(db, record, kinds.NameZh((V1.SubsidyKind)record.Kind), record.CreatedAt, remedies);
        }
        else if (record.Channel != (int)Channel.Offered)
        {
            ClaimMessages.Received(db, record, kinds.NameZh((V1.SubsidyKind)record.Kind), record.CreatedAt);
        }

        // A person claiming (flexible worker, transport) has no employer to name in the log.
        var creditMasked = record.EmployerCreditCode.Length > 0 ? IdentityNumbers.IdMasking.CreditCode(record.EmployerCreditCode) : "";
        HiringLog.ClaimSubmitted(logger, record.Id, clerk.Subject, creditMasked, record.Items.Count, record.TotalFen, record.Region);
        if (record.ReceivedOn < ChinaClock.DateOf(record.CreatedAt))
        {
            // R31: a back-dated entry is audited with its clerk and receipt.
            HiringLog.BackDatedClaim(logger, record.Id, clerk.Subject, record.ReceivedOn, ChinaClock.DateOf(record.CreatedAt), record.ReceiptNumber);
        }
    }

    protected override V1.HiringClaim Answer(HiringClaimRecord record) => answers.Of(record);

    protected override string IdOf(V1.HiringClaim answer) => answer.ClaimId;

    protected override void GiveProgressCode(V1.HiringClaim answer, string code) => answer.ProgressCode = code;
}
