using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.UseCases;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using V1 = Employment.Hiring.V1;

namespace Hiring.Tests.Kinds;

/// <summary>
/// A new kind touches its own folder and one line of the kinds' list (services/README.md, "Adding a kind of
/// subsidy"): here a trivial kind, written as its folder would hold it, takes a contract value in place of
/// 一次性交通补助 in a list of kinds as the service's own list is built, and every shared part finds it — its form,
/// the dispatch of a claim, the keys the service requires for its measure, its leg of the owed list — with no
/// other line written for it.
/// </summary>
public sealed class NewKindTests
{
    private static readonly SubsidyKindList<V1.SubsidyKind, IClaimKind> List = new SubsidyKindList<V1.SubsidyKind, IClaimKind>()
        .Add<OneOffHireClaims>()
        .Add<SocialInsuranceClaims>()
        .Add<TraineeClaims>()
        .Add<StartupClaims>()
        .Add<StabilisationClaims>()
        .Add<FlexibleWorkerClaims>()
        .Add<TrialClaims>()
        .Add<ReferralClaims>()
        .Add<OperatingSubsidyClaims>();

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        List.AddTo(services);
        services.AddSingleton(new ChinaClock(TimeProvider.System));
        services.AddSingleton(ShippedCatalog.WithSampleConfiguration);
        services.AddScoped<ClaimKinds>();
        services.AddScoped<ClaimForms>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void A_new_kind_has_its_form_named_as_its_class_states_it()
    {
        using var provider = Services();
        using var scope = provider.CreateScope();
        var forms = scope.ServiceProvider.GetRequiredService<ClaimForms>().Describe(null, new DateOnly(2024, 3, 1));

        var form = Assert.Single(forms.Forms, f => f.NameZh == TrialClaims.NameZh);
        Assert.Equal("SUBSIDY_KIND_TRANSPORT", form.Kind);
        Assert.Contains(form.Fields, f => f.Path.StartsWith("transport.", StringComparison.Ordinal));
        Assert.Contains(form.Fields, f => f.Path == "payment_account");
    }

    [Fact]
    public async Task A_claim_of_a_new_kind_goes_to_its_class()
    {
        using var provider = Services();
        using var scope = provider.CreateScope();
        var kinds = scope.ServiceProvider.GetRequiredService<ClaimKinds>();
        var request = new V1.SubmitClaimRequest { Kind = TrialClaims.Kind, Transport = new V1.TransportItem { PersonIdNumber = "110101199003074514" } };

        var clerk = new Caller(CallerRole.Counter, "clerk-trial", RegionCode: "410800");
        var kind = kinds.For(request, clerk);
        var preview = await kind.PreviewAsync(request, clerk, CancellationToken.None);

        Assert.IsType<TrialClaims>(kind);
        Assert.Equal(TrialClaims.Kind, preview.Kind);
    }

    [Fact]
    public void R3_the_keys_of_a_new_kinds_measure_are_required_from_the_list()
    {
        Assert.Contains(TrialClaims.Measure, List.Measures);
        Assert.Contains(DecisionReviews.KeyOf(TrialClaims.Measure), List.Measures.Select(DecisionReviews.KeyOf));
        // The service's own list derives its keys the same way: each listed kind's measure has its 复核 and 办结时限 keys.
        Assert.All(ClaimKindList.Kinds.Measures, m => Assert.Contains(DecisionTimeLimits.KeyOf(m), Employment.Hiring.Domain.HiringPolicyKeys.All));
    }

    [Fact]
    public void A_new_kinds_leg_of_the_owed_list_is_looped_over_with_the_others()
    {
        using var provider = Services();
        var legs = provider.GetServices<IOwedLeg>().ToList();

        Assert.Contains(legs, l => l is TrialLeg);
        Assert.Contains(legs.SelectMany(l => l.Counts), c => c.Kinds.Contains(TrialClaims.Kind) && c.JudgedUnitZh == "人");
        // A new leg for each run: what one run gathers never reaches the next.
        Assert.NotSame(legs.OfType<TrialLeg>().Single(), provider.GetServices<IOwedLeg>().OfType<TrialLeg>().Single());
    }
}

/// <summary>A trivial kind as its folder would hold it: it states itself, judges nothing and stores nothing.</summary>
internal sealed class TrialClaims : IClaimKind, IRegisteredKind<V1.SubsidyKind>
{
    public const string NameZh = "试点补贴（测试）";
    public const string Measure = "hiring.trial";
    public const V1.SubsidyKind Kind = V1.SubsidyKind.Transport;

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(Kind, NameZh, Measure, "transport")];

    public static void AddServices(IServiceCollection services) => services.AddOwedLeg<TrialLeg>();

    public bool OwedAsOneClaim => false;

    public Task<V1.HiringClaim> PreviewAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        Task.FromResult(new V1.HiringClaim { Kind = Kind, Status = V1.ClaimStatus.Preview });

    public Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The trial kind stores nothing.");

    public void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
    }

    public string ApplicantNameMasked(HiringClaimRecord claim) => "";

    public IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) => [];
}

/// <summary>The trial kind's leg of the owed list: it counts the people it reads.</summary>
internal sealed class TrialLeg : IOwedLeg
{
    private int read;

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run) => read++;

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts => [new() { Kinds = { TrialClaims.Kind }, Judged = read, JudgedUnitZh = "人" }];
}
