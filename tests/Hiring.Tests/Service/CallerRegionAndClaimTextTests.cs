using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// The hiring service reads the registry with its own identity, so it applies the caller's region rule
/// itself, as the registry would answer the caller: a counter finds an employer registered in its
/// region, and a person registered there or whom the registry links to the claim's employer; anything
/// else is the NOT_FOUND of an unknown key. And a claim stores no text the registry would refuse.
/// </summary>
public sealed class CallerRegionAndClaimTextTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly January1 = new(2023, 1, 1);
    private static readonly DateOnly June30 = new(2023, 6, 30);

    private static SubmitClaimRequest Transport(string idNumber, string county) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Kind = SubsidyKind.Transport,
        Transport = new TransportItem
        {
            PersonIdNumber = idNumber,
            County = new RegionCode { Code = county },
            WorkStart = HiringHost.Date(new DateOnly(2024, 3, 1)),
            WorkPlace = new RegionCode { Code = "440300" },
            EvidenceReference = "务工证明 深圳 2024-001",
        },
        PaymentAccount = "6222000000000000004",
    };

    private async Task<int> StoredClaimsAsync(string region) =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Page = new PageRequest { PageSize = 500 } }, TestCallers.Counter(region))).Claims.Count;

    private static string Masked(string idNumber) => IdMasking.IdNumber(idNumber);

    [Fact(Timeout = 120_000)]
    public async Task A_counter_cannot_claim_a_trainee_of_another_region_for_a_host_of_its_own()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var jiaozuoHost = await host.EmployerAsync();
        var jiyuanGraduate = await host.JiyuanPersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));
        var unknown = "41082320000101999" + ResidentIdNumber.ComputeCheckCharacter("41082320000101999");
        var before = await StoredClaimsAsync("410800");

        var preview = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Trainees.Claim(jiaozuoHost, Trainees.Trainee(jiyuanGraduate, January1, June30)), TestCallers.Counter()).ResponseAsync);
        var submit = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Trainees.Claim(jiaozuoHost, Trainees.Trainee(jiyuanGraduate, January1, June30)), TestCallers.Counter()).ResponseAsync);
        var never = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Trainees.Claim(jiaozuoHost, Trainees.Trainee(unknown, January1, June30)), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, preview.StatusCode);
        Assert.Equal(StatusCode.NotFound, submit.StatusCode);
        Assert.Equal(never.Status.Detail.Replace(Masked(unknown), "…", StringComparison.Ordinal), preview.Status.Detail.Replace(Masked(jiyuanGraduate), "…", StringComparison.Ordinal));
        Assert.Equal(before, await StoredClaimsAsync("410800"));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_counter_cannot_claim_transport_for_a_person_of_another_region_by_naming_its_own_county()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var jiyuanPerson = await host.JiyuanPersonAsync(new DateOnly(1990, 1, 1), new PersonFact
        {
            Kind = PersonFactKind.PovertyAlleviated,
            Period = new DatePeriod { From = HiringHost.Date(new DateOnly(2021, 1, 1)) },
            Authority = "济源示范区乡村振兴局",
        });

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Transport(jiyuanPerson, "410821"), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Contains("transport.person_id_number", refused.Said(), StringComparison.Ordinal);
        Assert.DoesNotContain("济源", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_worker_of_a_covered_employer_who_lives_across_the_border_is_found_through_the_registrys_contract()
    {
        host.SetToday(new DateOnly(2024, 3, 1));
        var jiaozuoEmployer = await host.EmployerAsync();
        var start = new DateOnly(2024, 1, 2);
        var commuter = await host.JiyuanPersonAsync(new DateOnly(1999, 1, 1), new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = HiringHost.Date(start) },
            Authority = "焦作市人社局",
            Contract = new EmploymentContract { EmployerCreditCode = jiaozuoEmployer, OpenEnded = true },
        });
        var stranger = await host.JiyuanPersonAsync(new DateOnly(1999, 2, 2));

        var preview = await host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.Absorption, jiaozuoEmployer, Claims.Hire(commuter, start)), TestCallers.Counter());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.Absorption, jiaozuoEmployer, Claims.Hire(stranger, start)), TestCallers.Counter()).ResponseAsync);

        Assert.Single(preview.Items);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_employer_of_another_region_is_NOT_FOUND_as_an_unknown_one_is()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var jiyuanEmployer = await host.EmployerAsync(region: "419001", name: "济源示例科技有限公司");
        var graduate = await host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Trainees.Claim(jiyuanEmployer, Trainees.Trainee(graduate, January1, June30)), TestCallers.Counter()).ResponseAsync);
        var listed = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = jiyuanEmployer } }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal(StatusCode.NotFound, listed.StatusCode);
        Assert.Contains(IdMasking.CreditCode(jiyuanEmployer), refused.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("trainee_host.evidence_reference", "焦人社见认\u202E〔2022〕12号")]
    [InlineData("trainee_host.evidence_reference", "焦人社见认\u0000")]
    [InlineData("trainee_host.evidence_reference", "焦人社见认〔２０２２〕12号")]
    [InlineData("payment_account", "not-an-account")]
    [InlineData("payment_account", "6222\u00000000")]
    [InlineData("idempotency_key", "１２３")]
    [InlineData("idempotency_key", "key\u202E")]
    public async Task A_claim_field_the_registry_would_refuse_is_INVALID_ARGUMENT_naming_it_and_nothing_is_stored(string field, string value)
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var employer = await host.EmployerAsync();
        var request = Trainees.Claim(employer, Trainees.Trainee(await host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30))), January1, June30));
        switch (field)
        {
            case "trainee_host.evidence_reference": request.TraineeHost.EvidenceReference = value; break;
            case "payment_account": request.PaymentAccount = value; break;
            case "idempotency_key": request.IdempotencyKey = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        var stored = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer } }, TestCallers.Counter());
        Assert.Empty(stored.Claims);
    }
}
