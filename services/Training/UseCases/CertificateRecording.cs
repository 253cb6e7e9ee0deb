using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// A certificate the counter gives by value, not yet in the registry, is recorded there as the person's
/// 证书 fact: through the registry's own API (<c>AddPersonFact</c>), with this service's token (the typed
/// client the profile cache registered), never in the registry's database.
/// </summary>
/// <remarks>
/// Called inside the submission's write, after every rule held and before the application is stored:
/// a refusal records nothing; a registry failure fails the submission before anything is stored here.
/// The registry key is derived from the person and the certificate number, so a retry after a failure
/// between the registry's answer and our commit, or submissions racing with the same certificate, add
/// no second fact (and a later submission finds it in the profile and adds nothing). The one order that can leave a trace is that one: the certificate recorded, the
/// application not — a true fact about the person, never an application without its certificate.
/// </remarks>
public sealed class CertificateRecording(ApplicantsApi.ApplicantsClient registry, IProfileInvalidator profiles)
{
    /// <summary>
    /// A certificate given by value that the registry does not hold yet will be recorded there, and a registry fact
    /// names who vouches for it: its issuing body. Checked while judging, so a preview refuses what taking would.
    /// </summary>
    public static void CheckRecordable(RegistryPerson applicant, V1.SubmitApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(request);
        if (request.CertificateRefCase == V1.SubmitApplicationRequest.CertificateRefOneofCase.Certificate
            && !Recorded(applicant.Profile, request.Certificate)
            && string.IsNullOrWhiteSpace(request.Certificate.IssuingBody))
        {
            throw DomainRuleException.Invalid("certificate.issuing_body",
                "请填写发证机构：这张证书尚未记入登记系统，受理时要连同颁发机构一起记入（如“焦作市职业技能鉴定中心”）。");
        }
    }

    private static bool Recorded(PersonProfile profile, Certificate given)
    {
        var number = SkillUpgradeJudging.CertificateKey(given.CertificateNumber);
        return profile.Facts.Any(f => !f.Superseded && f.Kind == PersonFactKind.Certificate
            && f.Certificate is { } recorded && SkillUpgradeJudging.CertificateKey(recorded.CertificateNumber) == number);
    }

    /// <summary>
    /// Records a certificate a counter gave by value. One a person states online is not recorded: it rests on the scan
    /// they uploaded until a clerk, deciding, has checked it (the application still holds it once, R24).
    /// </summary>
    public async Task RecordIfGivenAsync(RegistryPerson applicant, V1.SubmitApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(request);
        if (request.CertificateRefCase != V1.SubmitApplicationRequest.CertificateRefOneofCase.Certificate
            || Persistence.Submissions.OnlineTaking.ChannelOf(caller) == Channel.Online)
        {
            return;
        }

        var given = request.Certificate;
        var number = SkillUpgradeJudging.CertificateKey(given.CertificateNumber);
        if (Recorded(applicant.Profile, given))
        {
            return;
        }

        var certificate = given.Clone();
        certificate.CertificateNumber = given.CertificateNumber.Trim();
        await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            // One key per person and certificate: retries and racing submissions of the same certificate add one fact.
            IdempotencyKey = $"training-subsidies/certificate/{applicant.PersonId}/{number}",
            PersonId = applicant.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.Certificate,
                Period = new DatePeriod { From = given.IssueDate },
                Authority = given.IssuingBody.Trim(),
                EvidenceReference = certificate.CertificateNumber,
                Certificate = certificate,
            },
        }, cancellationToken: cancellationToken);

        // The fact bumped the profile's version: our own cached copy (the registry tells Redis and the
        // other processes, but a host without Redis only hears it from here) must not be read again.
        await profiles.InvalidatePersonAsync(applicant.PersonId, applicant.Profile.ProfileVersion + 1, cancellationToken);
    }
}
