using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 查阅记录: a person signed in reads who read their registry record and why, newest first, in words (a clerk by role and
/// 工号, a service by its name, the purpose as the reader stated it); another person reads none of it.
/// </summary>
public sealed class MyReadsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    [Fact(Timeout = 60_000)]
    public async Task A_person_reads_who_read_their_record_and_why_and_no_one_elses_reads()
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 4, 5)), "郑查阅"), RegistryHost.Clerk());
        var other = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 4, 6)), "王旁观"), RegistryHost.Clerk());
        var key = new PersonKey { PersonId = person.PersonId };
        await host.Client.GetProfileAsync(new GetProfileRequest { Person = key, Purpose = "counter.window" }, TestCallers.Counter(clerk: "JZ-READ-01"));
        await host.Client.GetProfileAsync(new GetProfileRequest { Person = key, Purpose = "training.skill_upgrade" }, TestCallers.Service("training-subsidies"));
        await host.Client.GetProfileAsync(new GetProfileRequest { Person = key, Purpose = "something.new" }, TestCallers.Service("job-matching"));

        var reads = await host.Client.ListMyReadsAsync(new ListMyReadsRequest(), TestCallers.Person(person.PersonId));
        var others = await host.Client.ListMyReadsAsync(new ListMyReadsRequest(), TestCallers.Person(other.PersonId));

        Assert.Equal(
            [("就业服务", "其他用途（something.new）"), ("培训补贴服务", "审核培训补贴申请"), ("人社窗口工作人员（工号 JZ-READ-01）", "人社窗口办理业务时查阅")],
            reads.Reads.Select(r => (r.ReaderZh, r.PurposeZh)));
        Assert.Empty(others.Reads);
    }
}
