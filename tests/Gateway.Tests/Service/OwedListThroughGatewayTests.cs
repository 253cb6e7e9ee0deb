using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) through the gateway, as a counter runs it: the registry records a
/// licensed agency's placement (职业介绍补贴) and a 脱贫劳动力's work away from 修武县 (一次性交通补助, 15号（九）; R26),
/// each with its source; the region's owed list names the agency's item under the agency and the person's under
/// the person, the prepared claims are accepted as they stand, and Jiyuan's counter sees none of Jiaozuo's.
/// Sample amounts (gateway's hiring-configuration: 修武县 300元, referrals 200元 in Jiaozuo; R3).
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class OwedListThroughGatewayTests(PlatformUnderTest platform)
{
    private static int _sequence = 7_600;

    private static CalendarDate Day(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    [Fact(Timeout = 90_000)]
    public async Task Jz2024_15_20_R26_a_counter_lists_a_licensed_agencys_placement_and_a_persons_work_away_and_submits_the_prepared_claims()
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);
        var counter = TestCallers.Counter("410800");
        var agency = await EmployerAsync(registry, "410802", "焦作示例人力资源有限公司");
        await registry.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = agency.EmployerId,
            Fact = new EmployerFact { Source = "焦作市人社局", AgencyLicence = new AgencyLicence { LicenceNumber = "豫人服证字 4108-0202", Period = new DatePeriod { From = Day(2023, 1, 1) } } },
        }, counter);
        var employer = await EmployerAsync(registry, "410802", "焦作示例录用有限公司");
        var placed = await PersonAsync(registry, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Day(2025, 3, 1), Until = Day(2026, 2, 28) },
            Authority = "职业介绍登记（焦作市公共就业服务中心）",
            Contract = new EmploymentContract { EmployerCreditCode = employer.CreditCode, TermMonths = 12, ReferralAgencyCreditCode = agency.CreditCode, ReferralFreeOfCharge = true },
        });
        var away = await PersonAsync(registry,
            new PersonFact { Kind = PersonFactKind.PovertyAlleviated, Period = new DatePeriod { From = Day(2021, 1, 1) }, Authority = "修武县乡村振兴局" },
            new PersonFact
            {
                Kind = PersonFactKind.WorkAway,
                Period = new DatePeriod { From = Day(2025, 4, 1) },
                Authority = "修武县劳务输出台账",
                WorkAway = new WorkAway { HomeCounty = new RegionCode { Code = "410821" }, WorkPlace = new RegionCode { Code = "440300" } },
            });

        var (employers, people) = await OwedAsync(hiring, "410800", counter);
        var (jiyuanEmployers, jiyuanPeople) = await OwedAsync(hiring, "419001", TestCallers.Counter("419001"));

        var agencyLine = Assert.Single(employers, e => e.EmployerCreditCode == agency.CreditCode);
        var referral = Assert.Single(agencyLine.Items);
        Assert.Equal((SubsidyKind.JobReferral, 20_000L, placed), (referral.Kind, referral.Amount.Fen, referral.PersonId));
        var personLine = Assert.Single(people, p => p.PersonId == away);
        var transport = Assert.Single(personLine.Items);
        Assert.Equal((SubsidyKind.Transport, 30_000L, "410821"), (transport.Kind, transport.Amount.Fen, transport.Transport.County.Code));
        Assert.DoesNotContain(jiyuanEmployers, e => e.EmployerCreditCode == agency.CreditCode);
        Assert.DoesNotContain(jiyuanPeople, p => p.PersonId == away);

        foreach (var claim in agencyLine.Claims.Concat(personLine.Claims))
        {
            claim.IdempotencyKey = Guid.NewGuid().ToString();
            claim.PaymentAccount = "6222000000000000021";
            var stored = await hiring.SubmitClaimAsync(claim, counter);
            Assert.Equal(ClaimStatus.Submitted, stored.Status);
        }

        var (after, afterPeople) = await OwedAsync(hiring, "410800", counter);
        Assert.DoesNotContain(after, e => e.EmployerCreditCode == agency.CreditCode);
        Assert.DoesNotContain(afterPeople, p => p.PersonId == away);
    }

    private static async Task<(List<OwedEmployer> Employers, List<OwedPerson> People)> OwedAsync(HiringSubsidies.HiringSubsidiesClient hiring, string region, Metadata caller)
    {
        using var call = hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = region },
            ContractStarted = new DatePeriod { From = Day(2025, 1, 1), Until = Day(2025, 12, 31) },
        }, caller);
        var employers = new List<OwedEmployer>();
        var people = new List<OwedPerson>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            employers.AddRange(page.Employers);
            people.AddRange(page.People);
        }

        return (employers, people);
    }

    private static async Task<Employer> EmployerAsync(Applicants.ApplicantsClient registry, string region, string name)
    {
        return await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = TestCreditCodes.Of("91" + region, Interlocked.Increment(ref _sequence)), Name = name, Region = new RegionCode { Code = region }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter("410800"));
    }

    private static async Task<string> PersonAsync(Applicants.ApplicantsClient registry, params PersonFact[] facts)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"4108211992{(sequence % 12) + 1:D2}21{sequence:D3}";
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = "直补测试人", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410821" } },
        }, TestCallers.Counter("410800"));
        foreach (var fact in facts)
        {
            await registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, TestCallers.Counter("410800"));
        }

        return person.PersonId;
    }
}
