using Employment.ServiceDefaults.Security;
using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.SkillUpgrade;
using Employment.Training.Domain.VocationalTraining;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>One vocational-training judgement with what it was made from.</summary>
public sealed record JudgedVocationalTraining(RegistryPerson Applicant, TrainingCourse Course, SkillCertificate Certificate, Certificate CertificateAsGiven, Region Region, VocationalTrainingJudgement Judgement);

/// <summary>
/// Gathers what a vocational-training decision reads — the person through the profile cache, the course,
/// the certificate it led to (given, or recorded in the registry), the subsidies already granted from this
/// service's database — and judges it. Writes nothing: preview and submission both start here.
/// </summary>
public sealed class VocationalTrainingJudging(TrainingDbContext db, RegionCheckedRegistry registry, VocationalTrainingRules rules, ChinaClock clock) : IApplicationJudging<JudgedVocationalTraining>
{
    public async Task<JudgedVocationalTraining> JudgeAsync(V1.SubmitApplicationRequest request, Region region, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
        var course = CourseInput.From(request.Course);
        var applicant = await registry.PersonAsync(caller, request.Person, ApplicantQuery.For(today), cancellationToken: cancellationToken);
        var given = request.CertificateRefCase switch
        {
            V1.SubmitApplicationRequest.CertificateRefOneofCase.Certificate => request.Certificate,
            V1.SubmitApplicationRequest.CertificateRefOneofCase.CertificateFactId =>
                ProfileFacts.RecordedCertificate(applicant.Profile, request.CertificateFactId.Trim())
                    ?? throw DomainRuleException.NotFound("证书事实", request.CertificateFactId.Trim()),
            _ => null,
        };
        var certificate = CertificateInput.From(given, "certificate");
        CertificateRecording.CheckRecordable(applicant, request);
        var prior = await db.ForAsync(applicant.PersonId, SkillUpgradeJudging.CertificateKey(certificate.CertificateNumber), SkillUpgradeJudging.PriorKinds, cancellationToken);
        var judgement = rules.Judge(new VocationalTrainingCase(course, certificate, applicant.Profile, prior, region, today));
        return new JudgedVocationalTraining(applicant, course, certificate, given!, region, judgement);
    }
}
