using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 回避 at decision time (CheckRecusal), on the facts the audit reads: the registry answers the ties of a 工号 to the
/// people and employers a record names — the person themself, a shared 户号 now or before, the employer's legal
/// representative, a 经办人 in force — and nothing of a profile; only a service asks it.
/// </summary>
public sealed partial class AuditRelationsTests
{
    [Fact(Timeout = 60_000)]
    public async Task Recusal_ties_a_clerk_to_themself_their_household_an_employer_they_represent_or_act_for_and_to_no_one_else()
    {
        var staffId = NewStaffId();
        var clerkNumber = People.IdNumber(new DateOnly(1979, 4, 9));
        var clerk = await RegisterAsync(clerkNumber, household: "H88001", staffId: staffId);
        var daughter = await RegisterAsync(People.IdNumber(new DateOnly(2003, 5, 1)), household: "H88001", staffId: "");
        var stranger = await RegisterAsync(People.IdNumber(new DateOnly(1990, 6, 2)), household: "H88002", staffId: "");
        var represented = await EmployerAsync("410802", legalRepresentative: clerkNumber);
        var actedFor = await EmployerAsync("410802", legalRepresentative: "");
        var unrelated = await EmployerAsync("410802", legalRepresentative: "");
        await host.Client.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = actedFor.EmployerId,
            Agent = new PersonKey { PersonId = clerk.PersonId },
            ValidFrom = new CalendarDate { Year = 2020, Month = 1, Day = 1 },
            LetterReference = "授权书-回避-1",
        }, TestCallers.Counter("410800"));

        var ties = await host.Client.CheckRecusalAsync(new RecusalRequest
        {
            StaffId = staffId,
            PersonIds = { clerk.PersonId, daughter.PersonId, stranger.PersonId },
            IdNumbers = { clerkNumber },
            EmployerCreditCodes = { represented.CreditCode, actedFor.CreditCode, unrelated.CreditCode },
        }, TestCallers.Service("training-subsidies"));

        var said = ties.Ties.ToDictionary(t => t.Subject, t => t.RelationZh);
        Assert.Equal(5, said.Count);
        Assert.Equal("所涉人员即经办人本人", said[clerk.PersonId]);
        Assert.Equal("所涉人员即经办人本人", said[clerkNumber]);
        Assert.Contains("与经办人同户（户号 H88001）", said[daughter.PersonId], StringComparison.Ordinal);
        Assert.DoesNotContain(daughter.Name, said[daughter.PersonId], StringComparison.Ordinal);
        Assert.Contains("法定代表人", said[represented.CreditCode], StringComparison.Ordinal);
        Assert.Contains("授权的经办人", said[actedFor.CreditCode], StringComparison.Ordinal);
        Assert.False(said.ContainsKey(stranger.PersonId));
        Assert.False(said.ContainsKey(unrelated.CreditCode));
    }

    [Fact(Timeout = 60_000)]
    public async Task Recusal_counts_a_household_left_since_and_a_staff_id_no_one_holds_ties_to_no_one_and_only_a_service_asks()
    {
        var staffId = NewStaffId();
        var clerk = await RegisterAsync(People.IdNumber(new DateOnly(1982, 7, 3)), household: "H88101", staffId: staffId);
        var brother = await RegisterAsync(People.IdNumber(new DateOnly(1985, 8, 4)), household: "H88101", staffId: "");
        await UpdateAsync(brother, new Person { HouseholdNumber = "H88102" }, "household_number", TestCallers.Admin(), "分户");
        var request = new RecusalRequest { StaffId = staffId, PersonIds = { brother.PersonId } };

        var moved = await host.Client.CheckRecusalAsync(request, TestCallers.Service("hiring-subsidies"));
        var nobody = await host.Client.CheckRecusalAsync(new RecusalRequest { StaffId = NewStaffId(), PersonIds = { brother.PersonId } }, TestCallers.Service("hiring-subsidies"));
        var counter = await Assert.ThrowsAsync<RpcException>(() => host.Client.CheckRecusalAsync(request, TestCallers.Counter("410800")).ResponseAsync);
        var valid = People.IdNumber(new DateOnly(1985, 8, 5));
        var wrongCheck = valid[..17] + (valid[17] == '1' ? '2' : '1');
        var badNumber = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.CheckRecusalAsync(new RecusalRequest { StaffId = staffId, IdNumbers = { wrongCheck } }, TestCallers.Service("hiring-subsidies")).ResponseAsync);

        Assert.Contains("户号 H88101", Assert.Single(moved.Ties).RelationZh, StringComparison.Ordinal);
        Assert.Empty(nobody.Ties);
        Assert.Equal(StatusCode.PermissionDenied, counter.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, true), (badNumber.StatusCode, badNumber.Said().Contains("id_numbers", StringComparison.Ordinal)));
        Assert.NotEqual(clerk.PersonId, brother.PersonId);
    }
}
