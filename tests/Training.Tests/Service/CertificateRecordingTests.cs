using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;
using static Training.Tests.Service.VocationalTrainingRequests;

namespace Training.Tests.Service;

/// <summary>
/// ("a certificate not yet recorded is recorded in the registry through its API"): a certificate
/// given by value is added to the registry (AddPersonFact, the training service's own token) before the
/// application is stored, once, and not at all when the application is refused. Training on PostgreSQL.
/// </summary>
public sealed class CertificateRecordingTests(PostgresTrainingHost host) : IClassFixture<PostgresTrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<List<PersonFact>> CertificatesOfAsync(string idNumber) =>
        (await host.Registry.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { IdNumber = idNumber }, Purpose = "training.tests" }, TestCallers.Counter()))
            .Facts.Where(f => f.Kind == PersonFactKind.Certificate).ToList();

    [Fact(Timeout = 60_000)]
    public async Task R24_a_certificate_given_by_value_is_in_the_registry_profile_after_submission_once()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var request = For(id, Issued);

        var first = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var retry = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var certificates = await CertificatesOfAsync(id);

        Assert.Equal(ShownOnce.WithoutCode(first), retry);
        var recorded = Assert.Single(certificates);
        Assert.Equal(request.Certificate.CertificateNumber, recorded.Certificate.CertificateNumber);
        Assert.Equal(request.Certificate.Level, recorded.Certificate.Level);
        Assert.Equal(request.Certificate.IssueDate, recorded.Period.From);
        Assert.Equal(request.Certificate.IssuingBody, recorded.Authority);

        // Named by its fact id from now on, it is not recorded a second time.
        var byFact = await host.Training.PreviewApplicationAsync(new Employment.Training.V1.SubmitApplicationRequest(request) { CertificateFactId = recorded.FactId }, TestCallers.Counter());
        Assert.Equal(request.Certificate.CertificateNumber, byFact.Certificate.CertificateNumber);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_a_new_certificate_without_its_issuing_body_is_refused_at_preview_as_taking_would_refuse_it()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var request = For(id, Issued);
        request.Certificate.IssuingBody = "";

        var preview = await Assert.ThrowsAsync<RpcException>(() => host.Training.PreviewApplicationAsync(request, TestCallers.Counter()).ResponseAsync);
        var submit = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (preview.StatusCode, submit.StatusCode));
        Assert.Contains("发证机构", preview.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(await CertificatesOfAsync(id));
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz_conf_80_a_vocational_submission_records_the_certificate_the_course_led_to()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued);
        var request = ForCourse(id, Issued);

        await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());

        Assert.Equal(request.Certificate.CertificateNumber, Assert.Single(await CertificatesOfAsync(id)).Certificate.CertificateNumber);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_a_refused_submission_or_a_preview_records_nothing()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued, insuredMonths: 11);
        var request = For(id, Issued);

        await host.Training.PreviewApplicationAsync(request, TestCallers.Counter());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Empty(await CertificatesOfAsync(id));
    }
}
