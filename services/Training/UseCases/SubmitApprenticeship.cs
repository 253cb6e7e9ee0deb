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
/// 受理 of a 新型学徒制 subsidy for one apprentice's training year, paid to the enterprise (R26): judged and,
/// when every rule holds, stored in the same transaction as its answer. A year subsidised before — also by
/// a racing submission — is ALREADY_EXISTS naming the first application (每人每年: one per apprentice and year).
/// </summary>
public sealed class SubmitApprenticeship(TrainingDbContext db, ApprenticeshipJudging judging, ChinaClock clock, ILogger<SubmitApprenticeship> logger)
{
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
                certificateKey = ApprenticeshipJudging.YearKey(judged.Applicant.PersonId, judged.Year.TrainingYear);
                judged.Judgement.EnsureGranted(judged.Year.TrainingYear);
                var record = new TrainingApplicationRecord
                {
                    Id = RecordIds.New(SubmitSkillUpgrade.IdPrefix),
                    Kind = (int)V1.SubsidyKind.NewApprenticeship,
                    Status = (int)ApplicationStatus.Submitted,
                    PersonId = judged.Applicant.PersonId,
                    IdNumberMasked = judged.Applicant.IdNumberMasked,
                    NameMasked = judged.Applicant.NameMasked,
                    Region = region.Code,
                    CertificateNumber = "",
                    CertificateKey = certificateKey,
                    OccupationCode = judged.Year.OccupationCode,
                    Level = (int)judged.Year.Level,
                    IssueDate = judged.Year.Start,
                    AmountFen = judged.Judgement.AmountFen,
                    EnterpriseCreditCode = judged.Year.EnterpriseCreditCode,
                    EnterpriseName = judged.Year.EnterpriseName,
                    TrainingYear = judged.Year.TrainingYear,
                    TrainingYearStart = judged.Year.Start,
                    TrainingYearEnd = judged.Year.End,
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
            // Another submission took the training year between our judgement and our write.
            db.ChangeTracker.Clear();
            var kind = (int)V1.SubsidyKind.NewApprenticeship;
            var first = await db.Applications.AsNoTracking().Where(a => a.Kind == kind && a.CertificateKey == certificateKey).Select(a => a.Id).FirstOrDefaultAsync(CancellationToken.None);
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"该学徒该培训年度已申请过新型学徒制培训补贴，申请编号 {first}；每人每年只能享受一次。 (field: apprenticeship.training_year; first application: {first})",
                field: "apprenticeship.training_year");
        }
    }
}
