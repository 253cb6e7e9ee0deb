using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 经办人, on PostgreSQL: a person acts for an employer as its registered legal representative or by a grant,
/// recorded by the representative signed in or by a clerk of the employer's region from its letter of
/// authorisation; each grant is dated, revocable with a reason and entered in the employer's audit trail,
/// and the employers a person may act for on a day are what the identity provider asks before an employer token.
/// </summary>
public sealed class EmployerAgentTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static readonly CalendarDate From2030 = new() { Year = 2030, Month = 1, Day = 1 };
    private static readonly CalendarDate Until2030 = new() { Year = 2030, Month = 12, Day = 31 };

    [Fact(Timeout = 60_000)]
    public async Task The_legal_representative_grants_an_agent_who_may_then_act_for_the_employer_within_the_grants_days_only()
    {
        var (representative, employer) = await RepresentedEmployerAsync(new DateOnly(1975, 1, 2));
        var agent = await PersonAsync(new DateOnly(1990, 1, 3), "李经办");

        var grant = await host.Client.GrantEmployerAgentAsync(Grant(employer, agent, From2030, Until2030), TestCallers.Person(representative.PersonId));
        var inside = await ActingForAsync(agent.PersonId, new CalendarDate { Year = 2030, Month = 6, Day = 1 });
        var after = await ActingForAsync(agent.PersonId, new CalendarDate { Year = 2031, Month = 1, Day = 1 });
        var representing = await ActingForAsync(representative.PersonId, new CalendarDate { Year = 2031, Month = 1, Day = 1 });
        var trail = await host.Client.GetEmployerAuditAsync(new GetEmployerAuditRequest { EmployerId = employer.EmployerId }, TestCallers.Counter("410800"));

        Assert.Equal((AgentGrantedBy.LegalRepresentative, representative.PersonId, "李经办"), (grant.GrantedBy, grant.RecordedBy, grant.PersonName));
        Assert.DoesNotContain(agent.IdNumber, grant.PersonIdNumberMasked, StringComparison.Ordinal);
        var acting = Assert.Single(inside.Employers);
        Assert.Equal((employer.EmployerId, ActingAs.Agent, grant.GrantId), (acting.EmployerId, acting.ActingAs, acting.GrantId));
        Assert.Empty(after.Employers);
        Assert.Equal((ActingAs.LegalRepresentative, EntityKind.Enterprise), (Assert.Single(representing.Employers).ActingAs, representing.Employers[0].Kind));
        var entry = Assert.Single(trail.Entries, e => e.Action == AuditAction.AgentGranted);
        Assert.Equal(representative.PersonId, entry.Actor);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_records_a_grant_only_from_a_letter_of_authorisation_and_only_for_an_employer_of_the_offices_region()
    {
        var (_, employer) = await RepresentedEmployerAsync(new DateOnly(1975, 2, 3));
        var agent = await PersonAsync(new DateOnly(1990, 2, 4), "王经办");

        var withoutLetter = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GrantEmployerAgentAsync(Grant(employer, agent, From2030, null), TestCallers.Counter("410800")).ResponseAsync);
        var request = Grant(employer, agent, From2030, null);
        request.LetterReference = "焦解委〔2030〕001号";
        var otherRegion = await Assert.ThrowsAsync<RpcException>(() => host.Client.GrantEmployerAgentAsync(request, TestCallers.Counter("419001")).ResponseAsync);
        var recorded = await host.Client.GrantEmployerAgentAsync(request, TestCallers.Counter("410800", "clerk-jz-07"));
        var retried = await host.Client.GrantEmployerAgentAsync(request, TestCallers.Counter("410800", "clerk-jz-07"));
        var again = Grant(employer, agent, Until2030, null);
        again.LetterReference = "焦解委〔2030〕002号";
        var overlapping = await Assert.ThrowsAsync<RpcException>(() => host.Client.GrantEmployerAgentAsync(again, TestCallers.Counter("410800")).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, true), (withoutLetter.StatusCode, withoutLetter.Said().Contains("letter_reference", StringComparison.Ordinal)));
        Assert.Equal(StatusCode.NotFound, otherRegion.StatusCode);
        Assert.Equal((AgentGrantedBy.LetterOfAuthorisation, "焦解委〔2030〕001号", "clerk-jz-07"), (recorded.GrantedBy, recorded.LetterReference, recorded.RecordedBy));
        Assert.Equal(recorded.GrantId, retried.GrantId);
        Assert.Equal(StatusCode.AlreadyExists, overlapping.StatusCode);
        Assert.Contains("王经办", overlapping.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_revoked_grant_lets_no_one_act_is_kept_with_who_and_why_and_cannot_be_revoked_twice()
    {
        var (representative, employer) = await RepresentedEmployerAsync(new DateOnly(1975, 3, 4));
        var agent = await PersonAsync(new DateOnly(1990, 3, 5), "赵经办");
        var grant = await host.Client.GrantEmployerAgentAsync(Grant(employer, agent, From2030, null), TestCallers.Person(representative.PersonId));
        var revoke = new RevokeEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employer.EmployerId, GrantId = grant.GrantId, ReasonZh = "经办人已离职",
        };

        var noReason = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.RevokeEmployerAgentAsync(new RevokeEmployerAgentRequest(revoke) { ReasonZh = "" }, TestCallers.Person(representative.PersonId)).ResponseAsync);
        var revoked = await host.Client.RevokeEmployerAgentAsync(revoke, TestCallers.Person(representative.PersonId));
        var twice = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.RevokeEmployerAgentAsync(new RevokeEmployerAgentRequest(revoke) { IdempotencyKey = Guid.NewGuid().ToString() }, TestCallers.Counter("410800")).ResponseAsync);
        var acting = await ActingForAsync(agent.PersonId, new CalendarDate { Year = 2030, Month = 6, Day = 1 });
        var current = await host.Client.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = employer.EmployerId }, TestCallers.Counter("410800"));
        var all = await host.Client.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = employer.EmployerId, IncludeEnded = true }, TestCallers.Counter("410800"));

        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Equal((representative.PersonId, "经办人已离职", false), (revoked.RevokedBy, revoked.RevocationReasonZh, revoked.InForce));
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Empty(acting.Employers);
        Assert.Empty(current.Agents);
        Assert.Equal("经办人已离职", Assert.Single(all.Agents).RevocationReasonZh);
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_the_registered_legal_representative_manages_agents_and_an_employer_token_reads_only_its_own_list()
    {
        var (_, employer) = await RepresentedEmployerAsync(new DateOnly(1975, 4, 5));
        var (otherRepresentative, other) = await RepresentedEmployerAsync(new DateOnly(1975, 4, 6));
        var agent = await PersonAsync(new DateOnly(1990, 4, 7), "钱经办");

        var notTheirs = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GrantEmployerAgentAsync(Grant(employer, agent, From2030, null), TestCallers.Person(otherRepresentative.PersonId)).ResponseAsync);
        var self = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GrantEmployerAgentAsync(Grant(other, otherRepresentative, From2030, null), TestCallers.Person(otherRepresentative.PersonId)).ResponseAsync);
        var ownList = await host.Client.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = other.EmployerId }, TestCallers.EmployerAgent(other.EmployerId, otherRepresentative.PersonId));
        var otherList = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.ListEmployerAgentsAsync(new ListEmployerAgentsRequest { EmployerId = employer.EmployerId }, TestCallers.EmployerAgent(other.EmployerId, otherRepresentative.PersonId)).ResponseAsync);
        var someoneElses = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.ListActingForAsync(new ListActingForRequest { PersonId = agent.PersonId, On = From2030, Purpose = "identity.sign-in" }, TestCallers.Person(otherRepresentative.PersonId)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, notTheirs.StatusCode);
        Assert.Contains("法定代表人", notTheirs.Said(), StringComparison.Ordinal);
        Assert.Equal((StatusCode.InvalidArgument, true), (self.StatusCode, self.Said().Contains("agent", StringComparison.Ordinal)));
        Assert.Empty(ownList.Agents);
        Assert.Equal(StatusCode.NotFound, otherList.StatusCode);
        Assert.Equal(StatusCode.NotFound, someoneElses.StatusCode);
    }

    private static GrantEmployerAgentRequest Grant(Employer employer, Person agent, CalendarDate from, CalendarDate? until) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        EmployerId = employer.EmployerId,
        Agent = new PersonKey { IdNumber = agent.IdNumber },
        ValidFrom = from,
        ValidUntil = until,
    };

    private Task<ListActingForResponse> ActingForAsync(string personId, CalendarDate on) =>
        host.Client.ListActingForAsync(new ListActingForRequest { PersonId = personId, On = on, Purpose = "identity.sign-in" }, TestCallers.Service("identity-provider")).ResponseAsync;

    private async Task<Person> PersonAsync(DateOnly birthDate, string name) =>
        await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(birthDate), name), RegistryHost.Clerk());

    /// <summary>A Jiaozuo employer whose legal representative (registered by the admin, who alone writes it) is a registry person.</summary>
    private async Task<(Person Representative, Employer Employer)> RepresentedEmployerAsync(DateOnly birthDate)
    {
        var representative = await PersonAsync(birthDate, "张法人");
        var employer = await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer
            {
                CreditCode = CreditCodes.Valid("410802"),
                Name = "经办人测试有限公司",
                Region = new RegionCode { Code = "410802" },
                Kind = EntityKind.Enterprise,
                LegalRepresentativeIdNumber = representative.IdNumber,
            },
        }, TestCallers.Admin());
        return (representative, employer);
    }
}
