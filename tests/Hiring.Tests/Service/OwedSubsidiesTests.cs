using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）): ListOwedSubsidies reads the registry's contracts,
/// insurance and categories for a region and period and lists the 吸纳 / 扩岗 items owed and not yet
/// claimed. The registry on PostgreSQL, both services sharing one Redis, everything over gRPC. Each
/// test registers its own employers and reads only their lines (the fixture's registry is shared).
/// </summary>
public sealed class OwedSubsidiesTests(ProductionShapedHiringHost host) : IClassFixture<ProductionShapedHiringHost>
{
    private static readonly DateOnly Hired = new(2023, 5, 1);

    [Fact(Timeout = 120_000)]
    public async Task Jz2024_15_20_the_owed_list_is_exactly_what_a_clerk_entering_the_claims_by_hand_gets_approved()
    {
        var factory = await host.EmployerAsync(name: "焦作直补制造有限公司");
        var shop = await host.EmployerAsync(region: "410803", name: "焦作直补商贸有限公司");
        // Owed: open-ended, a fixed term of exactly 12 months (吸纳's minimum), and a 6-month contract
        // (扩岗 sets no length). Not owed: a contract with an employer that pays no insurance for the person (R18).
        var openEnded = await host.YouthHiredByAsync(factory, Hired);
        await host.ContractAsync(openEnded, factory, Hired);
        var twelveMonths = await host.YouthHiredByAsync(factory, Hired.AddMonths(2));
        await host.ContractAsync(twelveMonths, factory, Hired.AddMonths(2), Hired.AddMonths(14).AddDays(-1));
        var shortContract = await host.YouthHiredByAsync(shop, Hired);
        await host.ContractAsync(shortContract, shop, Hired, Hired.AddMonths(6).AddDays(-1));
        var uninsured = await host.YouthHiredByAsync(shop, Hired);
        await host.ContractAsync(uninsured, factory, Hired);
        var contracts = new (string Id, string Employer, DateOnly Start, DateOnly? End)[]
        {
            (openEnded, factory, Hired, null),
            (twelveMonths, factory, Hired.AddMonths(2), Hired.AddMonths(14).AddDays(-1)),
            (shortContract, shop, Hired, Hired.AddMonths(6).AddDays(-1)),
            (uninsured, factory, Hired, null),
        };

        var listed = await OwedAsync("410800", new(2023, 1, 1), new(2023, 12, 31), factory, shop);

        // The clerk, by hand: each person's contract as written, previewed for both subsidies; of what the
        // rules approve, the higher amount (absorption when equal) is what the employer is owed (R9: one of the two).
        var byHand = new List<(string Masked, SubsidyKind Kind, long Fen, string Employer)>();
        foreach (var (id, employer, start, end) in contracts)
        {
            var approved = new List<(SubsidyKind Kind, ClaimItemResult Item)>();
            foreach (var kind in new[] { SubsidyKind.Absorption, SubsidyKind.JobExpansion })
            {
                var preview = await host.Hiring.PreviewClaimAsync(Of(kind, employer, Hire(id, start, end)), TestCallers.Counter());
                approved.AddRange(preview.Items.Where(i => i.Approved).Select(i => (kind, i)));
            }

            if (approved.Count > 0)
            {
                var (kind, best) = approved.OrderByDescending(a => a.Item.Amount.Fen).ThenBy(a => a.Kind).First();
                byHand.Add((best.PersonIdNumber, kind, best.Amount.Fen, employer));
            }
        }

        var fromJob = listed.SelectMany(e => e.Items.Select(i => (i.PersonIdNumber, i.Kind, i.Amount.Fen, e.EmployerCreditCode))).ToList();
        Assert.Equal(3, byHand.Count);
        Assert.Equal(byHand.OrderBy(x => x.Masked, StringComparer.Ordinal), fromJob.OrderBy(x => x.PersonIdNumber, StringComparer.Ordinal));
        Assert.DoesNotContain(listed.SelectMany(e => e.Items), i => i.PersonId == host.PersonId(uninsured));
        // Each item says where its contract comes from: the registry's fact and who vouches for it.
        Assert.All(listed.SelectMany(e => e.Items), i => Assert.Contains(i.Explanation.Checks.SelectMany(c => c.FactsUsed),
            f => f.Name == "劳动合同起始日" && f.Source == "登记系统记录：劳动合同备案"));

        // The prepared claims preview as the list says: same items, amounts and checks.
        foreach (var employer in listed)
        {
            foreach (var claim in employer.Claims)
            {
                var preview = await host.Hiring.PreviewClaimAsync(claim, TestCallers.Counter());
                var items = employer.Items.Where(i => i.Kind == claim.Kind).ToList();
                Assert.Equal(items.Count, preview.Items.Count);
                for (var k = 0; k < items.Count; k++)
                {
                    Assert.True(preview.Items[k].Approved);
                    Assert.Equal(items[k].Amount, preview.Items[k].Amount);
                    Assert.Equal(items[k].Explanation.Checks.Select(c => (c.RuleId, c.Passed)), preview.Items[k].Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
                    // The claim (as an offer previews it) cites the registry's contract it agrees with.
                    Assert.Contains(preview.Items[k].Explanation.Checks.SelectMany(c => c.FactsUsed), f => f.Name == "劳动合同起始日" && f.Source == "登记系统记录：劳动合同备案");
                }
            }
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task R9_Jz36_4_a_confirmed_claim_or_one_entered_by_hand_by_any_employer_takes_the_person_off_the_list()
    {
        var first = await host.EmployerAsync(name: "焦作直补一厂有限公司");
        var second = await host.EmployerAsync(name: "焦作直补二厂有限公司");
        var confirmed = await host.YouthHiredByAsync(first, Hired);
        await host.ContractAsync(confirmed, first, Hired);
        var claimedElsewhere = await host.YouthHiredByAsync(first, Hired);
        await host.ContractAsync(claimedElsewhere, first, Hired);
        await host.AlsoInsuredByAsync(claimedElsewhere, second, Hired);
        await host.ContractAsync(claimedElsewhere, second, Hired);

        var before = await OwedAsync("410800", new(2023, 1, 1), new(2023, 12, 31), first, second);
        // One item per person (R9), under the employer of the earliest contract (same day: credit-code order).
        Assert.Equal(
            new[] { host.PersonId(confirmed), host.PersonId(claimedElsewhere) }.Order(StringComparer.Ordinal),
            before.SelectMany(e => e.Items).Select(i => i.PersonId).Order(StringComparer.Ordinal));

        // The clerk confirms the prepared claim for one person as it stands (by registry id) ...
        var prepared = before.Single(e => e.EmployerCreditCode == first).Claims.Single();
        var one = prepared.Clone();
        one.Hires.Clear();
        one.Hires.Add(prepared.Hires.Single(h => h.PersonId == host.PersonId(confirmed)));
        one.IdempotencyKey = Guid.NewGuid().ToString();
        one.PaymentAccount = "6222000000000000001";
        var submitted = await host.Hiring.SubmitClaimAsync(one, TestCallers.Counter());
        Assert.Equal(ClaimStatus.Submitted, submitted.Status);
        // ... and another employer's clerk enters the other person by hand, for the other subsidy.
        await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, second, Hire(claimedElsewhere, Hired)), TestCallers.Counter());

        var summary = new OwedSubsidiesSummary();
        var after = await OwedAsync("410800", new(2023, 1, 1), new(2023, 12, 31), summary, first, second);
        Assert.Empty(after);
        Assert.True(summary.AlreadyClaimed >= 2);
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_the_list_never_reaches_outside_the_counters_region_or_the_period()
    {
        var inside = await host.EmployerAsync(region: "410802", name: "解放区直补有限公司");
        var outside = await host.EmployerAsync(region: "410803", name: "中站区直补有限公司");
        var hiredInside = await host.YouthHiredByAsync(inside, Hired);
        await host.ContractAsync(hiredInside, inside, Hired);
        var hiredOutside = await host.YouthHiredByAsync(outside, Hired);
        await host.ContractAsync(hiredOutside, outside, Hired);
        var hiredLate = await host.YouthHiredByAsync(inside, new DateOnly(2023, 11, 1));
        await host.ContractAsync(hiredLate, inside, new DateOnly(2023, 11, 1));

        var district = TestCallers.Counter("410802");
        var listed = await OwedAsync("410802", new(2023, 1, 1), new(2023, 10, 31), new OwedSubsidiesSummary(), district, inside, outside);

        Assert.Equal([host.PersonId(hiredInside)], listed.SelectMany(e => e.Items).Select(i => i.PersonId).ToArray());
        Assert.All(listed, e => Assert.Equal("410802", e.Region.Code));
        var denied = await Assert.ThrowsAsync<RpcException>(() => OwedAsync("410800", new(2023, 1, 1), new(2023, 10, 31), new OwedSubsidiesSummary(), district));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("region", denied.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_Jiyuan_is_owed_no_Jiaozuo_only_absorption_or_expansion()
    {
        var jiyuan = await host.EmployerAsync(region: "419001", name: "济源直补有限公司");
        var hired = await host.YouthHiredByAsync(jiyuan, Hired);
        await host.ContractAsync(hired, jiyuan, Hired);

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync("419001", new(2023, 1, 1), new(2023, 12, 31), summary, TestCallers.Counter("419001"), jiyuan);

        Assert.Empty(listed);
        Assert.True(summary.CountOf(SubsidyKind.Absorption).Judged >= 1);
        // Every kind the service takes has its leg of the list, counted once under the name the service gives it.
        var forms = await host.Hiring.DescribeClaimFormsAsync(new DescribeFormsRequest());
        Assert.Equal(forms.Forms.Select(f => f.Kind).Order(), summary.Kinds.SelectMany(k => k.Kinds).Select(k => SubsidyKindName(k)).Order());
        Assert.All(summary.Kinds, k => Assert.Equal(string.Join("、", k.Kinds.Select(kind => forms.Forms.Single(f => f.Kind == SubsidyKindName(kind)).NameZh)), k.NameZh));
        var preview = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, jiyuan, Hire(hired, Hired)), TestCallers.Counter("419001"));
        Assert.False(preview.Items.Single().PolicyInForce);
    }

    [Fact(Timeout = 60_000)]
    public async Task Bad_input_names_the_field_a_period_without_an_end_or_reversed_and_a_region_that_is_no_place()
    {
        async Task<RpcException> Refused(ListOwedSubsidiesRequest request) =>
            await Assert.ThrowsAsync<RpcException>(async () =>
            {
                using var call = host.Hiring.ListOwedSubsidies(request, TestCallers.Counter());
                await foreach (var _ in call.ResponseStream.ReadAllAsync())
                {
                }
            });

        var noEnd = await Refused(new ListOwedSubsidiesRequest { Region = new RegionCode { Code = "410800" }, ContractStarted = new DatePeriod { From = HiringHost.Date(Hired) } });
        var reversed = await Refused(new ListOwedSubsidiesRequest { Region = new RegionCode { Code = "410800" }, ContractStarted = new DatePeriod { From = HiringHost.Date(Hired), Until = HiringHost.Date(Hired.AddDays(-1)) } });
        var province = await Refused(new ListOwedSubsidiesRequest { Region = new RegionCode { Code = "410000" }, ContractStarted = new DatePeriod { From = HiringHost.Date(Hired), Until = HiringHost.Date(Hired) } });

        Assert.Equal(StatusCode.InvalidArgument, noEnd.StatusCode);
        Assert.Contains("contract_started.until", noEnd.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, reversed.StatusCode);
        Assert.Contains("contract_started.until", reversed.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, province.StatusCode);
        Assert.Contains("region", province.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task R14_R23_Jz2024_15_20_the_start_up_subsidies_owed_are_what_a_clerk_entering_the_claims_by_hand_gets_approved()
    {
        // Today is the fixture's real today, long after every entitlement date here (R23); the job's read
        // deadline runs on the same clock.
        var registered = new DateOnly(2022, 9, 1);
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "直补示例个体经营部", registeredOn: registered);
        var firm = await host.EmployerAsync(name: "直补示例创业有限公司", registeredOn: registered.AddDays(10));
        // Owed: a veteran's first business (29号 cl.21), and a graduate's if a measure covers the group.
        // Not owed: a founder whose earlier business the registry records (R14).
        var veteran = await host.PersonAsync(new DateOnly(1990, 5, 1), Facts.Veteran(new DateOnly(2015, 9, 1)));
        var graduate = await host.PersonAsync(new DateOnly(1998, 5, 1), Facts.CollegeGraduate(new DateOnly(2020, 6, 30)));
        var serial = await host.PersonAsync(new DateOnly(1990, 5, 2), Facts.Veteran(new DateOnly(2015, 9, 1)));
        await host.PersonFactAsync(veteran, BusinessStart(shop, registered));
        await host.PersonFactAsync(graduate, BusinessStart(firm, registered.AddDays(10)));
        await host.PersonFactAsync(serial, BusinessStart(firm, registered.AddDays(10)));
        await host.PersonFactAsync(serial, BusinessStart(shop, new DateOnly(2018, 1, 1)));
        var starts = new (string Founder, string Business)[] { (veteran, shop), (graduate, firm), (serial, firm) };

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync("410800", new(2022, 1, 1), new(2022, 12, 31), summary, shop, firm);

        // The clerk, by hand: each founder's claim for the business, as the counter takes it.
        var byHand = new List<(string Masked, long Fen, string Business)>();
        foreach (var (founder, business) in starts)
        {
            var preview = await host.Hiring.PreviewClaimAsync(new SubmitClaimRequest
            {
                Employer = new EmployerKey { CreditCode = business },
                Kind = SubsidyKind.Startup,
                Startup = new StartupItem { FounderIdNumber = founder, FirstBusiness = true, OperatedNormally = true, EvidenceReference = "市场监管登记 直补核对" },
            }, TestCallers.Counter());
            byHand.AddRange(preview.Items.Where(i => i.Approved).Select(i => (i.PersonIdNumber, i.Amount.Fen, business)));
        }

        var fromJob = listed.SelectMany(e => e.Items.Where(i => i.Kind == SubsidyKind.Startup).Select(i => (i.PersonIdNumber, i.Amount.Fen, e.EmployerCreditCode))).ToList();
        Assert.Contains(listed.SelectMany(e => e.Items), i => i.PersonId == host.PersonId(veteran) && i.Kind == SubsidyKind.Startup);
        Assert.DoesNotContain(listed.SelectMany(e => e.Items), i => i.PersonId == host.PersonId(serial));
        Assert.Equal(byHand.OrderBy(x => x.Masked, StringComparer.Ordinal), fromJob.OrderBy(x => x.PersonIdNumber, StringComparer.Ordinal));
        Assert.True(summary.CountOf(SubsidyKind.Startup).Judged >= 3);

        // The prepared claims, once the clerk adds the evidence of normal operation, preview as listed and submit.
        foreach (var employer in listed)
        {
            foreach (var claim in employer.Claims.Where(c => c.Kind == SubsidyKind.Startup))
            {
                var item = employer.Items.Single(i => i.Kind == SubsidyKind.Startup && i.PersonId == claim.Startup.FounderId);
                claim.Startup.EvidenceReference = "市场监管登记 直补核对";
                claim.IdempotencyKey = Guid.NewGuid().ToString();
                claim.PaymentAccount = "6222000000000000003";
                var preview = Assert.Single((await host.Hiring.PreviewClaimAsync(claim, TestCallers.Counter())).Items);
                Assert.True(preview.Approved, preview.Explanation.SummaryZh);
                Assert.Equal(item.Amount, preview.Amount);
                Assert.Equal(item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), preview.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
                await host.Hiring.SubmitClaimAsync(claim, TestCallers.Counter());
            }
        }

        // Confirmed, they leave the list (R14).
        var after = await OwedAsync("410800", new(2022, 1, 1), new(2022, 12, 31), shop, firm);
        Assert.DoesNotContain(after.SelectMany(e => e.Items), i => i.Kind == SubsidyKind.Startup);
    }

    private static PersonFact BusinessStart(string business, DateOnly on) => new()
    {
        Kind = PersonFactKind.BusinessOwner,
        Period = new DatePeriod { From = HiringHost.Date(on) },
        Authority = "市场监管部门",
        Business = new BusinessStart { BusinessCreditCode = business, FirstBusiness = true },
    };

    [Fact(Timeout = 120_000)]
    public async Task Jz2024_15_20_the_list_for_one_employer_or_one_person_is_that_claimants_share_of_the_regions()
    {
        var factory = await host.EmployerAsync(name: "焦作一户直补有限公司");
        var neighbour = await host.EmployerAsync(name: "焦作邻户直补有限公司");
        var hired = await host.YouthHiredByAsync(factory, Hired);
        await host.ContractAsync(hired, factory, Hired);
        var hiredNext = await host.YouthHiredByAsync(neighbour, Hired);
        await host.ContractAsync(hiredNext, neighbour, Hired);
        var factoryId = (await host.Registry.GetEmployerAsync(new Employment.Applicants.V1.GetEmployerRequest { Employer = new EmployerKey { CreditCode = factory } }, TestCallers.Counter())).EmployerId;

        var region = await OwedAsync("410800", new(2023, 1, 1), new(2023, 12, 31), factory, neighbour);
        var forFactory = await OneClaimantAsync(employerId: factoryId);
        var forPerson = await OneClaimantAsync(personId: host.PersonId(hired));

        static IEnumerable<(string, SubsidyKind, long)> Items(IEnumerable<OwedEmployer> lines) => lines.SelectMany(e => e.Items).Select(i => (i.PersonId, i.Kind, i.Amount.Fen));
        Assert.Equal(2, Items(region).Count());
        Assert.Equal([factory], forFactory.Select(e => e.EmployerCreditCode));
        Assert.Equal(Items(region.Where(e => e.EmployerCreditCode == factory)), Items(forFactory));
        Assert.Equal([factory], forPerson.Select(e => e.EmployerCreditCode));
        Assert.Equal([host.PersonId(hired)], forPerson.SelectMany(e => e.Items).Select(i => i.PersonId));
    }

    private async Task<List<OwedEmployer>> OneClaimantAsync(string employerId = "", string personId = "")
    {
        using var call = host.Hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = HiringHost.Date(new(2023, 1, 1)), Until = HiringHost.Date(new(2023, 12, 31)) },
            EmployerId = employerId,
            PersonId = personId,
        }, TestCallers.Counter());
        var lines = new List<OwedEmployer>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            lines.AddRange(page.Employers);
        }

