using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>The training service on PostgreSQL (production's database): the write with its answer in one transaction, the unique certificate.</summary>
public sealed class PostgresSkillUpgradeTests(PostgresTrainingHost host) : IClassFixture<PostgresTrainingHost>
{
    [Fact(Timeout = 60_000)]
    public async Task R24_on_PostgreSQL_a_submission_is_stored_once_and_concurrent_duplicates_name_the_first()
    {
        var issued = new DateOnly(2023, 9, 1);
        var id = await host.RegisterInsuredWorkerAsync(issued);
        var request = For(id, issued, Employment.Common.V1.SkillLevel.L5);
        var first = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        Assert.Equal(ShownOnce.WithoutCode(first), await host.Training.SubmitApplicationAsync(request, TestCallers.Counter()));
        Assert.Equal(100_000, first.Amount.Fen);

        // A new certificate submitted four times at once under different keys: one is stored, the others name it.
        var raced = For(id, issued.AddMonths(1), Employment.Common.V1.SkillLevel.L4);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var copy = raced.Clone();
            copy.IdempotencyKey = Guid.NewGuid().ToString();
            try
            {
                return (Answer: (Employment.Training.V1.TrainingApplication?)await host.Training.SubmitApplicationAsync(copy, TestCallers.Counter()).ResponseAsync, Refusal: (RpcException?)null);
            }
            catch (RpcException e)
            {
                return (Answer: null, Refusal: (RpcException?)e);
            }
        }));
        var stored = Assert.Single(attempts, a => a.Answer is not null).Answer!;
        foreach (var refusal in attempts.Where(a => a.Refusal is not null).Select(a => a.Refusal!))
        {
            Assert.Equal(StatusCode.AlreadyExists, refusal.StatusCode);
            Assert.Contains(stored.ApplicationId, refusal.Said(), StringComparison.Ordinal);
        }
    }
}
