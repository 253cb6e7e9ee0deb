using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;

namespace BureauFigures;

/// <summary>
/// A generated Jiaozuo of <c>people</c> people and their records, served as the three services' audit exports in
/// this process, generated again page by page on every read (the same seed, the same records), so that memory holds
/// only what the figures service keeps. Each person has one item received in 2023 or 2024 (a loan borrower two: the
/// application and the loan): 40 % 一次性吸纳就业补贴, 20 % 社会保险补贴, 10 % 一次性扩岗补助, 25 % 技能提升补贴, 5 %
/// 创业担保贷款; 70 % paid (within two months), 15 % approved, 8 % refused, 4 % waiting, 3 % withdrawn; across the
/// city's ten districts and counties and 50,000 employers; 70 % at the counter, 20 % online, 10 % offered; decided within
/// 1–20 days against a 14-day limit; a group for 60 % of those not trained, a level for those trained.
/// </summary>
internal sealed class GeneratedCity(int people)
{
    private static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883"];
    private const int Employers = 50_000;

    // The groups decided: most hires are of no listed group beyond the measure's own, so half are none.
    private static readonly string[] Groups = ["", "", "", "", "graduate_unemployed_2y", "registered_unemployed_youth", "registered_unemployed_6m", "poverty_alleviated", "employment_difficulty", "college_graduate_graduation_year"];

    public IAuditExport Export(string service) => new Export(service, this);

    /// <summary>Every item of the service, as its export would stream them (received in the period asked).</summary>
    public IEnumerable<AuditedItem> ItemsOf(string service, DateOnly from, DateOnly until)
    {
        for (var person = 0; person < people; person++)
        {
            var random = new Random(person);
            var kind = random.Next(100);
            var (itemService, measure, measureZh, fen, employer) = kind switch
            {
                < 40 => ("hiring-subsidies", "hiring.absorption", "一次性吸纳就业补贴", 100_000L, true),
                < 60 => ("hiring-subsidies", "hiring.social_insurance_subsidy.new_hire", "社会保险补贴", 180_000L, true),
                < 70 => ("hiring-subsidies", "hiring.expansion", "一次性扩岗补助", 150_000L, true),
                < 95 => ("training-subsidies", "training.skill_upgrade", "技能提升补贴", 150_000L, false),
                _ => ("startup-loans", "loans.individual", "个人创业担保贷款（贴息）", 3_000_000_000L / 100, false),
            };
            var received = new DateOnly(2023, 1, 1).AddDays(random.Next(730));
            var outcome = random.Next(100);
            var status = outcome switch
            {
                < 70 => AuditedStatus.Paid,
                < 85 => AuditedStatus.Approved,
                < 93 => AuditedStatus.Rejected,
                < 97 => AuditedStatus.Submitted,
                _ => AuditedStatus.Withdrawn,
            };
            var paid = received.AddDays(7 + random.Next(53));
            // Drawn after the above, so the records stay those of earlier runs: the channel, the day decided against a
            // 14-day limit, the group decided, a training's level, a loan's subsidy.
            var channel = random.Next(100) switch { < 70 => Channel.Counter, < 90 => Channel.Online, _ => Channel.Offered };
            var decided = received.AddDays(1 + random.Next(20));
            var group = Groups[random.Next(Groups.Length)];
            var level = 1 + random.Next(5);
            var subsidyFen = random.Next(200_000);
            if (itemService != service || received < from || received > until)
            {
                continue;
            }

            var item = new AuditedItem
            {
                Service = service,
                Reference = $"B{person:D8}",
                ItemNo = 1,
                Measure = measure,
                MeasureZh = measureZh,
                Status = status,
                PersonId = $"P{person:D8}",
                NameMasked = "张*明",
                EmployerId = employer ? $"E{random.Next(Employers):D6}" : "",
                EmployerName = employer ? "焦作示例有限公司" : "",
                Region = new RegionCode { Code = Counties[person % Counties.Length] },
                Amount = new Money { Fen = fen },
                ReceivedOn = Day(received),
                EnteredOn = Day(received),
                Channel = service == "startup-loans" || (service == "training-subsidies" && channel == Channel.Offered) ? Channel.Counter : channel,
                DueOn = Day(received.AddDays(14)),
            };
            if (status is AuditedStatus.Paid or AuditedStatus.Approved or AuditedStatus.Rejected)
            {
                item.DecidedOn = Day(decided);
            }

            if (service == "training-subsidies")
            {
                item.OccupationLevel = $"6-29-01-01/{level}";
            }
            else if (group.Length > 0)
            {
                item.Groups.Add(group);
            }

            if (service == "startup-loans")
            {
                // The application, and the loan the bank registered on the paid ones.
                item.PaidOn = null;
                yield return item;
                if (status == AuditedStatus.Paid && paid.Year <= until.Year)
                {
                    var loan = item.Clone();
                    loan.Reference = $"L{person:D8}";
                    loan.BenefitGiven = true;
                    loan.Principal = new Money { Fen = fen };
                    loan.ReceivedOn = Day(paid);
                    loan.PaidOn = Day(paid);
                    loan.Subsidy = new Money { Fen = subsidyFen };
                    loan.Channel = Channel.Unspecified;
                    yield return loan;
                }

                continue;
            }

            if (status == AuditedStatus.Paid)
            {
                item.PaidOn = Day(paid);
            }

            yield return item;
        }
    }

    private static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}

/// <summary>One service's export of the generated city, a thousand items a page as the services send them.</summary>
internal sealed class Export(string service, GeneratedCity city) : IAuditExport
{
    public string Service => service;

    public async IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var from = new DateOnly(request.Received.From.Year, request.Received.From.Month, request.Received.From.Day);
        var until = new DateOnly(request.Received.Until.Year, request.Received.Until.Month, request.Received.Until.Day);
        var page = new AuditExportPage();
        foreach (var item in city.ItemsOf(service, from, until))
        {
            page.Items.Add(item);
            if (page.Items.Count == 1000)
            {
                yield return page;
                page = new AuditExportPage();
            }
        }

        if (page.Items.Count > 0)
        {
            yield return page;
        }
    }
}