        return lines;
    }

    private Task<List<OwedEmployer>> OwedAsync(string region, DateOnly from, DateOnly until, params string[] employers) =>
        OwedAsync(region, from, until, new OwedSubsidiesSummary(), TestCallers.Counter(), employers);

    private Task<List<OwedEmployer>> OwedAsync(string region, DateOnly from, DateOnly until, OwedSubsidiesSummary summary, params string[] employers) =>
        OwedAsync(region, from, until, summary, TestCallers.Counter(), employers);

    /// <summary>The list for the region and period, only the lines of <paramref name="employers"/>; the run's summary is copied into <paramref name="summary"/>.</summary>
    private async Task<List<OwedEmployer>> OwedAsync(string region, DateOnly from, DateOnly until, OwedSubsidiesSummary summary, Metadata counter, params string[] employers)
    {
        using var call = host.Hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = region },
            ContractStarted = new DatePeriod { From = HiringHost.Date(from), Until = HiringHost.Date(until) },
        }, counter);
        var lines = new List<OwedEmployer>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            lines.AddRange(page.Employers.Where(e => employers.Contains(e.EmployerCreditCode)));
            if (page.Summary is { } s)
            {
                summary.MergeFrom(s);
            }
        }

        return lines;
    }

    private static string SubsidyKindName(SubsidyKind kind) =>
        HiringSubsidiesReflection.Descriptor.EnumTypes.Single(e => e.Name == nameof(SubsidyKind)).FindValueByNumber((int)kind).Name;
}
