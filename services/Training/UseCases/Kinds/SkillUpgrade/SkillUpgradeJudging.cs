using Employment.ServiceDefaults.Security;
using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.SkillUpgrade;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>One skill-upgrade judgement with what it was made from.</summary>
public sealed record JudgedSkillUpgrade(RegistryPerson Applicant, SkillCertificate Certificate, Certificate CertificateAsGiven, Region Region, SkillUpgradeJudgement Judgement);

/// <summary>
/// Gathers what a skill-upgrade decision reads — the person's registry facts through the profile
/// cache, the certificate (given, or recorded in the registry), the subsidies already granted from
/// this service's database — and judges it. Writes nothing: preview and submission both start here.
/// </summary>
public sealed class SkillUpgradeJudging(TrainingDbContext db, RegionCheckedRegistry registry, SkillUpgradeRules rules, ChinaClock clock) : IApplicationJudging<JudgedSkillUpgrade>
{
    /// <summary>The kinds whose grants a skill-upgrade or vocational-training application reads as prior subsidies (once per certificate and kind).</summary>
    internal static readonly (int SkillUpgrade, int Vocational) PriorKinds = ((int)V1.SubsidyKind.SkillUpgrade, (int)V1.SubsidyKind.VocationalTraining);

    public async Task<JudgedSkillUpgrade> JudgeAsync(V1.SubmitApplicationRequest request, Region region, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
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
        var prior = await db.ForAsync(applicant.PersonId, CertificateKey(certificate.CertificateNumber), PriorKinds, cancellationToken);
        var judgement = rules.Judge(new SkillUpgradeCase(certificate, ProfileFacts.InsuranceFacts(applicant.Profile), prior, region, today));
        return new JudgedSkillUpgrade(applicant, certificate, given!, region, judgement);
    }

    /// <summary>The certificate number as the uniqueness of R24 compares it.</summary>
    public static string CertificateKey(string number) => number.Trim().ToUpperInvariant();
}
