using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 受理: judges the certificate and, when every rule holds, stores the application in the same
/// transaction as its answer (durable before the answer; a retry with the key gets the first answer).
/// A broken rule stores nothing and is refused (DomainRuleException); a certificate applied for
/// before — also by a racing submission — is ALREADY_EXISTS naming the first application.
/// </summary>
public sealed class SubmitSkillUpgrade(TrainingDbContext db, SkillUpgradeJudging judging, CertificateRecording certificates, ChinaClock clock, ILogger<SubmitSkillUpgrade> logger)
{
    public const string IdPrefix = "T";

    public async Task<V1.TrainingApplication> SubmitAsync(V1.SubmitApplicationRequest request, Region region, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var certificateKey = "";
        (string Id, IssuedProgressCode Code)? issued = null;
        try
        {
            var answer = await IdempotentWrite.RunAsync(db, clock.Now, "SubmitApplication", clerk, request.IdempotencyKey, request, V1.TrainingApplication.Parser, async () =>
            {
                var judged = await judging.JudgeAsync(request, region, clerk, cancellationToken);
                certificateKey = SkillUpgradeJudging.CertificateKey(judged.Certificate.CertificateNumber);
                judged.Judgement.EnsureGranted(judged.Certificate.CertificateNumber);
                await certificates.RecordIfGivenAsync(judged.Applicant, request, cancellationToken);
                var record = new TrainingApplicationRecord
                {
                    Id = RecordIds.New(IdPrefix),
                    Kind = (int)V1.SubsidyKind.SkillUpgrade,
                    Status = (int)ApplicationStatus.Submitted,
                    PersonId = judged.Applicant.PersonId,
                    IdNumberMasked = judged.Applicant.IdNumberMasked,
                    NameMasked = judged.Applicant.NameMasked,
                    Region = region.Code,
                    CertificateNumber = judged.Certificate.CertificateNumber,
                    CertificateKey = certificateKey,
                    OccupationCode = judged.Certificate.OccupationCode,
                    OccupationName = judged.Certificate.OccupationName,
                    Level = (int)judged.Certificate.Level,
                    IssueDate = judged.Certificate.IssueDate,
                    IssuingBody = CertificateInput.IssuingBody(judged.CertificateAsGiven, "certificate"),
                    AmountFen = judged.Judgement.AmountFen,
                    Explanation = judged.Judgement.Explanation.ToByteArray(),
                    PaymentAccount = CertificateInput.PaymentAccount(request),
                };
                record.StampCreated(clerk.Subject, clock.Now);
                var code = ProgressCodes.Issue();
                record.ProgressCodeHash = code.Stored;
                issued = (record.Id, code);
                db.Applications.Add(record);
                TrainingLog.ApplicationSubmitted(logger, record.Id, clerk.Subject, record.IdNumberMasked, record.AmountFen, record.Region);
                return ApplicationAnswers.Of(record);
            }, cancellationToken);
            return ApplicationAnswers.WithProgressCode(answer, issued);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another submission took the certificate between our judgement and our write.
            db.ChangeTracker.Clear();
            var kind = (int)V1.SubsidyKind.SkillUpgrade;
            var first = await db.Applications.AsNoTracking().Where(a => a.Kind == kind && a.CertificateKey == certificateKey).Select(a => a.Id).FirstOrDefaultAsync(CancellationToken.None);
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"该证书已申请过技能提升补贴，申请编号 {first}；同一证书只能享受一次（裁定 R24）。 (field: certificate.certificate_number; first application: {first})",
                field: "certificate.certificate_number");
        }
    }
}
