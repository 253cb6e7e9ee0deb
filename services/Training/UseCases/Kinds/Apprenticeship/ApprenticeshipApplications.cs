using Employment.Persistence.Lifecycle;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Training.Domain.Apprenticeship;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 受理 of a 新型学徒制 subsidy for one apprentice's training year, paid to the enterprise (R26): judged and,
/// when every rule holds, stored. A year subsidised before — also by a racing submission — is ALREADY_EXISTS
/// naming the first application (每人每年: one per apprentice and year).
/// </summary>
public sealed class ApprenticeshipApplications(ApplicationStore store, ApprenticeshipJudging judging)
    : ApplicationKind<JudgedApprenticeship>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.NewApprenticeship, "企业新型学徒制培训补贴", "training.new_apprenticeship") {
        AskedToo = ["apprenticeship"],
        // Online the enterprise applies through its agent for its own apprentice (R26: paid to the enterprise): the apprentice
        // is asked, the enterprise is named by its credit code, which must be the agent's employer's.
        Online = true,
        ApplicantPaths = [],
        ApplicantNumberPaths = ["apprenticeship.enterprise_credit_code"],
    }];

    /// <summary>Judged by the rules in force on the training year's start.</summary>
    public override DateOnly EventDate(TrainingApplicationRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.TrainingYearStart ?? row.IssueDate;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SelfCheckApprenticeship>();
        services.AddSelfCheckForm(SelfCheckApprenticeship.Form);
        services.TryAddSingleton<ApprenticeshipRules>();
        services.TryAddScoped<ApprenticeshipJudging>();
    }

    /// <summary>A 新型学徒制 judgement not stored: status PREVIEW, no id, no record.</summary>
    protected override V1.TrainingApplication Preview(JudgedApprenticeship judged)
    {
        var answer = PreviewHeader(V1.SubsidyKind.NewApprenticeship, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation);
        answer.Apprenticeship = ApprenticeshipInput.ToProto(judged.Year);
        return answer;
    }

    protected override void EnsureGranted(JudgedApprenticeship judged) => judged.Judgement.EnsureGranted(judged.Year.TrainingYear);

    protected override Task<TrainingApplicationRecord> RecordAsync(string id, JudgedApprenticeship judged, V1.SubmitApplicationRequest request, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = NewRecord(id, V1.SubsidyKind.NewApprenticeship, judged.Applicant, judged.Region, judged.Judgement.AmountFen, judged.Judgement.Explanation, request, clerk, now);
        record.CertificateKey = ApprenticeshipJudging.YearKey(judged.Applicant.PersonId, judged.Year.TrainingYear);
        record.OccupationCode = judged.Year.OccupationCode;
        record.Level = (int)judged.Year.Level;
        record.IssueDate = judged.Year.Start;
        record.EnterpriseCreditCode = judged.Year.EnterpriseCreditCode;
        record.EnterpriseName = judged.Year.EnterpriseName;
        record.TrainingYear = judged.Year.TrainingYear;
        record.TrainingYearStart = judged.Year.Start;
        record.TrainingYearEnd = judged.Year.End;
        return Task.FromResult(record);
    }

    /// <summary>Another submission took the training year between our judgement and our write.</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedApprenticeship judged, CancellationToken cancellationToken)
    {
        var first = await Store.HoldingAsync(V1.SubsidyKind.NewApprenticeship, ApprenticeshipJudging.YearKey(judged.Applicant.PersonId, judged.Year.TrainingYear), cancellationToken);
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"该学徒该培训年度已申请过新型学徒制培训补贴，申请编号 {first}；每人每年只能享受一次。 (field: apprenticeship.training_year; first application: {first})",
            field: "apprenticeship.training_year");
    }
}
