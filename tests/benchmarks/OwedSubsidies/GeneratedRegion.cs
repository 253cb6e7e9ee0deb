using Employment.Applicants.Data;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Google.Protobuf;
using Npgsql;
using NpgsqlTypes;

namespace OwedSubsidies;

/// <summary>
/// A fictional region written straight into the registry's tables with binary COPY: employers of
/// Jiaozuo's districts and counties (and some of Jiyuan, outside the region the job reads), people with
/// the facts the hire rules read — unemployment registrations, graduations, 就业困难 certificates,
/// labour contracts from mid-2022 to mid-2024 and the insurance their employer paid; the employers'
/// unemployment insurance and layoffs of 2023 (稳岗返还) and, for some businesses, an incubator entry with
/// its cost months and a founder (运营补贴). Seeded, so every run writes the same region.
/// </summary>
internal static class GeneratedRegion
{
    private static readonly string[] JiaozuoPlaces = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883"];
    private const string Jiyuan = "419001";
    private const string Actor = "benchmark";

    public sealed record Counts(int Employers, int People, int Facts);

    public static async Task<Counts> WriteAsync(string connectionString, int people, int employers, int seed = 14)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Employers: the region's, and a tenth as many in Jiyuan.
        var all = new List<(string Code, bool InRegion)>();
        // Employer facts the social-insurance and trainee subsidies read: a size for each enterprise, and a
        // 见习单位认定 for one region enterprise in five (those host the trainees).
        var employerFacts = new List<(string EmployerId, EmployerFact Fact)>();
        var hosts = new List<string>();
        // Businesses of the region in an incubator: the first people written become their founders.
        var incubated = new List<string>();
        await using (var copy = await connection.BeginBinaryImportAsync("""COPY employers ("Id","CreditCode","Name","Payload","Version","CreatedAt","CreatedBy","UpdatedAt","UpdatedBy") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < employers + employers / 10; i++)
            {
                var inRegion = i < employers;
                var place = inRegion ? JiaozuoPlaces[random.Next(JiaozuoPlaces.Length)] : Jiyuan;
                var organisation8 = (10_000_000 + i).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                var first17 = "91" + place + organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation8);
                var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
                var roll = random.Next(100);
                var kind = roll < 80 ? EntityKind.Enterprise : roll < 92 ? EntityKind.IndividualBusiness : roll < 95 ? EntityKind.Cooperative : EntityKind.Organisation;
                var details = new Employer { Region = new RegionCode { Code = place }, Kind = kind, IndustryCode = "C3670", RegistrationDate = new CalendarDate { Year = 2010 + random.Next(13), Month = 1 + random.Next(12), Day = 1 + random.Next(28) } };
                var employerId = "E" + Guid.CreateVersion7().ToString("N");
                if (kind == EntityKind.Enterprise)
                {
                    var size = random.Next(10) switch { 0 => EnterpriseSize.Large, < 4 => EnterpriseSize.Medium, < 7 => EnterpriseSize.Small, _ => EnterpriseSize.Micro };
                    employerFacts.Add((employerId, new EmployerFact { Source = "统计部门", Size = new SizeClassification { Size = size, Period = new DatePeriod { From = Date(new DateOnly(2020, 1, 1)) } } }));
                    if (inRegion)
                    {
                        StabilisationFacts(random, employerId, employerFacts);
                    }

                    if (inRegion && random.Next(5) == 0)
                    {
                        employerFacts.Add((employerId, new EmployerFact
                        {
                            Source = "焦作市人社局",
                            TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = Date(new DateOnly(2021, 1, 1)) }, RecognisingDocument = "基准认定" },
                        }));
                        hosts.Add(code);
                    }
                }

                // One business of the region in twenty entered an incubator (2022-01 … 2023-12) and records its cost
                // months up to 2024-06 (1000–3000元 each).
                if (inRegion && kind is EntityKind.Enterprise or EntityKind.IndividualBusiness && random.Next(20) == 0)
                {
                    employerFacts.Add((employerId, IncubatorEntryOf(random)));
                    incubated.Add(code);
                }

                await copy.StartRowAsync();
                await copy.WriteAsync(employerId, NpgsqlDbType.Text);
                await copy.WriteAsync(code, NpgsqlDbType.Text);
                await copy.WriteAsync($"基准单位{i}有限公司", NpgsqlDbType.Text);
                await copy.WriteAsync(details.ToByteArray(), NpgsqlDbType.Bytea);
                await WriteAuditColumnsAsync(copy, now);
                all.Add((code, inRegion));
            }

            await copy.CompleteAsync();
        }

        var facts = 0;
        var rows = new List<(string PersonId, List<PersonFact> Facts)>(people);
        await using (var peopleCopy = await connection.BeginBinaryImportAsync("""COPY people ("Id","IdNumber","Name","BirthDate","Phone","HouseholdRegion","HouseholdType","ResidenceRegion","HouseholdNumber","StaffId","Version","CreatedAt","CreatedBy","UpdatedAt","UpdatedBy") FROM STDIN (FORMAT BINARY)"""))
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < people; i++)
            {
                var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(40 * 365));
                // Mostly young people: the groups the hire subsidies cover.
                if (random.Next(100) < 60)
                {
                    birth = new DateOnly(1998, 1, 1).AddDays(random.Next(7 * 365));
                }

                string first17;
                do
                {
                    // A number taken already: the next day (identity numbers are unique in the registry).
                    first17 = JiaozuoPlaces[i % JiaozuoPlaces.Length] + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + (i / 10 % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                    birth = birth.AddDays(1);
                }
                while (!taken.Add(first17));

                birth = birth.AddDays(-1);
                var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
                var personId = "P" + Guid.CreateVersion7().ToString("N");
                await peopleCopy.StartRowAsync();
                await peopleCopy.WriteAsync(personId, NpgsqlDbType.Text);
                await peopleCopy.WriteAsync(id, NpgsqlDbType.Text);
                await peopleCopy.WriteAsync($"基准{i}", NpgsqlDbType.Text);
                await peopleCopy.WriteAsync(birth, NpgsqlDbType.Date);
                await peopleCopy.WriteAsync("13800000000", NpgsqlDbType.Text);
                await peopleCopy.WriteAsync(JiaozuoPlaces[i % JiaozuoPlaces.Length], NpgsqlDbType.Text);
                await peopleCopy.WriteAsync((int)HouseholdType.Urban, NpgsqlDbType.Integer);
                await peopleCopy.WriteAsync(JiaozuoPlaces[i % JiaozuoPlaces.Length], NpgsqlDbType.Text);
                await peopleCopy.WriteAsync("", NpgsqlDbType.Text);
                await peopleCopy.WriteAsync("", NpgsqlDbType.Text);
                await WriteAuditColumnsAsync(peopleCopy, now);
                var personFacts = FactsOf(random, birth, all, employers, hosts);
                if (i < incubated.Count)
                {
                    // The founder: a veteran (a group 运营补贴 covers) whose business started in 2021.
                    personFacts.Add(new PersonFact { Kind = PersonFactKind.Veteran, Authority = "基准", Period = new DatePeriod { From = Date(new DateOnly(2015, 9, 1)) } });
                    personFacts.Add(new PersonFact
                    {
                        Kind = PersonFactKind.BusinessOwner,
                        Authority = "市场监管部门",
                        Period = new DatePeriod { From = Date(new DateOnly(2021, 1, 1).AddDays(random.Next(365))) },
                        Business = new BusinessStart { BusinessCreditCode = incubated[i], FirstBusiness = true },
                    });
                }

                rows.Add((personId, personFacts));
            }

            await peopleCopy.CompleteAsync();
        }

        // The credit codes each person fact names, as the registry writes them with the fact (one employer's people are read by them).
        var codes = new List<FactCodeRecord>();

        // One COPY at a time on a connection: the people's is closed before the facts' begins.
        await using (var factCopy = await connection.BeginBinaryImportAsync("""COPY facts ("Id","SubjectType","SubjectId","Kind","From","Until","Payload","Version","Superseded","CreatedAt","CreatedBy","Origin","Batch") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (employerId, fact) in employerFacts)
            {
                var period = PeriodOf(fact);
                await factCopy.StartRowAsync();
                await factCopy.WriteAsync("F" + Guid.CreateVersion7().ToString("N"), NpgsqlDbType.Text);
                await factCopy.WriteAsync("employer", NpgsqlDbType.Text);
                await factCopy.WriteAsync(employerId, NpgsqlDbType.Text);
                await factCopy.WriteAsync((int)fact.DetailCase, NpgsqlDbType.Integer);
                await WriteDateAsync(factCopy, period?.From);
                await WriteDateAsync(factCopy, period?.Until);
                await factCopy.WriteAsync(fact.ToByteArray(), NpgsqlDbType.Bytea);
                await factCopy.WriteAsync(1L, NpgsqlDbType.Bigint);
                await factCopy.WriteAsync(false, NpgsqlDbType.Boolean);
                await factCopy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await factCopy.WriteAsync(Actor, NpgsqlDbType.Text);
                // Typed in (FactOrigin.Entered), in no agency batch.
                await factCopy.WriteAsync(0, NpgsqlDbType.Integer);
                await factCopy.WriteAsync("", NpgsqlDbType.Text);
                facts++;
            }

            foreach (var (personId, personFacts) in rows)
            {
                foreach (var fact in personFacts)
                {
                    var factId = "F" + Guid.CreateVersion7().ToString("N");
                    codes.AddRange(FactCodeRecord.For(factId, "person", fact.ToByteArray()));
                    await factCopy.StartRowAsync();
                    await factCopy.WriteAsync(factId, NpgsqlDbType.Text);
                    await factCopy.WriteAsync("person", NpgsqlDbType.Text);
                    await factCopy.WriteAsync(personId, NpgsqlDbType.Text);
                    await factCopy.WriteAsync((int)fact.Kind, NpgsqlDbType.Integer);
                    await WriteDateAsync(factCopy, fact.Period?.From);
                    await WriteDateAsync(factCopy, fact.Period?.Until);
                    await factCopy.WriteAsync(fact.ToByteArray(), NpgsqlDbType.Bytea);
                    await factCopy.WriteAsync(1L, NpgsqlDbType.Bigint);
                    await factCopy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await factCopy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await factCopy.WriteAsync(Actor, NpgsqlDbType.Text);
                // Typed in (FactOrigin.Entered), in no agency batch.
                await factCopy.WriteAsync(0, NpgsqlDbType.Integer);
                await factCopy.WriteAsync("", NpgsqlDbType.Text);
                    facts++;
                }
            }

            await factCopy.CompleteAsync();
        }

