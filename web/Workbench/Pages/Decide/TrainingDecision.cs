using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Training.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>A training application to read and decide: the application, its applicant, and what the last decision did.</summary>
public sealed record TrainingDecisionView(
    ServiceAnswer<TrainingApplication> Application,
    string KindZh,
    Person? Applicant,
    string IdempotencyKey,
    string ReasonZh,
    ServiceProblem? DecisionProblem,
    bool JustDecided)
{
    /// <summary>The written decision, once decided (approved without a review pending, refused, or paid).</summary>
    public DecisionLetter? Letter { get; init; }

    /// <summary>Decided for good: nothing waits for a decision or a review.</summary>
    public bool Decided => Application.Value?.Status is ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.Paid;

    public static string PathOf(string applicationId) => $"{WorkbenchOptions.PathBase}/training/{Uri.EscapeDataString(applicationId)}";

    /// <summary>Where one 申报材料 of the application opens.</summary>
    public static string MaterialPathOf(string applicationId, string materialId) => Shared.MaterialFiles.PathOf(ServiceDefaults.Clients.PlatformServices.Training, applicationId, materialId);

    public bool Open => Application.Value?.Status == ApplicationStatus.Submitted;

    /// <summary>Approved by one clerk, waiting for a second one's 复核.</summary>
    public bool AwaitingReview => Application.Value?.Status == ApplicationStatus.AwaitingReview;
}

/// <summary>
/// 审核 of a training application: every check with its clause and the facts used, then 审核通过 or 审核不通过 with a
/// reason in words the applicant will read (the service refuses a refusal without one), on the version the clerk read,
/// under the screen's idempotency key; the written decision (决定书) prints with its clauses.
/// </summary>
public sealed class TrainingDecision(ServiceCalls calls, RegistryReads registry, Apply.ApplicationDesks desks, ReviewStep reviews, LetterStep letters)
{
    public async Task<TrainingDecisionView> LoadAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = await calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>("培训补贴",
            (client, options) => client.GetApplicationAsync(new GetApplicationRequest { ApplicationId = applicationId }, options).ResponseAsync, cancellationToken);
        return await WithLetterAsync(new(application, await KindZhAsync(application.Value, cancellationToken), await ApplicantAsync(application.Value, cancellationToken), ScreenKeys.New(), "", null, false), cancellationToken);
    }

    public async Task<TrainingDecisionView> DecideAsync(string applicationId, IFormCollection form, CancellationToken cancellationToken)
    {
        var decision = DecisionForm.Read(form);
        if (decision.ProblemZh is { } problem)
        {
            return await AgainAsync(applicationId, decision, ServiceProblem.Refused("培训补贴", problem), cancellationToken);
        }

        var decided = await calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>("培训补贴",
            (client, options) => client.DecideApplicationAsync(new DecideApplicationRequest
            {
                IdempotencyKey = decision.IdempotencyKey,
                ApplicationId = applicationId,
                ExpectedVersion = decision.Version,
                Approve = decision.Approve,
                ReasonZh = decision.ReasonZh,
            }, options).ResponseAsync, cancellationToken);
        return decided.Value is { } application
            ? await WithLetterAsync(new(decided, await KindZhAsync(application, cancellationToken), await ApplicantAsync(application, cancellationToken), decision.IdempotencyKey, decision.ReasonZh, null, true), cancellationToken)
            : await AgainAsync(applicationId, decision, decided.Problem, cancellationToken);
    }

    /// <summary>复核 of an approval awaiting it: confirmed, the written decision follows; returned, it waits to be decided again.</summary>
    public async Task<TrainingDecisionView> ReviewAsync(string applicationId, IFormCollection form, CancellationToken cancellationToken)
    {
        var review = DecisionForm.Read(form, "复核意见");
        var reviewed = await reviews.ReviewAsync(ServiceDefaults.Clients.PlatformServices.Training, applicationId, review, cancellationToken);
        return reviewed.Value is not null
            ? (await LoadAsync(applicationId, cancellationToken)) with { JustDecided = true }
            : await AgainAsync(applicationId, review, reviewed.Problem, cancellationToken);
    }

    private async Task<TrainingDecisionView> AgainAsync(string applicationId, DecisionForm decision, ServiceProblem? problem, CancellationToken cancellationToken) =>
        (await LoadAsync(applicationId, cancellationToken)) with { IdempotencyKey = decision.IdempotencyKey, ReasonZh = decision.ReasonZh, DecisionProblem = problem };

    private async Task<TrainingDecisionView> WithLetterAsync(TrainingDecisionView view, CancellationToken cancellationToken) =>
        view with { Letter = await letters.ForAsync(ServiceDefaults.Clients.PlatformServices.Training, view.Application.Value?.ApplicationId ?? "", view.Decided, cancellationToken) };

    private async Task<string> KindZhAsync(TrainingApplication? application, CancellationToken cancellationToken) =>
        application is null ? "" : (await desks.NamesAsync(cancellationToken)).Of(Apply.TrainingDesk.DeskName, application.Kind);

    private async Task<Person?> ApplicantAsync(TrainingApplication? application, CancellationToken cancellationToken) =>
        application?.Person is { } person ? (await registry.PersonAsync(person, cancellationToken)).Value : null;
}
