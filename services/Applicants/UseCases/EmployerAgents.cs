using Employment.Applicants.Data;
using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Idempotency;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases;

/// <summary>
/// 经办人: granting, revoking and listing who may act for an employer, and the employers a person may act
/// for. An employer's agents are managed by its current legal representative (signed in as a person) or by
/// a clerk of its region; an employer token reads its own list. Every grant and revocation is idempotent and
/// entered in the employer's audit trail.
/// </summary>
internal sealed class EmployerAgents(ApplicantsDbContext db, AuditTrail audit, ChinaClock clock)
{
    private const string EmployerZh = "用人单位";
    private const string PersonZh = "人员";

    public async Task<EmployerAgent> GrantAsync(WriteRequest write, GrantEmployerAgentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        var grant = AgentGrants.Of(request, write.Caller.Role);
        return await IdempotentWrite.RunAsync(db, clock.Now, "GrantEmployerAgent", write.Caller, write.IdempotencyKey, write.Message, EmployerAgent.Parser, async () =>
        {
            var (employer, legalRepresentative) = await ManagedEmployerAsync(request.EmployerId, write.Caller, cancellationToken);
            var agent = await AgentAsync(request.Agent, cancellationToken);
            if (agent.IdNumber == legalRepresentative)
            {
                throw DomainRuleException.Invalid("agent", "法定代表人本人即可代表单位办理，无需授权为经办人。");
            }

            var held = await db.UnrevokedGrantsOfAsync(agent.Id, cancellationToken);
            if (held.FirstOrDefault(g => g.EmployerId == employer.Id && AgentGrants.Overlap(grant.ValidFrom, grant.ValidUntil, g.ValidFrom, g.ValidUntil)) is { } existing)
            {
                throw DomainRuleException.Exists($"{agent.Name}已是该单位的经办人（{Period(existing)}），如需变更请先撤销原授权。");
            }

            var now = clock.Now;
            var record = new EmployerAgentRecord
            {
                Id = Employment.ServiceDefaults.Data.RecordIds.New("G"),
                EmployerId = employer.Id,
                PersonId = agent.Id,
                ValidFrom = grant.ValidFrom,
                ValidUntil = grant.ValidUntil,
                GrantedBy = (int)grant.GrantedBy,
                LetterReference = grant.LetterReference,
                RecordedBy = write.Actor,
                RecordedAt = now,
            };
            db.EmployerAgents.Add(record);
            var answer = ToProto(record, agent, clock.Today);
            audit.Record(now, SubjectTypes.Employer, employer.Id, write.Actor, AuditAction.AgentGranted, null, answer, "", employer.Version);
            return answer;
        }, cancellationToken);
    }

    public async Task<EmployerAgent> RevokeAsync(WriteRequest write, RevokeEmployerAgentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        return await IdempotentWrite.RunAsync(db, clock.Now, "RevokeEmployerAgent", write.Caller, write.IdempotencyKey, write.Message, EmployerAgent.Parser, async () =>
        {
            var (employer, _) = await ManagedEmployerAsync(request.EmployerId, write.Caller, cancellationToken);
            var record = await db.GrantToChangeAsync(employer.Id, request.GrantId, cancellationToken) ?? throw DomainRuleException.NotFound("经办人授权", request.GrantId);
            if (record.RevokedAt is { } revokedAt)
            {
                throw DomainRuleException.NotAllowed($"该授权已于 {ChinaClock.DateOf(revokedAt):yyyy-MM-dd} 撤销。");
            }

            var before = ToProto(record, await db.People.AsNoTracking().SingleAsync(p => p.Id == record.PersonId, cancellationToken), clock.Today);
            var now = clock.Now;
            record.RevokedAt = now;
            record.RevokedBy = write.Actor;
            record.RevocationReason = request.ReasonZh.Trim();
            var after = before.Clone();
            after.RevokedAt = Timestamp.FromDateTimeOffset(now);
            after.RevokedBy = write.Actor;
            after.RevocationReasonZh = record.RevocationReason;
            after.InForce = false;
            audit.Record(now, SubjectTypes.Employer, employer.Id, write.Actor, AuditAction.AgentRevoked, before, after, record.RevocationReason, employer.Version);
            return after;
        }, cancellationToken);
    }

