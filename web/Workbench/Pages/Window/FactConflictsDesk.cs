using Employment.Applicants.V1;
using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>
/// 来源不一致 on a person's or an employer's window: the agency records that replaced what a clerk, an employer or the
/// person had stated, read with the clerk's token (the registry answers only within the clerk's office), and 已核对 with
/// what the clerk found, posted to the conflict's own address.
/// </summary>
public sealed class FactConflictsDesk(ServiceCalls calls)
{
    public const string NoteField = "note";

    public static string PathOf(Applicant subject, string conflictId)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var window = subject.Employer ? EmployerWindow.PathOf(subject.Id) : PersonWindow.PathOf(subject.Id);
        return $"{window}/conflicts/{Uri.EscapeDataString(conflictId)}";
    }

    public Task<ServiceAnswer<ListFactConflictsResponse>> OpenAsync(bool employer, string subjectId, CancellationToken cancellationToken) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, ListFactConflictsResponse>(RegistryReads.PeopleZh,
            (client, options) => client.ListFactConflictsAsync(new ListFactConflictsRequest { PersonId = employer ? "" : subjectId, EmployerId = employer ? subjectId : "" }, options).ResponseAsync,
            cancellationToken);

    /// <summary>已核对: settled with the clerk's note; null when it was, else the registry's refusal in words.</summary>
    public async Task<ServiceProblem?> SettleAsync(bool employer, string subjectId, string conflictId, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var request = new SettleFactConflictRequest
        {
            IdempotencyKey = ScreenKeys.Of(posted),
            PersonId = employer ? "" : subjectId,
            EmployerId = employer ? subjectId : "",
            ConflictId = conflictId,
            NoteZh = posted[NoteField].ToString().Trim(),
        };
        var settled = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, FactConflict>(RegistryReads.PeopleZh,
            (client, options) => client.SettleFactConflictAsync(request, options).ResponseAsync, cancellationToken);
        return settled.Problem;
    }
}

/// <summary>What a fact says, in a few words beside its period, for a clerk comparing two records of it.</summary>
public static class FactText
{
    public static string Of(PersonFact? fact) => fact?.DetailCase switch
    {
        null => "（档案中已无此记录）",
        PersonFact.DetailOneofCase.Insurance => Insurance(fact.Insurance),
        PersonFact.DetailOneofCase.Education => $"{fact.Education.Level switch { EducationLevel.Postgraduate => "研究生", EducationLevel.Bachelor => "本科", EducationLevel.JuniorCollege => "大专", EducationLevel.Secondary => "高中、中专或技校", _ => "初中及以下" }}，{fact.Education.Institution}",
        _ => Display.Period(fact.Period),
    };

    public static string Of(EmployerFact? fact) => fact?.DetailCase switch
    {
        null => "（档案中已无此记录）",
        EmployerFact.DetailOneofCase.OperatingStatus => $"{fact.OperatingStatus.Status switch { OperatingStatusKind.Operating => "正常经营", OperatingStatusKind.Abnormal => "经营异常", _ => "注销" }}，{Display.Period(fact.OperatingStatus.Period)}",
        _ => "—",
    };

    private static string Insurance(InsuranceContribution insurance)
    {
        var payer = insurance.FlexibleWorker ? "灵活就业" : Display.MaskedCreditCode(insurance.EmployerCreditCode);
        var part = insurance.EmployerPartMonthly is { } employer ? $"，单位每月 {Display.Yuan(employer)}{(insurance.PaidOnTime ? "，按时足额" : "")}" : "";
        return $"{payer}，{insurance.Months} 个月，每月 {Display.Yuan(insurance.MonthlyAmount)}{part}";
    }
}
