using System.Net;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit;
using HiringV1 = Employment.Hiring.V1;
using TrainingV1 = Employment.Training.V1;

namespace Gateway.Tests.Service;

/// <summary>Registers registry people through the gateway as a region's counter would.</summary>
internal static class RegistryPeople
{
    private static int _sequence;

    /// <summary>A person registered by <paramref name="office"/>'s counter, living and registered in <paramref name="residence"/> (and <paramref name="household"/> when given).</summary>
    public static async Task<(string PersonId, string IdNumber)> RegisterAsync(GrpcChannel channel, string office, string residence, string? household = null)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"4108231991{(sequence % 12) + 1:D2}16{sequence:D3}";
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var person = await new Applicants.ApplicantsClient(channel).RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = id, Name = "跨区测试人", Phone = "13800000000",
                ResidenceRegion = new RegionCode { Code = residence },
                HouseholdRegion = household is null ? null : new RegionCode { Code = household },
            },
        }, TestCallers.Counter(office));
        return (person.PersonId, id);
    }
}

/// <summary>
/// Through the gateway, with the real job-matching service and registry: a seeker keeps the region
/// whose counter registered it, whatever county another region's counter names.
/// </summary>
public sealed class SeekerRegionThroughGatewayTests(JobMatchingPlatform platform) : IClassFixture<JobMatchingPlatform>
{
    private static RegisterSeekerRequest Register(string personId, string? home, string occupation) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { PersonId = personId },
        HomeRegion = home is null ? null : new RegionCode { Code = home },
        Preferences = new JobPreferences { OccupationCodes = { occupation } },
    };

    [Fact(Timeout = 120_000)]
    public async Task A_counter_of_one_region_cannot_take_over_a_seeker_of_another_through_the_gateway()
    {
        var jobs = new JobMatching.JobMatchingClient(platform.Invoker);
        var jiyuan = TestCallers.Counter("419001", "clerk-jiyuan");
        var jiaozuo = TestCallers.Counter("410800", "clerk-jiaozuo");
        var (shared, _) = await RegistryPeople.RegisterAsync(platform.Channel, "419001", residence: "419001", household: "410802");
        var (jiyuanOnly, _) = await RegistryPeople.RegisterAsync(platform.Channel, "419001", residence: "419001");
        var seeker = await jobs.RegisterSeekerAsync(Register(shared, null, "6-31-01-03"), jiyuan);
        await jobs.RegisterSeekerAsync(Register(jiyuanOnly, null, "6-31-01-03"), jiyuan);

        var takeover = await Assert.ThrowsAsync<RpcException>(() => jobs.RegisterSeekerAsync(Register(shared, "410802", "2-06-03-00"), jiaozuo).ResponseAsync);
        var unseen = await Assert.ThrowsAsync<RpcException>(() => jobs.RegisterSeekerAsync(Register(jiyuanOnly, "410802", "2-06-03-00"), jiaozuo).ResponseAsync);
        var tags = await Assert.ThrowsAsync<RpcException>(() => jobs.ListSeekerTagsAsync(new ListSeekerTagsRequest { SeekerId = seeker.SeekerId }, jiaozuo).ResponseAsync);
        var stillJiyuans = await jobs.ListSeekerTagsAsync(new ListSeekerTagsRequest { SeekerId = seeker.SeekerId }, jiyuan);

        Assert.Equal(StatusCode.FailedPrecondition, takeover.StatusCode);
        Assert.Equal(StatusCode.NotFound, unseen.StatusCode);
        Assert.Equal(StatusCode.NotFound, tags.StatusCode);
        Assert.Contains(stillJiyuans.Tags, t => t.TagId.StartsWith("occupation:", StringComparison.Ordinal));
    }
}

