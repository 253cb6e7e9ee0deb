using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Employment.Training.Data;
using Employment.Training.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// The applicant is told of each step of their application: 受理 and the decision once it is final (an approval that
/// waits for 复核 only when the review confirms it), each written in the step's own transaction to the service's outbox
/// and relayed to the registry, which keeps each once whoever relays it and however often; a refused submission tells
/// nothing, as nothing was taken.
/// </summary>
public sealed class ApplicantMessagesTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    [Fact(Timeout = 120_000)]
    public async Task Receipt_and_a_final_decision_are_each_told_once_and_an_approval_awaiting_review_only_when_confirmed()
    {
        var counter = TestCallers.Counter();
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var person = (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, counter)).PersonId;
        // A 高级工's 2000 元 waits for 复核 under the sample configuration.
        var request = For(id, Issued, SkillLevel.L3);
        var taken = await host.Training.SubmitApplicationAsync(request, counter);
        await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Training.SubmitApplicationAsync(For(id, Issued, SkillLevel.L3, number: request.Certificate.CertificateNumber), counter).ResponseAsync);

        Assert.Equal(["RECEIVED"], await StepsAsync(person));
        var decided = await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, Approve = true,
        }, counter);
        Assert.Equal(ApplicationStatus.AwaitingReview, decided.Status);
        Assert.Equal(["RECEIVED"], await StepsAsync(person));
        await host.Cases.ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = taken.ApplicationId, ExpectedVersion = decided.Record.Version, Confirm = true,
        }, TestCallers.Reviewer(clerk: "reviewer-messages"));

        Assert.Equal(["APPROVED", "RECEIVED"], await StepsAsync(person));
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = taken.ApplicationId }, TestCallers.Person(person));
        Assert.All(told.Messages, m => Assert.Equal(("training-subsidies", "技能提升补贴", taken.ApplicationId), (m.Sender, m.Message.KindZh, m.Message.RecordId)));
        Assert.Contains("2000.00元", told.Messages[0].Message.BodyZh, StringComparison.Ordinal);
        // Relayed again (another copy, a retry after a crash): nothing is told twice.
        await RelayAsync();
        Assert.Equal(["APPROVED", "RECEIVED"], await StepsAsync(person));
    }

    /// <summary>What waits in the outbox sent now, then the steps the person has been told of, newest first.</summary>
    private async Task<IReadOnlyList<string>> StepsAsync(string personId)
    {
        await RelayAsync();
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.Person(personId));
        return [.. told.Messages.Select(m => m.Message.Step)];
    }

    private Task RelayAsync() =>
        host.TrainingServices.GetServices<IHostedService>().OfType<OutboxRelay<TrainingDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
}