        await using (var codeCopy = await connection.BeginBinaryImportAsync("""COPY fact_codes ("FactId","CreditCode") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var code in codes)
            {
                await codeCopy.StartRowAsync();
                await codeCopy.WriteAsync(code.FactId, NpgsqlDbType.Text);
                await codeCopy.WriteAsync(code.CreditCode, NpgsqlDbType.Text);
            }

            await codeCopy.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return new Counts(all.Count, people, facts);
    }

    /// <summary>
    /// 稳岗返还's facts of 2023 for nine region enterprises in ten: unemployment insurance paid in 12 full months
    /// (employer 28元 and staff 12元 per insured person and month), the staff at the year's start (5–300) and
    /// the layoffs (none for most; one in twenty over the control target).
    /// </summary>
    private static void StabilisationFacts(Random random, string employerId, List<(string EmployerId, EmployerFact Fact)> facts)
    {
        if (random.Next(10) == 0)
        {
            return;
        }

        var staff = 5 + random.Next(296);
        var roll = random.Next(20);
        var layoffs = roll == 0 ? Math.Max(1, staff / 5) : roll < 4 ? staff / 50 : 0;
        facts.Add((employerId, new EmployerFact
        {
            Source = "社保系统",
            UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2023, EmployerPart = new Money { Fen = staff * 12L * 2_800 }, StaffPart = new Money { Fen = staff * 12L * 1_200 }, FullMonths = 12 },
        }));
        facts.Add((employerId, new EmployerFact { Source = "社保系统", Layoffs = new Layoffs { Year = 2023, LaidOff = layoffs, InsuredStaffAtStart = staff } }));
    }

    /// <summary>An incubator entry between 2022-01 and 2023-12 with every month's cost from the entry month to 2024-06.</summary>
    private static EmployerFact IncubatorEntryOf(Random random)
    {
        var entered = new DateOnly(2022, 1, 1).AddDays(random.Next(730));
        var entry = new IncubatorEntry { BaseName = "基准创业孵化基地", Period = new DatePeriod { From = Date(entered) } };
        for (var month = new DateOnly(entered.Year, entered.Month, 1); month <= new DateOnly(2024, 6, 1); month = month.AddMonths(1))
        {
            entry.Costs.Add(new IncubatorMonthCost { Month = new YearMonth { Year = month.Year, Month = month.Month }, Cost = new Money { Fen = 100_000 + (random.Next(21) * 10_000) } });
        }

        return new EmployerFact { Source = "基准创业孵化基地", IncubatorEntry = entry };
    }

    /// <summary>The period the registry stores for an employer fact, as its validation sets it.</summary>
    private static DatePeriod? PeriodOf(EmployerFact fact) => fact.DetailCase switch
    {
        EmployerFact.DetailOneofCase.Size => fact.Size.Period,
        EmployerFact.DetailOneofCase.TraineeHost => fact.TraineeHost.Period,
        EmployerFact.DetailOneofCase.IncubatorEntry => fact.IncubatorEntry.Period,
        EmployerFact.DetailOneofCase.UnemploymentInsurance => YearOf(fact.UnemploymentInsurance.Year),
        EmployerFact.DetailOneofCase.Layoffs => YearOf(fact.Layoffs.Year),
        _ => null,
    };

    private static DatePeriod YearOf(int year) => new() { From = Date(new DateOnly(year, 1, 1)), Until = Date(new DateOnly(year, 12, 31)) };

    /// <summary>One person's facts: a realistic mix, most with a contract, some with two.</summary>
    private static List<PersonFact> FactsOf(Random random, DateOnly birth, List<(string Code, bool InRegion)> employers, int regionEmployers, List<string> hosts)
    {
        var facts = new List<PersonFact>();
        // One young person in eight has a 见习协议 with a recognised host: 3–12 months from 2022-07 to 2024-06,
        // some kept on, some hired early (with social insurance).
        if (birth.Year >= 1998 && hosts.Count > 0 && random.Next(8) == 0)
        {
            var start = new DateOnly(2022, 7, 1).AddDays(random.Next(730));
            var end = start.AddMonths(3 + random.Next(10)).AddDays(-1);
            var roll = random.Next(10);
            var hired = roll == 0 ? start.AddMonths(2) : (DateOnly?)null;
            facts.Add(new PersonFact
            {
                Kind = PersonFactKind.Traineeship,
                Authority = "焦作市人社局",
                Period = new DatePeriod { From = Date(start), Until = Date(end) },
                Traineeship = new Traineeship
                {
                    HostCreditCode = hosts[random.Next(hosts.Count)],
                    RealNameRegistered = random.Next(20) > 0,
                    Retained = hired is null && roll < 5,
                    HiredOn = hired is { } h ? Date(h) : null,
                    HiredWithSocialInsurance = hired is not null,
                },
            });
        }

        if (random.Next(100) < 40)
        {
            facts.Add(new PersonFact { Kind = PersonFactKind.UnemploymentRegistration, Authority = "基准", Period = new DatePeriod { From = Date(new DateOnly(2021, 6, 1).AddDays(random.Next(730))) } });
        }

        if (birth.Year >= 1998 && random.Next(100) < 40)
        {
            facts.Add(new PersonFact
            {
                Kind = PersonFactKind.Education,
                Authority = "学信网",
                Period = new DatePeriod { From = Date(new DateOnly(2022 + random.Next(2), 6, 30)) },
                Education = new Education { Level = random.Next(2) == 0 ? EducationLevel.Bachelor : EducationLevel.JuniorCollege, Institution = "基准大学", GraduationDate = Date(new DateOnly(2022 + random.Next(2), 6, 30)) },
            });
        }

        if (random.Next(100) < 5)
        {
            facts.Add(new PersonFact { Kind = PersonFactKind.EmploymentDifficulty, Authority = "基准", Period = new DatePeriod { From = Date(new DateOnly(2022, 1, 1).AddDays(random.Next(365))) } });
        }

        var contracts = random.Next(100) switch { < 70 => 1, < 85 => 2, _ => 0 };
        for (var c = 0; c < contracts; c++)
        {
            // Nine in ten with an employer of the region, the rest in Jiyuan.
            var employer = random.Next(10) < 9 ? employers[random.Next(regionEmployers)].Code : employers[regionEmployers + random.Next(employers.Count - regionEmployers)].Code;
            var start = new DateOnly(2022, 7, 1).AddDays(random.Next(730));
            var roll = random.Next(100);
            var (openEnded, term) = roll < 40 ? (true, 0) : roll < 80 ? (false, 12 * (1 + random.Next(3))) : (false, 6);
            facts.Add(new PersonFact
            {
                Kind = PersonFactKind.EmploymentContract,
                Authority = "劳动合同备案",
                Period = new DatePeriod { From = Date(start), Until = openEnded ? null : Date(start.AddMonths(term).AddDays(-1)) },
                Contract = new EmploymentContract { EmployerCreditCode = employer, OpenEnded = openEnded, TermMonths = term },
            });
            if (random.Next(100) < 85)
            {
                var months = 1 + random.Next(12);
                var onTime = random.Next(10) > 0;
                foreach (var (scheme, part) in new[] { (InsuranceScheme.Pension, 64_000L), (InsuranceScheme.Medical, 28_000L), (InsuranceScheme.Unemployment, 2_800L), (InsuranceScheme.WorkInjury, 1_600L) })
                {
                    facts.Add(new PersonFact
                    {
                        Kind = PersonFactKind.SocialInsurance,
                        Authority = "社保系统",
                        Period = new DatePeriod { From = Date(start), Until = Date(start.AddMonths(months).AddDays(-1)) },
                        // The employer's monthly part (单位缴纳部分) and 按时缴纳, as the agency reports them.
                        Insurance = new InsuranceContribution { Scheme = scheme, EmployerCreditCode = employer, Months = months, EmployerPartMonthly = new Money { Fen = part }, PaidOnTime = onTime },
                    });
                }
            }
        }

        return facts;
    }

    private static async Task WriteAuditColumnsAsync(NpgsqlBinaryImporter copy, DateTimeOffset now)
    {
        await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(Actor, NpgsqlDbType.Text);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(Actor, NpgsqlDbType.Text);
    }

    private static async Task WriteDateAsync(NpgsqlBinaryImporter copy, CalendarDate? date)
    {
        if (date is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(new DateOnly(date.Year, date.Month, date.Day), NpgsqlDbType.Date);
        }
    }

    private static CalendarDate Date(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };
}
