using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// A seeker belongs to the region whose office registered them: the job-matching service reads the
/// registry with its own identity, so it checks the counter's region against where the registry has
/// the person registered, and against the seeker record that already exists, before it writes.
/// </summary>
public sealed class SeekerRegionTests(JobsHost host) : IClassFixture<JobsHost>
{
    private static readonly Metadata Jiaozuo = TestCallers.Counter("410800", "clerk-jiaozuo");
    private static readonly Metadata Jiyuan = TestCallers.Counter("419001", "clerk-jiyuan");

    private static V1.RegisterSeekerRequest Register(string personId, string? home, params string[] occupations) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { PersonId = personId },
        HomeRegion = home is null ? null : new RegionCode { Code = home },
        Preferences = new V1.JobPreferences { OccupationCodes = { occupations } },
    };

    [Fact(Timeout = 120_000)]
    public async Task A_counter_of_one_region_cannot_take_over_a_seeker_of_another()
    {
        // Lives in Jiyuan, household in Jiaozuo: the registry shows the person to both offices.
        var person = await host.RegisterPersonAsync("周九", "419001", "410802");
        var registered = await host.Jobs.RegisterSeekerAsync(Register(person, null, "6-31-01-03"), Jiyuan);

        var takeover = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.RegisterSeekerAsync(Register(person, "410802", "2-06-03-00"), Jiaozuo).ResponseAsync);
        var readByJiaozuo = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.ListSeekerTagsAsync(new V1.ListSeekerTagsRequest { SeekerId = registered.SeekerId }, Jiaozuo).ResponseAsync);
        var stillThere = await host.Jobs.ListSeekerTagsAsync(new V1.ListSeekerTagsRequest { SeekerId = registered.SeekerId }, Jiyuan);
        var again = await host.Jobs.RegisterSeekerAsync(Register(person, null, "6-31-01-02"), Jiyuan);

        Assert.Equal(StatusCode.FailedPrecondition, takeover.StatusCode);
        Assert.DoesNotContain("419001", takeover.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, readByJiaozuo.StatusCode);
        Assert.NotNull(stillThere);
        Assert.Equal("419001", again.HomeRegion.Code);
        Assert.Equal(registered.SeekerId, again.SeekerId);
        Assert.Equal(["6-31-01-02"], again.Preferences.OccupationCodes);
        Assert.Equal("clerk-jiyuan", again.Record.UpdatedBy);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_counter_cannot_register_a_person_of_another_region_by_naming_its_own_county()
    {
        var jiyuanOnly = await host.RegisterPersonAsync("吴十", "419001");

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.RegisterSeekerAsync(Register(jiyuanOnly, "410802", "6-31-01-03"), Jiaozuo).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.RegisterSeekerAsync(Register("P-none", "410802", "6-31-01-03"), Jiaozuo).ResponseAsync);

        // The same NOT_FOUND as a person the registry does not know.
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal(unknown.Status.Detail.Replace("P-none", "…", StringComparison.Ordinal), refused.Status.Detail.Replace(jiyuanOnly, "…", StringComparison.Ordinal));
    }
}
