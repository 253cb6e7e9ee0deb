using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;

namespace Workbench.Tests;

/// <summary>
/// 技能提升补贴 set up the way a test needs them before its clerk opens a screen: a registered worker's application taken,
/// approved by one clerk and (1,500 元 under the demo configuration asks it) confirmed by a second one with the review
/// permission. Each worker has a new identity number of the given birth year.
/// </summary>
internal static class SkillUpgradeCases
{
    private static int _sequence = 600;

    public static async Task<TrainingApplication> ReviewedAsync(WorkbenchPlatform platform, Metadata maker, Metadata checker, string name, int birthYear, string? paymentAccount = null)
    {
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence), birthYear);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), maker, id, name);
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var request = InsuredWorker.SkillUpgrade(id);
        request.PaymentAccount = paymentAccount ?? request.PaymentAccount;
        var taken = await training.SubmitApplicationAsync(request, maker);
        var approved = await training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = taken.ApplicationId,
            ExpectedVersion = taken.Record.Version,
            Approve = true,
        }, maker);
        await platform.Training.Client<SubsidyCases.SubsidyCasesClient>().ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = approved.ApplicationId,
            ExpectedVersion = approved.Record.Version,
            Confirm = true,
        }, checker);
        return await training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = approved.ApplicationId }, checker);
    }
}
