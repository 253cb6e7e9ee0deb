using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;
using static Training.Tests.Service.VocationalTrainingRequests;

namespace Training.Tests.Service;

/// <summary>
/// The training service reads the registry with its own identity, so it applies the caller's region
/// rule itself: a counter finds only the people its region covers, exactly as the registry would
/// answer it. And it stores nothing the registry would refuse: control characters, malformed codes,
/// absurd numbers.
/// </summary>
public sealed class CallerRegionAndStoredInputTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    private static async Task<RpcException> RefusedAsync(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    private static string Masked(string idNumber) => Employment.IdentityNumbers.IdMasking.IdNumber(idNumber);

    [Fact(Timeout = 60_000)]
    public async Task A_counter_cannot_preview_or_submit_for_a_person_of_another_region_by_naming_its_own_county()
    {
        var jiyuanPerson = await host.RegisterJiyuanWorkerAsync(Issued2024);
        var unknown = TrainingHost.NewIdNumber();

        var preview = await RefusedAsync(() => host.Training.PreviewApplicationAsync(For(jiyuanPerson, Issued2024, region: "410823"), TestCallers.Counter("410800")).ResponseAsync);
        var submit = await RefusedAsync(() => host.Training.SubmitApplicationAsync(For(jiyuanPerson, Issued2024, region: "410823"), TestCallers.Counter("410800")).ResponseAsync);
        var never = await RefusedAsync(() => host.Training.PreviewApplicationAsync(For(unknown, Issued2024, region: "410823"), TestCallers.Counter("410800")).ResponseAsync);

        // The same NOT_FOUND as a number the registry does not know: nothing of the registry's record leaks.
        Assert.Equal(StatusCode.NotFound, preview.StatusCode);
        Assert.Equal(StatusCode.NotFound, submit.StatusCode);
        Assert.Equal(StatusCode.NotFound, never.StatusCode);
        Assert.Equal(never.Status.Detail.Replace(Masked(unknown), "…", StringComparison.Ordinal), preview.Status.Detail.Replace(Masked(jiyuanPerson), "…", StringComparison.Ordinal));
        Assert.Equal(preview.Status.Detail, submit.Status.Detail);

        // Nothing was stored for it, and its own region's counter still judges it.
        var stored = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = jiyuanPerson } }, TestCallers.Counter("419001"));
        Assert.Empty(stored.Applications);
        var own = await host.Training.PreviewApplicationAsync(For(jiyuanPerson, Issued2024, region: "419001"), TestCallers.Counter("419001"));
        Assert.Equal(ApplicationStatus.Preview, own.Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_cannot_list_another_regions_applications_by_naming_the_person()
    {
        var jiyuanPerson = await host.RegisterJiyuanWorkerAsync(Issued2024);

        var listed = await RefusedAsync(() => host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = jiyuanPerson } }, TestCallers.Counter("410800")).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, listed.StatusCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("payment_account", "6217\u0000000001234567")]
    [InlineData("payment_account", "6217000000\u202E1234567")]
    [InlineData("payment_account", "６２１７０００００１２３４５６７")]
    [InlineData("payment_account", "account-of-someone")]
    [InlineData("certificate.certificate_number", "S２０２４０００１")]
    [InlineData("certificate.occupation_name", "焊工\u001b[31m")]
    [InlineData("certificate.issuing_body", "焦作市职业技能鉴定中心\u202E")]
    [InlineData("course.institution_credit_code", "not-a-code<script>")]
    [InlineData("course.institution_credit_code", "52410800MJ0000000X")]
    [InlineData("course.institution_name", "焦作市第１职业培训学校")]
    [InlineData("course.course_id", "C\u0000")]
    [InlineData("course.hours", "2147483647")]
    [InlineData("course.hours", "-1")]
    [InlineData("idempotency_key", "键\u0000")]
    [InlineData("idempotency_key", "１２３")]
    public async Task A_stored_field_the_registry_would_refuse_is_invalid_argument_naming_it_and_nothing_is_stored(string field, string value)
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var request = ForCourse(id, Issued2024);
        switch (field)
        {
            case "payment_account": request.PaymentAccount = value; break;
            case "certificate.certificate_number": request.Certificate.CertificateNumber = value; break;
            case "certificate.occupation_name": request.Certificate.OccupationName = value; break;
            case "certificate.issuing_body": request.Certificate.IssuingBody = value; break;
            case "course.institution_credit_code": request.Course.InstitutionCreditCode = value; break;
            case "course.institution_name": request.Course.InstitutionName = value; break;
            case "course.course_id": request.Course.CourseId = value; break;
            case "course.hours": request.Course.Hours = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "idempotency_key": request.IdempotencyKey = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", refused.Said(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", refused.Said(), StringComparison.Ordinal);
        var stored = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter());
        Assert.Empty(stored.Applications);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_payment_account_grouped_as_printed_on_the_card_is_accepted()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var request = ForCourse(id, Issued2024);
        request.PaymentAccount = "6217 0000 0000 1234 567";

        var stored = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());

        Assert.NotEqual("", stored.ApplicationId);
    }
}
