using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 办理进度's 查询码 is limited per reference in the service itself, not only per address at the
/// gateway: a caller at the service port, or at many addresses, gets ten wrong codes per reference per
/// window and then no answer for that reference at all, and an unknown reference is limited alike.
/// </summary>
public sealed class ProgressGuessTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly Metadata Anonymous = [];

    private async Task<StatusCode> StatusOfAsync(string reference, string code)
    {
        try
        {
            await host.Cases.GetApplicationProgressAsync(new ApplicationProgressRequest { Reference = reference, Code = code }, Anonymous);
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Wrong_codes_for_one_reference_are_limited_in_the_service_and_then_even_the_right_code_waits()
    {
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2024, 6, 1));
        var submitted = await host.Training.SubmitApplicationAsync(For(id, new DateOnly(2024, 6, 1)), TestCallers.Counter());
        var otherPerson = await host.RegisterInsuredWorkerAsync(new DateOnly(2024, 6, 1));
        var other = await host.Training.SubmitApplicationAsync(For(otherPerson, new DateOnly(2024, 6, 1)), TestCallers.Counter());

        var wrong = new List<StatusCode>();
        for (var i = 0; i < ProgressGuesses.WrongCodesPerReference; i++)
        {
            wrong.Add(await StatusOfAsync(submitted.ApplicationId, "WRONG" + i));
        }

        var rightAfter = await StatusOfAsync(submitted.ApplicationId, submitted.ProgressCode);
        var otherReference = await StatusOfAsync(other.ApplicationId, other.ProgressCode);
        var unknown = new List<StatusCode>();
        for (var i = 0; i <= ProgressGuesses.WrongCodesPerReference; i++)
        {
            unknown.Add(await StatusOfAsync("T-never-issued-" + submitted.ApplicationId, "WRONG" + i));
        }

        Assert.All(wrong, s => Assert.Equal(StatusCode.NotFound, s));
        Assert.Equal(StatusCode.ResourceExhausted, rightAfter);
        Assert.Equal(StatusCode.OK, otherReference);
        Assert.Equal(StatusCode.ResourceExhausted, unknown[^1]);
    }
}