    public async Task<ListEmployerAgentsResponse> ListAsync(string employerId, bool includeEnded, Caller caller, CancellationToken cancellationToken)
    {
        var (employer, _) = await ManagedEmployerAsync(employerId, caller, cancellationToken);
        var today = clock.Today;
        var grants = (await db.AgentsOfAsync(employer.Id, cancellationToken))
            .Where(g => includeEnded || (g.RevokedAt is null && (g.ValidUntil is null || today <= g.ValidUntil))).ToList();
        var personIds = grants.Select(g => g.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var response = new ListEmployerAgentsResponse();
        response.Agents.AddRange(grants.Select(g => ToProto(g, people[g.PersonId], today)));
        return response;
    }

    /// <summary>The employers <paramref name="personId"/> may act for on <paramref name="on"/>: as current legal representative, or by a grant in force that day.</summary>
    public async Task<ListActingForResponse> ActingForAsync(string personId, DateOnly on, Caller caller, CancellationToken cancellationToken)
    {
        var person = await db.PersonToReadAsync(personId, idNumber: null, cancellationToken);
        person = RegionScope.Of(caller).Visible(person ?? throw DomainRuleException.NotFound(PersonZh, personId), PersonZh, personId, RecordOwner.Person(person.Id));
        var response = new ListActingForResponse();
        var represented = await db.HoldersAsync(StaffRelationHistory.LegalRepresentative, [person.IdNumber], cancellationToken);
        var representedIds = represented.Select(r => r.SubjectId).Distinct().ToList();
        var grants = (await db.UnrevokedGrantsOfAsync(person.Id, cancellationToken)).Where(g => g.InForceOn(on)).ToList();
        var employerIds = representedIds.Concat(grants.Select(g => g.EmployerId)).Distinct().ToList();
        var employers = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var id in representedIds)
        {
            // The history names every employer the person has represented; only the current one lets them act.
            if (employers.TryGetValue(id, out var employer) && RecordMapping.ToProto(employer) is { } details && details.LegalRepresentativeIdNumber == person.IdNumber)
            {
                response.Employers.Add(new ActingFor
                {
                    EmployerId = id, EmployerName = employer.Name, CreditCode = employer.CreditCode, ActingAs = ActingAs.LegalRepresentative, Kind = details.Kind,
                });
            }
        }

        foreach (var grant in grants.Where(g => response.Employers.All(e => e.EmployerId != g.EmployerId)))
        {
            var employer = employers[grant.EmployerId];
            response.Employers.Add(new ActingFor
            {
                EmployerId = employer.Id, EmployerName = employer.Name, CreditCode = employer.CreditCode, ActingAs = ActingAs.Agent, GrantId = grant.Id,
                Kind = RecordMapping.ToProto(employer).Kind,
            });
        }

        return response;
    }

    /// <summary>
    /// The employer whose agents the caller manages, with its current legal representative's number: a clerk's
    /// of its region (any other NOT_FOUND, as every read), an employer token's own, or, for a person, one whose
    /// registered legal representative they are (PERMISSION_DENIED saying how to correct the registration).
    /// </summary>
    private async Task<(EmployerRecord Employer, string LegalRepresentative)> ManagedEmployerAsync(string employerId, Caller caller, CancellationToken cancellationToken)
    {
        var found = await db.EmployerToReadAsync(employerId, creditCode: null, cancellationToken) ?? throw DomainRuleException.NotFound(EmployerZh, employerId);
        var details = RecordMapping.ToProto(found);
        var legalRepresentative = details.LegalRepresentativeIdNumber;
        if (caller.Role == CallerRole.Person)
        {
            var person = await db.PersonToReadAsync(caller.Subject, idNumber: null, cancellationToken);
            if (person is null || legalRepresentative.Length == 0 || person.IdNumber != legalRepresentative)
            {
                throw new StatusDetails(global::Grpc.Core.StatusCode.PermissionDenied,
                    $"只有{found.Name}登记的法定代表人可以管理其经办人；如法定代表人登记有误，请携营业执照到单位所在地经办窗口更正。")
                {
                    Reason = "NOT_LEGAL_REPRESENTATIVE",
                }.ToException();
            }

            return (found, legalRepresentative);
        }

        var employer = RegionScope.Of(caller).Visible(found, EmployerZh, employerId, RecordOwner.Employer(found.Id), details.Region?.Code);
        return (employer, legalRepresentative);
    }

    /// <summary>The agent named: a registered person, looked up whatever their region (a grant may name anyone the registry holds).</summary>
    private async Task<PersonRecord> AgentAsync(PersonKey? key, CancellationToken cancellationToken)
    {
        var (personId, idNumber, shown) = key?.KeyCase switch
        {
            PersonKey.KeyOneofCase.PersonId => (key.PersonId, (string?)null, key.PersonId),
            PersonKey.KeyOneofCase.IdNumber => ((string?)null, Domain.People.PersonValidation.IdNumber(key.IdNumber, "agent.id_number", clock.Today).Value, IdMasking.IdNumber(key.IdNumber)),
            _ => throw DomainRuleException.Invalid("agent", "请提供经办人的身份证号码或人员编号。"),
        };
        return await db.PersonToReadAsync(personId, idNumber, cancellationToken)
            ?? throw DomainRuleException.NotAllowed($"经办人（{shown}）尚未在人员登记库中，请其先到经办窗口登记后再授权。");
    }

    private static EmployerAgent ToProto(EmployerAgentRecord record, PersonRecord person, DateOnly today) => new()
    {
        GrantId = record.Id,
        EmployerId = record.EmployerId,
        PersonId = person.Id,
        PersonName = person.Name,
        PersonIdNumberMasked = IdMasking.IdNumber(person.IdNumber),
        ValidFrom = ProtoMapping.ToProto(record.ValidFrom),
        ValidUntil = record.ValidUntil is { } until ? ProtoMapping.ToProto(until) : null,
        GrantedBy = (AgentGrantedBy)record.GrantedBy,
        LetterReference = record.LetterReference,
        RecordedBy = record.RecordedBy,
        RecordedAt = Timestamp.FromDateTimeOffset(record.RecordedAt),
        RevokedAt = record.RevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
        RevokedBy = record.RevokedBy,
        RevocationReasonZh = record.RevocationReason,
        InForce = record.InForceOn(today),
    };

    private static string Period(EmployerAgentRecord grant) =>
        grant.ValidUntil is { } until ? $"{grant.ValidFrom:yyyy-MM-dd} 至 {until:yyyy-MM-dd}" : $"自 {grant.ValidFrom:yyyy-MM-dd} 起";
}
