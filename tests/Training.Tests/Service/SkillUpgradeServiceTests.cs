using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// The skill-upgrade subsidy over real gRPC, with the registry running: facts come from the registry
/// through the profile cache, applications go to the service's own database.
/// </summary>
public sealed class SkillUpgradeServiceTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    private static async Task<RpcException> RefusedAsync(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    [Fact(Timeout = 60_000)]
    public async Task R12_a_preview_judges_from_the_registrys_facts_and_stores_nothing()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);

        var preview = await host.Training.PreviewApplicationAsync(For(id, Issued2024, SkillLevel.L3), TestCallers.Counter());

        Assert.Equal(ApplicationStatus.Preview, preview.Status);
        Assert.Equal("", preview.ApplicationId);
        Assert.Equal(200_000, preview.Amount.Fen);
        Assert.Equal(Outcome.Passed, preview.Explanation.Outcome);
        Assert.Contains(preview.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.insurance_months_min" && c.Passed);
        Assert.Contains(preview.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.employment_contract_in_force" && c.Passed);
        Assert.DoesNotContain(id[6..14], preview.IdNumberMasked, StringComparison.Ordinal);
        var listed = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter());
        Assert.Empty(listed.Applications);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_a_submission_is_stored_once_a_retry_gets_the_first_answer_and_the_certificate_again_names_the_first_application()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var request = For(id, Issued2024);

        var first = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var retry = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var again = request.Clone();
        again.IdempotencyKey = Guid.NewGuid().ToString();
        var duplicate = await RefusedAsync(() => host.Training.SubmitApplicationAsync(again, TestCallers.Counter()).ResponseAsync);

        Assert.StartsWith("T", first.ApplicationId, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, first.Status);
        Assert.Equal(150_000, first.Amount.Fen);
        Assert.Equal(1, first.Record.Version);
        Assert.Equal(ShownOnce.WithoutCode(first), retry);
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Contains(first.ApplicationId, duplicate.Said(), StringComparison.Ordinal);
        Assert.Contains("certificate.certificate_number", duplicate.Said(), StringComparison.Ordinal);
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = first.ApplicationId }, TestCallers.Counter());
        Assert.Equal(ShownOnce.WithoutCode(first), ShownOnce.AsWritten(read));
    }

    /// <summary>
    /// A decision is never made on facts older than the last change the clerk saw accepted: in the
    /// embedded shape (no shared cache, so no invalidation reaches this service) a fact the registry
    /// accepted decides the very next preview, not one ten minutes later.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task A_fact_added_in_the_registry_decides_the_next_preview_in_another_service_at_once()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024, insuredMonths: 11);
        var before = await host.Training.PreviewApplicationAsync(For(id, Issued2024), TestCallers.Counter());
        Assert.Contains(before.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.insurance_months_min" && !c.Passed);

        var person = await host.Registry.GetPersonAsync(new Employment.Applicants.V1.GetPersonRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter());
        await host.Registry.AddPersonFactAsync(new Employment.Applicants.V1.AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.UnemploymentInsurance,
                Period = new DatePeriod { From = TrainingHost.Date(Issued2024.AddMonths(-29)), Until = TrainingHost.Date(Issued2024.AddDays(-1)) },
                Authority = "焦作市社会保险中心",
                Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Unemployment, Months = 29, EmployerCreditCode = "" },
            },
        }, TestCallers.Counter());
        var after = await host.Training.PreviewApplicationAsync(For(id, Issued2024), TestCallers.Counter());

        Assert.Contains(after.Explanation.Checks, c => c.RuleId == "training.skill_upgrade.insurance_months_min" && c.Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_eleven_insured_months_are_refused_at_submission_naming_the_rule_and_nothing_is_stored()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024, insuredMonths: 11);

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(For(id, Issued2024), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.skill_upgrade.insurance_months_min", refused.Said(), StringComparison.Ordinal);
        var listed = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter());
        Assert.Empty(listed.Applications);
    }

    [Fact(Timeout = 60_000)]
    public async Task R27_a_Jiyuan_counter_previews_no_policy_on_the_facts_a_Jiaozuo_county_pays()
    {
        // Lives in Jiyuan, household in 武陟县: both counters may see the person; the region paying decides.
        var id = await host.RegisterInsuredWorkerAsync(Issued2024, residence: "419001");

        var jiyuan = await host.Training.PreviewApplicationAsync(For(id, Issued2024, region: "419001"), TestCallers.Counter("419001"));
        var wuzhi = await host.Training.PreviewApplicationAsync(For(id, Issued2024, region: "410823"), TestCallers.Counter("410800"));

        Assert.Equal(0, jiyuan.Amount.Fen);
        Assert.Equal("training.skill_upgrade.policy_in_force", Assert.Single(jiyuan.Explanation.Checks).RuleId);
        Assert.Equal(150_000, wuzhi.Amount.Fen);
    }

    [Fact(Timeout = 60_000)]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var counter = TestCallers.Counter();
        var badNumber = For(id[..17] + (id[17] == '0' ? '1' : '0'), Issued2024);
        var unknown = For(TrainingHost.NewIdNumber(), Issued2024);
        var future = For(id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3));
        var noLevel = For(id, Issued2024, SkillLevel.Unspecified);
        var noRegion = For(id, Issued2024, region: "");

        var refusals = new Dictionary<string, RpcException>
        {
            ["person.id_number"] = await RefusedAsync(() => host.Training.PreviewApplicationAsync(badNumber, counter).ResponseAsync),
            ["certificate.issue_date"] = await RefusedAsync(() => host.Training.PreviewApplicationAsync(future, counter).ResponseAsync),
            ["certificate.level"] = await RefusedAsync(() => host.Training.PreviewApplicationAsync(noLevel, counter).ResponseAsync),
            ["region"] = await RefusedAsync(() => host.Training.PreviewApplicationAsync(noRegion, counter).ResponseAsync),
        };
        var notFound = await RefusedAsync(() => host.Training.SubmitApplicationAsync(unknown, counter).ResponseAsync);

        foreach (var (field, refusal) in refusals)
        {
            Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
            Assert.Contains($"field: {field}", refusal.Said(), StringComparison.Ordinal);
        }

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.DoesNotContain(unknown.Person.IdNumber, notFound.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_acts_within_its_region_and_does_not_see_another_regions_applications()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var submitted = await host.Training.SubmitApplicationAsync(For(id, Issued2024), TestCallers.Counter("410800"));

        var outside = await RefusedAsync(() => host.Training.SubmitApplicationAsync(For(id, Issued2024), TestCallers.Counter("410802")).ResponseAsync);
        var hidden = await RefusedAsync(() => host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = submitted.ApplicationId }, TestCallers.Counter("410802")).ResponseAsync);
        var listedElsewhere = await host.Training.ListApplicationsAsync(new ListApplicationsRequest(), TestCallers.Counter("410802"));
        var listedHere = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Year = 2024 }, TestCallers.Counter("410823"));

        Assert.Equal(StatusCode.PermissionDenied, outside.StatusCode);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(listedElsewhere.Applications, a => a.ApplicationId == submitted.ApplicationId);
        Assert.Contains(listedHere.Applications, a => a.ApplicationId == submitted.ApplicationId);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_decision_needs_the_version_read_is_made_once_and_a_rejection_says_why()
    {
        var counter = TestCallers.Counter();
        var approved = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued2024), Issued2024), counter);
        var rejected = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued2024), Issued2024), counter);
        DecideApplicationRequest Decide(TrainingApplication a, bool approve, long version, string reason = "") => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = a.ApplicationId,
            ExpectedVersion = version,
            Approve = approve,
            ReasonZh = reason,
        };

        var stale = await RefusedAsync(() => host.Training.DecideApplicationAsync(Decide(approved, true, 7), counter).ResponseAsync);
        var done = await host.Training.DecideApplicationAsync(Decide(approved, true, 1, "材料齐全"), counter);
        var twice = await RefusedAsync(() => host.Training.DecideApplicationAsync(Decide(approved, false, 2, "重复审核"), counter).ResponseAsync);
        var noReason = await RefusedAsync(() => host.Training.DecideApplicationAsync(Decide(rejected, false, 1), counter).ResponseAsync);
        var no = await host.Training.DecideApplicationAsync(Decide(rejected, false, 1, "证书信息与鉴定机构记录不符"), counter);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(ApplicationStatus.Approved, done.Status);
        Assert.Equal(2, done.Record.Version);
        Assert.Equal("clerk-001", done.Record.UpdatedBy);
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Contains("reason_zh", noReason.Said(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Rejected, no.Status);
        Assert.Equal("证书信息与鉴定机构记录不符", no.DecisionReasonZh);
        Assert.NotEmpty(no.Explanation.Checks);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_the_fourth_certificate_of_a_year_is_refused_by_the_applications_already_stored()
    {
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2024, 1, 1), insuredMonths: 36);
        var counter = TestCallers.Counter();
        foreach (var (occupation, month) in new[] { ("4-01-01-01", 2), ("4-01-02-01", 3), ("4-01-03-01", 4) })
        {
            var request = For(id, new DateOnly(2024, month, 1));
            request.Certificate.OccupationCode = occupation;
            await host.Training.SubmitApplicationAsync(request, counter);
        }

        var fourth = await RefusedAsync(() => host.Training.SubmitApplicationAsync(For(id, new DateOnly(2024, 5, 1)), counter).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, fourth.StatusCode);
        Assert.Contains("training.skill_upgrade.max_per_year", fourth.Said(), StringComparison.Ordinal);
    }
}