/// <summary>
/// Through the gateway, with the real registry, training and hiring services: each reads the registry
/// with its own identity and so applies the caller's region itself; what a caller may not see is the
/// registry's own NOT_FOUND, and nothing is stored.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class PersonRegionThroughGatewayTests(PlatformUnderTest platform)
{
    internal static TrainingV1.SubmitApplicationRequest SkillUpgrade(string idNumber, string region) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { IdNumber = idNumber },
        Kind = TrainingV1.SubsidyKind.SkillUpgrade,
        Certificate = new Certificate
        {
            CertificateNumber = "S" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
            OccupationCode = "6-18-01-01", OccupationName = "焊工", Level = SkillLevel.L4,
            IssueDate = new CalendarDate { Year = 2024, Month = 6, Day = 1 }, IssuingBody = "焦作市职业技能鉴定中心",
        },
        PaymentAccount = "6217000000001234567",
        Region = new RegionCode { Code = region },
    };

    [Fact(Timeout = 120_000)]
    public async Task A_counter_cannot_read_the_registry_of_another_region_through_training_or_hiring()
    {
        var training = new TrainingV1.TrainingSubsidies.TrainingSubsidiesClient(platform.Channel);
        var hiring = new HiringV1.HiringSubsidies.HiringSubsidiesClient(platform.Channel);
        var (_, jiyuanPerson) = await RegistryPeople.RegisterAsync(platform.Channel, "419001", residence: "419001");
        var jiaozuo = TestCallers.Counter("410800");

        var preview = await Assert.ThrowsAsync<RpcException>(() => training.PreviewApplicationAsync(SkillUpgrade(jiyuanPerson, "410823"), jiaozuo).ResponseAsync);
        var submit = await Assert.ThrowsAsync<RpcException>(() => training.SubmitApplicationAsync(SkillUpgrade(jiyuanPerson, "410823"), jiaozuo).ResponseAsync);
        var transport = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new HiringV1.SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Kind = HiringV1.SubsidyKind.Transport,
            Transport = new HiringV1.TransportItem
            {
                PersonIdNumber = jiyuanPerson,
                County = new RegionCode { Code = "410821" },
                WorkStart = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
                WorkPlace = new RegionCode { Code = "440300" },
                EvidenceReference = "务工证明 2024-001",
            },
            PaymentAccount = "6222000000000000004",
        }, jiaozuo).ResponseAsync);
        var stored = await training.ListApplicationsAsync(new TrainingV1.ListApplicationsRequest(), TestCallers.Admin());

        Assert.Equal(StatusCode.NotFound, preview.StatusCode);
        Assert.Equal(StatusCode.NotFound, submit.StatusCode);
        Assert.Equal(StatusCode.NotFound, transport.StatusCode);
        Assert.DoesNotContain(stored.Applications, a => a.IdNumberMasked == IdMasking.IdNumber(jiyuanPerson));

        // Its own region's counter is answered with a judgement.
        var own = await training.PreviewApplicationAsync(SkillUpgrade(jiyuanPerson, "419001"), TestCallers.Counter("419001"));
        Assert.Equal(TrainingV1.ApplicationStatus.Preview, own.Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_training_application_carrying_control_characters_is_refused_at_every_field_before_any_handler()
    {
        var training = new TrainingV1.TrainingSubsidies.TrainingSubsidiesClient(platform.Channel);
        var request = SkillUpgrade(TestIds.Any(), "410823");
        request.PaymentAccount = "6217\u0000\u202E000001234567";

        var refused = await Assert.ThrowsAsync<RpcException>(() => training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("payment_account", refused.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("/v1/policy/measures?region.code=410800&on=2024-03-01")]
    [InlineData("/v1/no/such/route")]
    public async Task A_REST_answer_tells_the_browser_not_to_sniff_it(string path)
    {
        using var response = await platform.Http.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }
}

/// <summary>Valid identity numbers nobody registered.</summary>
internal static class TestIds
{
    private static int _sequence;

    public static string Any()
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"4108231985{(sequence % 12) + 1:D2}17{sequence:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }
}
