using Employment.Applicants.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.ProfileCache;

/// <summary>
/// <see cref="IRecusal"/> through the registry's CheckRecusal, which judges the ties on the facts the 优亲厚友
/// audit reads. A registry that cannot be reached refuses the act (UNAVAILABLE) rather than let it pass unchecked.
/// </summary>
public sealed class ClerkRecusal(ApplicantsApi.ApplicantsClient registry) : IRecusal
{
    /// <summary>Subjects per registry call, within the RPC's bounds: a technical figure, not a policy one.</summary>
    private const int SubjectsPerCall = 1000;

    public Task RequireUntiedAsync(Caller clerk, string whatZh, RecusalSubjects subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        return clerk.Role == CallerRole.Counter
            ? RequireAsync(clerk.Subject, subjects, ties => $"按回避要求，您（工号 {clerk.Subject}）不能办理此{whatZh}：{ties}。请交由其他经办人员办理。", cancellationToken)
            : Task.CompletedTask;
    }

    public Task RequireReceiverUntiedAsync(string staffId, string whatZh, RecusalSubjects subjects, CancellationToken cancellationToken) =>
        RequireAsync(staffId, subjects, ties => $"按回避要求，接手人（工号 {staffId}）不能接手移交的{whatZh}：{ties}。请移交给其他经办人员。", cancellationToken);

    private async Task RequireAsync(string staffId, RecusalSubjects subjects, Func<string, string> refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Empty)
        {
            return;
        }

        var ties = new List<RecusalTie>();
        var people = subjects.PersonIds.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var codes = (subjects.CreditCodes ?? []).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var numbers = (subjects.IdNumbers ?? []).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var calls = Math.Max(1, (Math.Max(people.Count, codes.Count) + SubjectsPerCall - 1) / SubjectsPerCall);
        for (var i = 0; i < calls; i++)
        {
            var request = new RecusalRequest
            {
                StaffId = staffId,
                PersonIds = { people.Skip(i * SubjectsPerCall).Take(SubjectsPerCall) },
                EmployerCreditCodes = { codes.Skip(i * SubjectsPerCall).Take(SubjectsPerCall) },
            };
            if (i == 0)
            {
                request.IdNumbers.AddRange(numbers);
            }

            ties.AddRange((await registry.CheckRecusalAsync(request, cancellationToken: cancellationToken)).Ties);
        }

        if (ties.Count > 0)
        {
            var said = string.Join("；", ties.Select(t => t.RelationZh).Distinct(StringComparer.Ordinal));
            throw new StatusDetails(StatusCode.PermissionDenied, refusal(said)) { Reason = "RECUSAL_REQUIRED" }.ToException();
        }
    }
}
