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
public sealed class AuditRelationsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
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
    public async Task Staff_id_household_number_and_legal_representative_are_the_admins_to_write_and_every_change_is_kept_with_who_and_when()
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
        var byAdmin = await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = person.Record.Version,
            Person = new Person { StaffId = staffId, HouseholdNumber = "H0002" },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "staff_id", "household_number" } },
            ReasonZh = "人事科录入工号",
        }, TestCallers.Admin("admin-hr"));
        var trail = await host.Client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = person.PersonId }, clerk);

        Assert.All(clearing.Prepend(registering).Append(representing), e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
        Assert.Contains("person.staff_id", registering.Said(), StringComparison.Ordinal);
        Assert.Contains("person.household_number", clearing[1].Said(), StringComparison.Ordinal);
        Assert.Contains("employer.legal_representative_id_number", representing.Said(), StringComparison.Ordinal);
        Assert.Equal((staffId, "H0002"), (byAdmin.StaffId, byAdmin.HouseholdNumber));
        var change = Assert.Single(trail.Entries, e => e.Action == AuditAction.Updated);
        Assert.Equal("admin-hr", change.Actor);
        Assert.Contains(staffId, change.AfterJson, StringComparison.Ordinal);
        Assert.Equal("人事科录入工号", change.ReasonZh);
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
        await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = clerk.PersonId,
            ExpectedVersion = clerk.Record.Version,
            Person = new Person(),
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "staff_id", "household_number" } },
        }, admin);
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

    private async Task<Person> RegisterAsync(string idNumber, string household, string staffId)
    {
        var request = People.Register(idNumber);
        request.Person.HouseholdNumber = household;
        request.Person.StaffId = staffId;
        // 工号 and 户号 are the admin's to write (the staff's manager), never a counter's.
        return await host.Client.RegisterPersonAsync(request, TestCallers.Admin());
    }

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
