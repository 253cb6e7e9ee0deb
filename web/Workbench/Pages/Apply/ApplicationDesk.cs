using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Google.Protobuf;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>
/// What every desk does the same way: the answers become the service's own request (by the contract's descriptor),
/// wrong-on-their-face answers stop it before the service is asked, the kind and the idempotency key are set, and the
/// service previews or takes it with the clerk's token.
/// </summary>
public abstract class ApplicationDesk<TRequest, TAnswer>(ServiceCalls calls, ChinaClock clock) : IApplicationDesk
    where TRequest : class, IMessage<TRequest>, new()
    where TAnswer : class
{
    public abstract string Name { get; }

    public abstract string ServiceZh { get; }

    public abstract string DecisionPathOf(string reference);

    protected ServiceCalls Calls => calls;

    public abstract Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken);

    public async Task<ServiceAnswer<Judgement>> JudgeAsync(FormDescription form, FormAnswers answers, string idempotencyKey, bool take, IList<FieldProblem> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(problems);
        var (request, found) = answers.Build<TRequest>(form, clock.Today);
        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        if (found.Count > 0)
        {
            return ServiceAnswer<Judgement>.Failed(ServiceProblem.Refused(ServiceZh, "请先改正标出的内容。"));
        }

        var descriptor = request.Descriptor;
        descriptor.FindFieldByName("idempotency_key").Accessor.SetValue(request, idempotencyKey);
        SetKind(request, form.Kind);
        var answer = await CallAsync(request, take, cancellationToken);
        return answer.Value is { } taken ? ServiceAnswer<Judgement>.Of(Judge(taken)) : ServiceAnswer<Judgement>.Failed(answer.Problem!);
    }

    /// <summary>The form's kind set on the request: its <c>kind</c> field unless the service keeps it elsewhere.</summary>
    protected virtual void SetKind(TRequest request, string kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        var field = request.Descriptor.FindFieldByName("kind");
        field.Accessor.SetValue(request, Enum.ToObject(field.EnumType.ClrType, field.EnumType.FindValueByName(kind).Number));
    }

    /// <summary>The service's preview (<paramref name="take"/> false) or taking of <paramref name="request"/>.</summary>
    protected abstract Task<ServiceAnswer<TAnswer>> CallAsync(TRequest request, bool take, CancellationToken cancellationToken);

    protected abstract Judgement Judge(TAnswer answer);
}
