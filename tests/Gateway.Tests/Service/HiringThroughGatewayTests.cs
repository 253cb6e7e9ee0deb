using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>The gateway routes employment.hiring.v1.HiringSubsidies to the hiring-subsidies service.</summary>
[Collection(nameof(GatewayCollection))]
public sealed class HiringThroughGatewayTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 60_000)]
    public async Task A_counter_reaches_the_hiring_service_through_the_gateway()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);

        // Answered by the service itself: its own NOT_FOUND text, its own list and its own field checks.
        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            hiring.GetClaimAsync(new GetClaimRequest { ClaimId = "H-none" }, TestCallers.Counter()).ResponseAsync);
        // Jiyuan's counter: the tests of this collection store claims of Jiaozuo employers only.
        var listed = await hiring.ListClaimsAsync(new ListClaimsRequest(), TestCallers.Counter("419001"));
        var unknownEmployer = await Assert.ThrowsAsync<RpcException>(() =>
            hiring.PreviewClaimAsync(new SubmitClaimRequest
            {
                Kind = SubsidyKind.Absorption,
                Employer = new EmployerKey { EmployerId = "E-none" },
                Hires = { new HireItem { ContractStart = new CalendarDate { Year = 2023, Month = 3, Day = 1 }, OpenEnded = true } },
            }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Contains("H-none", missing.Said(), StringComparison.Ordinal);
        Assert.Empty(listed.Claims);
        Assert.Equal(StatusCode.NotFound, unknownEmployer.StatusCode);
        Assert.Contains("E-none", unknownEmployer.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Trainee_start_up_and_social_insurance_claims_reach_their_use_cases_through_the_gateway()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);

        // Each kind's own input check answers (R22 period, R14 evidence), then the registry lookup (NOT_FOUND).
        var trainee = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.Traineeship,
            Employer = new EmployerKey { EmployerId = "E-none" },
            Trainees =
            {
                new TraineeItem
                {
                    Traineeship = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 7, Day = 1 }, Until = new CalendarDate { Year = 2023, Month = 6, Day = 30 } },
                },
            },
        }, TestCallers.Counter()).ResponseAsync);
        var startup = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.Startup,
            Employer = new EmployerKey { EmployerId = "E-none" },
            Startup = new StartupItem { FirstBusiness = true, OperatedNormally = true },
        }, TestCallers.Counter()).ResponseAsync);
        var socialInsurance = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.SocialInsurance,
            Employer = new EmployerKey { EmployerId = "E-none" },
            Hires = { new HireItem { ContractStart = new CalendarDate { Year = 2024, Month = 3, Day = 15 }, OpenEnded = true } },
        }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, trainee.StatusCode);
        Assert.Contains("trainees[0].traineeship.until", trainee.Said(), StringComparison.Ordinal);
        // The start-up claim's business is read before any document is asked for (the registry may record what it would show).
        Assert.Equal(StatusCode.NotFound, startup.StatusCode);
        Assert.Contains("E-none", startup.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, socialInsurance.StatusCode);
        Assert.Contains("E-none", socialInsurance.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Stabilisation_flexible_worker_transport_and_referral_claims_reach_their_use_cases_through_the_gateway()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);

        // Each kind's own checks answer: the registry lookup (NOT_FOUND) for 稳岗返还, a person claimant with an
        // employer, a transport claim without its item, a referral claim without placements (INVALID_ARGUMENT).
        var stabilisation = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.StabilisationRefund,
            Employer = new EmployerKey { EmployerId = "E-none" },
        }, TestCallers.Counter()).ResponseAsync);
        var flexible = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.FlexibleSocialInsurance,
            Employer = new EmployerKey { EmployerId = "E-none" },
            FlexibleWorker = new FlexibleWorkerItem(),
        }, TestCallers.Counter()).ResponseAsync);
        var transport = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest { Kind = SubsidyKind.Transport }, TestCallers.Counter()).ResponseAsync);
        var referral = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.JobReferral,
            Employer = new EmployerKey { EmployerId = "E-none" },
        }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, stabilisation.StatusCode);
        Assert.Contains("E-none", stabilisation.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, flexible.StatusCode);
        Assert.Contains("employer", flexible.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, transport.StatusCode);
        Assert.Contains("transport", transport.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, referral.StatusCode);
        Assert.Contains("referrals", referral.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R14_R23_incubator_operating_subsidy_claims_reach_their_use_case_through_the_gateway()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);

        // The use case's own checks answer, in its order: the item itself (INVALID_ARGUMENT naming it), then the
        // registry lookup of the business (NOT_FOUND) — before the entry agreement seen, since a business whose
        // incubator entry the registry records needs none stated (registry facts over statements, R14, R23).
        var missingItem = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.IncubatorOperating,
            Employer = new EmployerKey { EmployerId = "E-none" },
        }, TestCallers.Counter()).ResponseAsync);
        var noEvidence = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.IncubatorOperating,
            Employer = new EmployerKey { EmployerId = "E-none" },
            IncubatorOperating = new IncubatorOperatingItem { EnteredIncubator = new CalendarDate { Year = 2023, Month = 3, Day = 15 } },
        }, TestCallers.Counter()).ResponseAsync);
        var unknownBusiness = await Assert.ThrowsAsync<RpcException>(() => hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Kind = SubsidyKind.IncubatorOperating,
            Employer = new EmployerKey { EmployerId = "E-none" },
            IncubatorOperating = new IncubatorOperatingItem { EnteredIncubator = new CalendarDate { Year = 2023, Month = 3, Day = 15 }, EvidenceReference = "入驻协议 2023-015" },
        }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, missingItem.StatusCode);
        Assert.Contains("incubator_operating", missingItem.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, noEvidence.StatusCode);
        Assert.Contains("E-none", noEvidence.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, unknownBusiness.StatusCode);
        Assert.Contains("E-none", unknownBusiness.Said(), StringComparison.Ordinal);
    }
}
