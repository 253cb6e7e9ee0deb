using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Training.Domain.SkillUpgrade;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 受理 of a 技能提升补贴: the certificate judged and, when every rule holds, the application stored (a
/// certificate given by hand is recorded in the registry too). A certificate applied for before — also by
/// a racing submission — is ALREADY_EXISTS naming the first application (R24: one subsidy per certificate).
/// </summary>
public sealed class SkillUpgradeApplications(ApplicationStore store, SkillUpgradeJudging judging, CertificateRecording certificates)
    : ApplicationKind<JudgedSkillUpgrade>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.SkillUpgrade, "技能提升补贴", "training.skill_upgrade") { AskedToo = ["certificate"], Online = true, Applicant = FormApplicant.Person, ApplicantPaths = ["person"] }];

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SelfCheckSkillUpgrade>();
        services.AddSelfCheckForm(SelfCheckSkillUpgrade.Form);
        services.TryAddSingleton<SkillUpgradeRules>();
        services.TryAddScoped<SkillUpgradeJudging>();
        services.TryAddScoped<CertificateRecording>();
    }

    /// <summary>A judgement not stored: status PREVIEW, no id, no record.</summary>
    protected override V1.TrainingApplication Preview(JudgedSkillUpgrade judged)
    {
        var answer = PreviewHeader(V1.SubsidyKind.SkillUpgrade, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation);
        answer.Certificate = judged.CertificateAsGiven;
        return answer;
    }

    protected override void EnsureGranted(JudgedSkillUpgrade judged) => judged.Judgement.EnsureGranted(judged.Certificate.CertificateNumber);

    protected override async Task<TrainingApplicationRecord> RecordAsync(string id, JudgedSkillUpgrade judged, V1.SubmitApplicationRequest request, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await certificates.RecordIfGivenAsync(judged.Applicant, request, clerk, cancellationToken);
        var record = NewRecord(id, V1.SubsidyKind.SkillUpgrade, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation, request, clerk, now);
        CertificateInput.Fill(record, judged.Certificate, judged.CertificateAsGiven);
        return record;
    }

    /// <summary>Another submission took the certificate between our judgement and our write.</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedSkillUpgrade judged, CancellationToken cancellationToken)
    {
        var first = await Store.HoldingAsync(V1.SubsidyKind.SkillUpgrade, SkillUpgradeJudging.CertificateKey(judged.Certificate.CertificateNumber), cancellationToken);
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"该证书已申请过技能提升补贴，申请编号 {first}；同一证书只能享受一次（裁定 R24）。 (field: certificate.certificate_number; first application: {first})",
            field: "certificate.certificate_number");
    }
}
