using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Training.Domain.VocationalTraining;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 受理 of a 职业培训补贴: the completed course and the certificate it led to judged and, when every rule
/// holds, the application stored. A course or certificate subsidised before — also by a racing submission —
/// is ALREADY_EXISTS naming the first application.
/// </summary>
public sealed class VocationalTrainingApplications(ApplicationStore store, VocationalTrainingJudging judging, CertificateRecording certificates)
    : ApplicationKind<JudgedVocationalTraining>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.VocationalTraining, "职业培训补贴", "training.vocational_training") { AskedToo = ["course", "certificate"], Online = true, Applicant = FormApplicant.Person, ApplicantPaths = ["person"] }];

    /// <summary>Judged by the rules in force on the course's end.</summary>
    public override DateOnly EventDate(TrainingApplicationRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.CourseEnd ?? row.IssueDate;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SelfCheckVocationalTraining>();
        services.AddSelfCheckForm(SelfCheckVocationalTraining.Form);
        services.TryAddSingleton<VocationalTrainingRules>();
        services.TryAddScoped<VocationalTrainingJudging>();
        services.TryAddScoped<CertificateRecording>();
    }

    /// <summary>A vocational-training judgement not stored: status PREVIEW, no id, no record.</summary>
    protected override V1.TrainingApplication Preview(JudgedVocationalTraining judged)
    {
        var answer = PreviewHeader(V1.SubsidyKind.VocationalTraining, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation);
        answer.Certificate = judged.CertificateAsGiven;
        answer.Course = CourseInput.ToProto(judged.Course);
        return answer;
    }

    protected override void EnsureGranted(JudgedVocationalTraining judged) => judged.Judgement.EnsureGranted(judged.Course.CourseId);

    protected override async Task<TrainingApplicationRecord> RecordAsync(string id, JudgedVocationalTraining judged, V1.SubmitApplicationRequest request, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await certificates.RecordIfGivenAsync(judged.Applicant, request, clerk, cancellationToken);
        var record = NewRecord(id, V1.SubsidyKind.VocationalTraining, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation, request, clerk, now);
        CertificateInput.Fill(record, judged.Certificate, judged.CertificateAsGiven);
        record.CourseId = judged.Course.CourseId;
        record.CourseInstitutionName = judged.Course.InstitutionName;
        record.CourseInstitutionCreditCode = judged.Course.InstitutionCreditCode;
        record.CourseStart = judged.Course.Start;
        record.CourseEnd = judged.Course.End;
        record.CourseHours = judged.Course.Hours;
        return record;
    }

    /// <summary>Another submission took the certificate between our judgement and our write.</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedVocationalTraining judged, CancellationToken cancellationToken)
    {
        var first = await Store.HoldingAsync(V1.SubsidyKind.VocationalTraining, SkillUpgradeJudging.CertificateKey(judged.Certificate.CertificateNumber), cancellationToken);
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"该证书对应的培训已申请过职业培训补贴，申请编号 {first}；同一培训只能享受一次。 (field: certificate.certificate_number; first application: {first})",
            field: "certificate.certificate_number");
    }
}
