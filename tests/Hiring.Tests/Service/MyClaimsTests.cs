using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 我的办事 for hiring claims over real gRPC on PostgreSQL: an employer's agent reads the employer's own claims, a person
/// the claims they made themselves; each with its amount, 办结时限 and next step, and nobody else's, whatever the token's
/// holder asks. A person named in an employer's claim does not read the employer's claim.
/// </summary>
public sealed class MyClaimsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    [Fact(Timeout = 120_000)]
    public async Task An_agent_reads_its_employers_claims_and_a_flexible_worker_their_own_and_neither_reads_another()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var counter = TestCallers.Counter();
        var employer = await host.EmployerAsync(name: "焦作网办示例有限公司");
        var neighbour = await host.EmployerAsync(name: "焦作邻家示例有限公司");
        var youth = await host.YouthHiredByAsync(employer, Hired);
        var own = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, employer, Hire(youth, Hired)), counter);
        var neighbours = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, neighbour, Hire(await host.YouthHiredByAsync(neighbour, Hired), Hired)), counter);
        var worker = await host.PersonLivingInAsync("410823", new DateOnly(1975, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2022, 1, 1)));
        var flexible = await host.Hiring.SubmitClaimAsync(FlexibleWorkerClaimTests.Claim(worker, new DateOnly(2024, 1, 1), 3), counter);

        var employerId = (await host.Registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { CreditCode = employer } }, counter)).EmployerId;
        var agents = await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.EmployerAgent(employerId));
        var record = Assert.Single(agents.Records);
        Assert.Equal((own.ClaimId, "已受理", own.Total.Fen), (record.Reference, record.StateZh, record.Amount.Fen));
        // This host's configuration sets no 办结时限 for the hiring measures: none is made up.
        Assert.Null(record.DueOn);
        Assert.Equal("窗口审核中。审核结果会通知您。", record.NextStepZh);
        Assert.DoesNotContain(neighbours.ClaimId, agents.ToString(), StringComparison.Ordinal);

        var theirs = await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(await PersonIdAsync(worker)));
        Assert.Equal([flexible.ClaimId], theirs.Records.Select(r => r.Reference));
        Assert.Equal(flexible.Total.Fen, theirs.Records[0].Amount.Fen);

        var hiredYouth = await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(await PersonIdAsync(youth)));
        Assert.Empty(hiredYouth.Records);
    }

    private async Task<string> PersonIdAsync(string idNumber) =>
        (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, TestCallers.Counter())).PersonId;
}
