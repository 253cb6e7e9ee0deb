using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// What an audit reads of the registry (焦政办〔2023〕36号（十七）: 优亲厚友、骗取套取), on PostgreSQL: clerks are
/// registry people with their staff id (工号, one person each) and household number (户号); an employer names
/// its legal representative by a checked identity number, resolved to the registry person; an auditor reads
/// only what lies in its region; the numbers stay masked.
/// </summary>
public sealed partial class AuditRelationsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static int _staff;

    [Fact(Timeout = 60_000)]
    public async Task An_audit_read_gives_a_clerk_by_staff_id_with_their_household_and_an_employer_with_its_legal_representative()
    {
        var staffId = NewStaffId();
        var clerkId = People.IdNumber(new DateOnly(1980, 1, 5));
        var clerk = await RegisterAsync(clerkId, household: "410802000123", staffId: staffId);
        var son = await RegisterAsync(People.IdNumber(new DateOnly(2004, 2, 6)), household: "410802000123", staffId: "");
        var employer = await EmployerAsync("410802", legalRepresentative: clerkId);

        var read = await host.Client.ReadRelationsForAuditAsync(new AuditRelationsRequest
        {
            StaffIds = { staffId },
            PersonIds = { son.PersonId },
            EmployerCreditCodes = { employer.CreditCode },
            Purpose = "risk.scan",
        }, TestCallers.Service("risk-signals"));

        var staff = Assert.Single(read.Staff);
        Assert.Equal((clerk.PersonId, "410802000123"), (staff.PersonId, staff.HouseholdNumber));
        var person = Assert.Single(read.People);
        Assert.Equal("410802000123", person.Person.HouseholdNumber);
        Assert.Contains("********", person.Person.IdNumber, StringComparison.Ordinal);
        Assert.Equal(clerk.PersonId, Assert.Single(read.Employers).LegalRepresentativePersonId);
        // The counter that registered the employer reads the number whole; the audit trail keeps it masked.
        Assert.Equal(clerkId, employer.LegalRepresentativeIdNumber);
        var trail = await host.Client.GetEmployerAuditAsync(new GetEmployerAuditRequest { EmployerId = employer.EmployerId }, TestCallers.Counter("410800"));
        Assert.DoesNotContain(trail.Entries, e => e.AfterJson.Contains(clerkId, StringComparison.Ordinal));
        Assert.Contains(trail.Entries, e => e.AfterJson.Contains(clerkId[..4], StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_the_risk_scan_reads_relations_for_an_audit_not_an_auditor_or_a_counter_nor_for_another_purpose()
    {
        var staffId = NewStaffId();
        await RegisterAsync(People.IdNumber(new DateOnly(1981, 3, 7)), household: "", staffId: staffId);
        var employer = await EmployerAsync("410802", legalRepresentative: "");
        var request = new AuditRelationsRequest { StaffIds = { staffId }, EmployerCreditCodes = { employer.CreditCode }, Purpose = "risk.scan" };

        var scan = await host.Client.ReadRelationsForAuditAsync(request, TestCallers.Service("risk-signals"));
        var auditor = await Assert.ThrowsAsync<RpcException>(() => host.Client.ReadRelationsForAuditAsync(request, TestCallers.Auditor("410800")).ResponseAsync);
        var counter = await Assert.ThrowsAsync<RpcException>(() => host.Client.ReadRelationsForAuditAsync(request, RegistryHost.Clerk()).ResponseAsync);
        request.Purpose = "好奇";
        var curious = await Assert.ThrowsAsync<RpcException>(() => host.Client.ReadRelationsForAuditAsync(request, TestCallers.Service("risk-signals")).ResponseAsync);

        Assert.Single(scan.Staff);
        Assert.Single(scan.Employers);
        Assert.Equal(StatusCode.PermissionDenied, auditor.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, counter.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, curious.StatusCode);
        Assert.Contains("purpose", curious.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_staff_id_belongs_to_one_person_and_bad_household_staff_and_representative_numbers_are_refused_naming_the_field()
    {
        var staffId = NewStaffId();
        await RegisterAsync(People.IdNumber(new DateOnly(1982, 4, 8)), household: "", staffId: staffId);

        var twice = await Assert.ThrowsAsync<RpcException>(() => RegisterAsync(People.IdNumber(new DateOnly(1983, 5, 9)), household: "", staffId: staffId));
        var household = await Assert.ThrowsAsync<RpcException>(() => RegisterAsync(People.IdNumber(new DateOnly(1984, 6, 10)), household: "41-08 02", staffId: ""));
        var staff = await Assert.ThrowsAsync<RpcException>(() => RegisterAsync(People.IdNumber(new DateOnly(1985, 7, 11)), household: "", staffId: "王 科长"));
        var representative = await Assert.ThrowsAsync<RpcException>(() => EmployerAsync("410802", People.WithWrongCheckDigit(People.IdNumber(new DateOnly(1970, 1, 1)))));

        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains("工号", twice.Said(), StringComparison.Ordinal);
        Assert.Equal((StatusCode.InvalidArgument, true), (household.StatusCode, household.Said().Contains("person.household_number", StringComparison.Ordinal)));
        Assert.Equal((StatusCode.InvalidArgument, true), (staff.StatusCode, staff.Said().Contains("person.staff_id", StringComparison.Ordinal)));
        Assert.Equal((StatusCode.InvalidArgument, true), (representative.StatusCode, representative.Said().Contains("employer.legal_representative_id_number", StringComparison.Ordinal)));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_staff_id_is_the_identity_providers_alone_to_write_household_and_legal_representative_the_admins_and_every_change_is_kept_with_who_and_when()
    {
        var clerk = RegistryHost.Clerk();
        var register = People.Register(People.IdNumber(new DateOnly(1986, 2, 3)));
        register.Person.StaffId = NewStaffId();
        var registering = await Assert.ThrowsAsync<RpcException>(() => host.Client.RegisterPersonAsync(register, clerk).ResponseAsync);
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1986, 2, 4))), clerk);
        var clearing = new List<RpcException>();
        foreach (var path in new[] { "staff_id", "household_number" })
        {
            clearing.Add(await Assert.ThrowsAsync<RpcException>(() => host.Client.UpdatePersonAsync(new UpdatePersonRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                PersonId = person.PersonId,
                ExpectedVersion = person.Record.Version,
                Person = new Person { StaffId = "clerk-self", HouseholdNumber = "H0001" },
                UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { path } },
            }, clerk).ResponseAsync));
        }

        var employer = await EmployerAsync("410802", "");
        var representing = await Assert.ThrowsAsync<RpcException>(() => host.Client.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            ExpectedVersion = employer.Record.Version,
            Employer = new Employer { LegalRepresentativeIdNumber = People.IdNumber(new DateOnly(1970, 3, 3)) },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "legal_representative_id_number" } },
        }, clerk).ResponseAsync);

        var staffId = NewStaffId();
        var adminsStaffId = await Assert.ThrowsAsync<RpcException>(() => UpdateAsync(person, new Person { StaffId = staffId }, "staff_id", TestCallers.Admin("admin-hr")));
        var otherService = await Assert.ThrowsAsync<RpcException>(() => UpdateAsync(person, new Person { StaffId = staffId }, "staff_id", TestCallers.Service("risk-signals")));
        var byAdmin = await UpdateAsync(person, new Person { HouseholdNumber = "H0002" }, "household_number", TestCallers.Admin("admin-hr"), "人事科录入户号");
        var byProvider = await UpdateAsync(byAdmin, new Person { StaffId = staffId }, "staff_id", StaffNumberWriter, "开通工作人员账号");
        var providersHousehold = await Assert.ThrowsAsync<RpcException>(() => UpdateAsync(byProvider, new Person { HouseholdNumber = "H0003" }, "household_number", StaffNumberWriter));
        var trail = await host.Client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = person.PersonId }, clerk);

        Assert.All(clearing.Prepend(registering).Append(representing).Append(adminsStaffId).Append(otherService).Append(providersHousehold),
            e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
        Assert.Contains("person.staff_id", registering.Said(), StringComparison.Ordinal);
        Assert.Contains("person.household_number", clearing[1].Said(), StringComparison.Ordinal);
        Assert.Contains("employer.legal_representative_id_number", representing.Said(), StringComparison.Ordinal);
        Assert.Contains("身份认证服务", adminsStaffId.Said(), StringComparison.Ordinal);
        Assert.Equal((staffId, "H0002"), (byProvider.StaffId, byProvider.HouseholdNumber));
        var changes = trail.Entries.Where(e => e.Action == AuditAction.Updated).ToList();
        Assert.Equal([("admin-hr", "人事科录入户号"), ("identity-provider", "开通工作人员账号")], changes.Select(c => (c.Actor, c.ReasonZh)));
        Assert.Contains(staffId, changes[1].AfterJson, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_audit_read_gives_every_holder_of_a_staff_id_every_household_held_and_every_legal_representative_after_a_change()
    {
        var staffId = NewStaffId();
        var clerkId = People.IdNumber(new DateOnly(1980, 3, 7));
        var clerk = await RegisterAsync(clerkId, household: "H77001", staffId: staffId);
        var employer = await EmployerAsync("410802", legalRepresentative: clerkId);
        var admin = TestCallers.Admin("admin-hr");

        // After the decisions: the clerk's staff id and 户号 are cleared, the employer names another representative.
        var cleared = await UpdateAsync(clerk, new Person(), "staff_id", StaffNumberWriter);
        await UpdateAsync(cleared, new Person(), "household_number", admin);
        await host.Client.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            ExpectedVersion = employer.Record.Version,
            Employer = new Employer { LegalRepresentativeIdNumber = People.IdNumber(new DateOnly(1971, 4, 4)) },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "legal_representative_id_number" } },
        }, admin);

        var read = await host.Client.ReadRelationsForAuditAsync(new AuditRelationsRequest
        {
            StaffIds = { staffId },
            PersonIds = { clerk.PersonId },
            EmployerCreditCodes = { employer.CreditCode },
            Purpose = "risk.scan",
        }, TestCallers.Service("risk-signals"));

        var former = Assert.Single(read.Staff);
        Assert.Equal((clerk.PersonId, false, ""), (former.PersonId, former.HoldsNow, former.HouseholdNumber));
        Assert.Equal(["H77001"], former.HouseholdsHeld);
        Assert.Equal(["H77001"], Assert.Single(read.Households).HouseholdsHeld);
        var represented = Assert.Single(read.Employers);
        Assert.NotEqual(clerk.PersonId, represented.LegalRepresentativePersonId);
        Assert.Contains(clerk.PersonId, represented.RepresentativePersonIdsHeld);
    }

    [Fact(Timeout = 60_000)]
    public async Task One_call_takes_a_thousand_staff_ids_and_two_thousand_people_and_refuses_more_naming_the_field()
    {
        var staffId = NewStaffId();
        await RegisterAsync(People.IdNumber(new DateOnly(1986, 8, 12)), household: "", staffId: staffId);
        var full = new AuditRelationsRequest { Purpose = "risk.scan" };
        full.StaffIds.Add(staffId);
        full.StaffIds.AddRange(Enumerable.Range(1, 999).Select(i => $"clerk-absent-{i}"));
        full.PersonIds.AddRange(Enumerable.Range(1, 2000).Select(i => $"P-absent-{i}"));
        var tooMany = new AuditRelationsRequest { Purpose = "risk.scan" };
        tooMany.StaffIds.AddRange(Enumerable.Range(1, 1001).Select(i => $"clerk-absent-{i}"));

        var read = await host.Client.ReadRelationsForAuditAsync(full, TestCallers.Service("risk-signals"));
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Client.ReadRelationsForAuditAsync(tooMany, TestCallers.Service("risk-signals")).ResponseAsync);

        Assert.Equal(staffId, Assert.Single(read.Staff).StaffId);
        Assert.Empty(read.People);
        Assert.Equal((StatusCode.InvalidArgument, true), (refused.StatusCode, refused.Said().Contains("staff_ids", StringComparison.Ordinal)));
    }

    private static string NewStaffId() => $"clerk-audit-{Interlocked.Increment(ref _staff)}-{Guid.NewGuid():N}"[..40];

    /// <summary>The identity provider's service token: the one writer of a 工号.</summary>
    private static Grpc.Core.Metadata StaffNumberWriter => TestCallers.Service("identity-provider");

    /// <summary>A person registered with their 户号 by the admin and, when given, their 工号 by the identity provider, as an account is opened.</summary>
    private async Task<Person> RegisterAsync(string idNumber, string household, string staffId)
    {
        var request = People.Register(idNumber);
        request.Person.HouseholdNumber = household;
        // 户号 is the admin's to write (the staff's manager), never a counter's; the 工号 the identity provider's.
        var person = await host.Client.RegisterPersonAsync(request, TestCallers.Admin());
        return staffId.Length == 0 ? person : await UpdateAsync(person, new Person { StaffId = staffId }, "staff_id", StaffNumberWriter);
    }

    private async Task<Person> UpdateAsync(Person current, Person change, string path, Grpc.Core.Metadata caller, string reason = "") =>
        await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = current.PersonId,
            ExpectedVersion = current.Record.Version,
            Person = change,
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { path } },
            ReasonZh = reason,
        }, caller);

    private async Task<Employer> EmployerAsync(string region, string legalRepresentative) =>
        await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer
            {
                CreditCode = CreditCodes.Valid(region),
                Name = "稽核读取测试有限公司",
                Region = new RegionCode { Code = region },
                Kind = EntityKind.Enterprise,
                LegalRepresentativeIdNumber = legalRepresentative,
            },
        }, legalRepresentative.Length > 0 ? TestCallers.Admin() : TestCallers.Counter("410800"));
}
