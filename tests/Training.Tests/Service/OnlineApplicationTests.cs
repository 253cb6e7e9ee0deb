using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Google.Protobuf;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 网上办理 (焦政办〔2023〕36号（十七）) over real gRPC: a signed-in person submits their own 技能提升补贴, judged by the same
/// rules as at a counter, kept with the channel and the certificate's scan (its type from its content, its SHA-256),
/// which the office's clerk reads back; a file that lies about its type, an empty one, a missing scan, another person's
/// number and an apprenticeship are refused, and nothing of a refused request is stored.
/// </summary>
public sealed class OnlineApplicationTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    /// <summary>The first bytes of a PDF, as a scanner writes one.</summary>
    private static readonly byte[] ScannedPdf = [.. "%PDF-1.7\n%scan of a certificate\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x20, 2048)];

    private static readonly byte[] PngPhoto = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private async Task<(string IdNumber, Metadata Person)> SignedInWorkerAsync()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var person = await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } }, TestCallers.Counter());
        return (id, TestCallers.Person(person.PersonId));
    }

    private static SubmitApplicationRequest Online(string idNumber, params Material[] materials)
    {
        var request = For(idNumber, Issued);
        request.Person = null;
        request.Materials.Add(materials);
        return request;
    }

    private static Material Scan(string fileName, byte[] content) => new() { Kind = "certificate", FileName = fileName, Content = ByteString.CopyFrom(content) };

    [Fact(Timeout = 60_000)]
    public async Task A_person_applies_online_with_the_certificates_scan_and_the_offices_clerk_reads_the_channel_and_the_file()
    {
        var (id, person) = await SignedInWorkerAsync();
        var request = Online(id, Scan("证书.pdf", ScannedPdf));

        var taken = await host.Training.SubmitApplicationAsync(request, person);
        var again = await host.Training.SubmitApplicationAsync(request, person);
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, TestCallers.Counter());

        Assert.Equal((ApplicationStatus.Submitted, Channel.Online), (taken.Status, taken.Channel));
        Assert.Equal(taken.ApplicationId, again.ApplicationId);
        var file = Assert.Single(read.Materials);
        Assert.Equal(("certificate", "证书的扫描件或照片", "证书.pdf", "application/pdf", (long)ScannedPdf.Length),
            (file.Kind, file.KindZh, file.FileName, file.ContentType, file.SizeBytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ScannedPdf)), file.Sha256);
        Assert.Equal(file, Assert.Single(taken.Materials));
        var content = await host.Cases.GetMaterialAsync(new GetMaterialRequest { SubsidyService = PlatformServices.Training, RecordId = taken.ApplicationId, MaterialId = file.MaterialId }, TestCallers.Counter());
        Assert.Equal(ScannedPdf, content.Content.ToByteArray());
        // The person reads their own file; a clerk of another office does not learn it exists.
        Assert.Equal(file, (await host.Cases.GetMaterialAsync(new GetMaterialRequest { SubsidyService = PlatformServices.Training, RecordId = taken.ApplicationId, MaterialId = file.MaterialId }, person)).Info);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetMaterialAsync(
            new GetMaterialRequest { SubsidyService = PlatformServices.Training, RecordId = taken.ApplicationId, MaterialId = file.MaterialId }, TestCallers.Counter("419001")).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        // Taken at a counter, the channel says so.
        var (counterId, _) = await SignedInWorkerAsync();
        Assert.Equal(Channel.Counter, (await host.Training.SubmitApplicationAsync(For(counterId, Issued), TestCallers.Counter())).Channel);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_file_that_lies_about_its_type_an_empty_one_and_a_missing_scan_are_refused_naming_the_file_and_nothing_is_stored()
    {
        var (id, person) = await SignedInWorkerAsync();

        var lying = await Refused(Online(id, Scan("证书.pdf", PngPhoto)), person);
        var notAFile = await Refused(Online(id, Scan("证书.pdf", "<html>not a scan</html>"u8.ToArray())), person);
        var empty = await Refused(Online(id, Scan("证书.jpg", [])), person);
        var missing = await Refused(Online(id), person);
        var unknownKind = await Refused(Online(id, new Material { Kind = "contract", FileName = "合同.pdf", Content = ByteString.CopyFrom(ScannedPdf) }), person);

        Assert.All(new[] { lying, notAFile, empty, missing, unknownKind }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Contains("materials[0].file_name", lying.Said(), StringComparison.Ordinal);
        Assert.Contains("与文件名不符", lying.Said(), StringComparison.Ordinal);
        Assert.Contains("不是 PDF、JPG 或 PNG 文件", notAFile.Said(), StringComparison.Ordinal);
        Assert.Contains("空文件", empty.Said(), StringComparison.Ordinal);
        Assert.Contains("请上传证书的扫描件", missing.Said(), StringComparison.Ordinal);
        Assert.Contains("materials[0].kind", unknownKind.Said(), StringComparison.Ordinal);
        var mine = await host.Cases.ListMineAsync(new ListMineRequest(), person);
        Assert.Empty(mine.Records);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_person_cannot_apply_for_another_nor_for_an_enterprises_apprenticeship()
    {
        var (_, person) = await SignedInWorkerAsync();
        var (otherId, _) = await SignedInWorkerAsync();

        var forAnother = await Refused(WithPerson(Online(otherId, Scan("证书.png", PngPhoto)), otherId), person);
        var apprenticeship = ApprenticeshipRequests.ForApprentice(otherId);
        var enterprises = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(apprenticeship, person).ResponseAsync);

        // The forms say which kinds a person may submit online: the apprenticeship is the enterprise's.
        var forms = await host.Training.DescribeApplicationFormsAsync(new DescribeFormsRequest(), TestCallers.Public());
        Assert.Equal(["SUBSIDY_KIND_SKILL_UPGRADE", "SUBSIDY_KIND_VOCATIONAL_TRAINING"], forms.Forms.Where(f => f.Online && f.Applicant == FormApplicant.Person).Select(f => f.Kind));
        // Naming another is refused as such, whether or not the registry knows them, so it tells nothing about them.
        Assert.Equal(StatusCode.PermissionDenied, forAnother.StatusCode);
        Assert.Contains("网上申请只能为本人办理", forAnother.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, enterprises.StatusCode);
        Assert.Contains("企业新型学徒制培训补贴由单位申请", enterprises.Said(), StringComparison.Ordinal);
    }

    private static SubmitApplicationRequest WithPerson(SubmitApplicationRequest request, string idNumber)
    {
        request.Person = new PersonKey { IdNumber = idNumber };
        return request;
    }

    private async Task<RpcException> Refused(SubmitApplicationRequest request, Metadata person) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(request, person).ResponseAsync);
}
