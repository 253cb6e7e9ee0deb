using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>
/// What every desk does the same way, through the lifecycle's shared steps of its service (<c>SubsidyCases</c>): the
/// service's forms, the answers checked on their face here (so each problem stands at its question) and sent keyed by
/// their paths with the screen's key, previewed or taken by the service's own take with the clerk's token. A desk only
/// says which service it is and where what it took is decided.
/// </summary>
public abstract class ApplicationDesk(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock) : IApplicationDesk
{
    public abstract string Name { get; }

    public abstract string ServiceZh { get; }

    public virtual bool RefusesAsTaken => true;

    public string ServiceName => Service;

    /// <summary>The service's name on the platform (<see cref="PlatformServices"/>).</summary>
    protected abstract string Service { get; }

    public abstract string DecisionPathOf(string reference);

    public Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken) =>
        CallAsync((client, options) => client.DescribeApplicationFormsAsync(new DescribeApplicationFormsRequest(), options).ResponseAsync, cancellationToken);

    public async Task<ServiceAnswer<Judgement>> JudgeAsync(FormDescription form, FormAnswers answers, string idempotencyKey, JudgeStep step, IList<FieldProblem> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(problems);
        var found = answers.Problems(form, clock.Today);
        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        if (found.Count > 0)
        {
            return ServiceAnswer<Judgement>.Failed(ServiceProblem.Refused(ServiceZh, "请先改正标出的内容。"));
        }

        var request = new ApplicationAnswers { Kind = form.Kind, IdempotencyKey = idempotencyKey, Insisted = step == JudgeStep.TakeInsisted };
        request.Answers.AddRange(answers.Given());
        var answer = await CallAsync(
            (client, options) => (step != JudgeStep.Preview ? client.SubmitApplicationAsync(request, options) : client.PreviewApplicationAsync(request, options)).ResponseAsync,
            cancellationToken);
        return answer.Value is { } judged ? ServiceAnswer<Judgement>.Of(Judgement.Of(judged)) : ServiceAnswer<Judgement>.Failed(answer.Problem!);
    }

    public Task<ServiceAnswer<NotAcceptedNotice>> DeclineAsync(Applicant applicant, string askedZh, string reasonZh, string referToZh, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        var request = new DeclineToTakeRequest
        {
            IdempotencyKey = idempotencyKey,
            ApplicantIdNumber = applicant.Employer ? "" : applicant.Number,
            ApplicantCreditCode = applicant.Employer ? applicant.Number : "",
            ApplicantName = applicant.NameZh,
            AskedZh = askedZh,
            ReasonZh = reasonZh,
            ReferToZh = referToZh,
        };
        return CallAsync((client, options) => client.DeclineToTakeAsync(request, options).ResponseAsync, cancellationToken);
    }

    private Task<ServiceAnswer<T>> CallAsync<T>(Func<SubsidyCases.SubsidyCasesClient, Grpc.Core.CallOptions, Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        cases.For(Service) is { } client
            ? calls.CallAsync(ServiceZh, client, call, cancellationToken)
            : Task.FromResult(ServiceAnswer<T>.Failed(ServiceProblem.Down(ServiceZh)));
}
