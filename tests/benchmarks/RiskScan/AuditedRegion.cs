using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;

namespace RiskScan;

/// <summary>A planted case: its kind (the contract's name), what it is about, and the records a signal must link.</summary>
internal sealed record PlantedCase(string Kind, string Variant, string Subject, IReadOnlyList<string> RecordKeys);

/// <summary>
/// A generated Jiaozuo region as the scan reads it: the hiring, training and loan items received in 2024 (and a small
/// 2023 set for the warm-up), the registry's people, clerks and employers, and the planted cases of every kind
/// with their ground truth. The clean population is built to raise nothing: every payee has its own account,
/// no clerk decides for anyone close, hires keep their contracts and insurance, and near-misses of each kind are
/// mixed in (back-dated entries short of the days or the count, insurance and unemployment benefit ending
/// before the subsidised months, the same measure pair in other months or at another level).
/// </summary>
internal sealed class AuditedRegion
{
    public const int BackDatedDays = 30;
    public const int BackDatedEntries = 3;
    public const int MinClaimants = 3;
    public const int MaxDaysAfter = 90;

    private static readonly string[] Districts = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883"];
    private static readonly string[] Levels = ["6-18-01-01/4", "6-18-01-01/3", "6-29-01-01/5", "4-10-01-01/4", "6-20-03-01/5"];

    private readonly Random _random = new(20241125);
    private int _reference;

    public List<AuditedItem> Hiring { get; } = [];

    public List<AuditedItem> Training { get; } = [];

    /// <summary>Loan applications taken at the counters and loans registered (startup-loans).</summary>
    public List<AuditedItem> Loans { get; } = [];

    public Dictionary<string, PersonProfile> People { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AuditedStaff> Staff { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AuditedEmployer> Employers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<PlantedCase> Planted { get; } = [];

    public int Items => Hiring.Count + Training.Count + Loans.Count;

    private readonly List<string> _employerCodes = [];
    private readonly List<string> _clerks = [];
    private int _people;

    public static AuditedRegion Generate(int people, int employers, int perKind)
    {
        var region = new AuditedRegion();
        region.Build(people, employers, perKind);
        return region;
    }

    private void Build(int people, int employers, int perKind)
    {
        for (var e = 0; e < employers; e++)
        {
            var code = TestCreditCodes.Of("91410802", 500_000 + e);
            _employerCodes.Add(code);
            // Legal representatives are ordinary people of the region, never a clerk.
            Employers[code] = new AuditedEmployer { CreditCode = code, Name = $"焦作示例{e}有限公司", LegalRepresentativePersonId = $"P{e * 7 % Math.Max(1, people):D7}" };
        }

        for (var c = 0; c < 200; c++)
        {
            var staffId = $"clerk-{c:D3}";
            _clerks.Add(staffId);
            Staff[staffId] = new AuditedStaff { StaffId = staffId, PersonId = $"PC{c:D4}", NameMasked = "王*", HouseholdNumber = $"HC{c:D4}" };
        }

        // The clean population: each person one measure, each employer one 稳岗返还 claim.
        var clerkBackDated = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < people; n++)
        {
            var person = NewPerson();
            var share = n % 10;
            var employer = _employerCodes[n % employers];
            var day = new DateOnly(2024, 1 + _random.Next(12), 1 + _random.Next(28));
            var item = share switch
            {
                < 2 => Hire(person, employer, "hiring.absorption", "一次性吸纳就业补贴", day, []),
                < 4 => Hire(person, employer, "hiring.social_insurance_subsidy", "社会保险补贴", day, Months(day, 3)),
                < 5 => Own(person, "hiring.social_insurance_subsidy.flexible", "灵活就业社会保险补贴", day, Months(day, 3), ""),
                < 8 => Own(person, "training.skill_upgrade", "技能提升补贴", day, [], Levels[n % Levels.Length]),
                _ => Own(person, "training.vocational_training", "职业培训补贴", day, [], Levels[n % Levels.Length]),
            };

            // Near-misses of back-dating: one in ten entered 1–29 days late; two per clerk 30 days or more late.
            if (n % 10 == 7)
            {
                item.EnteredOn = Date(Day(item.ReceivedOn).AddDays(1 + _random.Next(BackDatedDays - 1)));
            }
            else if (clerkBackDated.GetValueOrDefault(item.EnteredBy) < BackDatedEntries - 1 && n % 97 == 3)
            {
                clerkBackDated[item.EnteredBy] = clerkBackDated.GetValueOrDefault(item.EnteredBy) + 1;
                item.EnteredOn = Date(Day(item.ReceivedOn).AddDays(BackDatedDays + _random.Next(60)));
            }

            Add(item);
            if (n % 20 == 11)
            {
                // One in twenty also borrows: the application the counter took and, for half, the loan registered on it.
                AddLoan(person, day, registered: n % 40 == 11);
            }

            if (share is < 4)
            {
                // Near-misses of "hired for the subsidy": unemployment benefit and earlier insurance elsewhere that ended before the hire.
                var profile = People[person];
                var hired = Day(item.EventDate);
                if (n % 7 == 0)
                {
                    profile.Facts.Add(Fact(PersonFactKind.UnemploymentBenefit, hired.AddMonths(-8), hired.AddMonths(-1).AddDays(-1)));
                }

                if (n % 5 == 0)
                {
                    profile.Facts.Add(Insurance(_employerCodes[(n + 1) % employers], hired.AddYears(-2), hired.AddMonths(-1).AddDays(-1), flexible: false));
                }
            }
        }

        foreach (var code in _employerCodes)
        {
            var day = new DateOnly(2024, 3 + _random.Next(6), 1 + _random.Next(28));
            Add(Item("hiring-subsidies", "hiring.stabilisation", "稳岗返还", "", code, day, [], "", EmployerAccount(code)));
        }

        PlantExclusive(perKind);
        PlantSharedAccounts(perKind);
        PlantHiredForSubsidy(perKind);
        PlantCloseRelations(perKind);
        PlantBackDated(perKind);
        WarmUpSet();
    }

    /// <summary>重复享受: half a social-insurance month paid to an employer and to the flexible worker (R21, R25), half the same training twice (15号（十二）).</summary>
    private void PlantExclusive(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = NewPerson();
            AuditedItem first, second;
            if (i % 2 == 0)
            {
                var employer = _employerCodes[i * 13 % _employerCodes.Count];
                first = Hire(person, employer, "hiring.social_insurance_subsidy", "社会保险补贴", new DateOnly(2024, 3, 1), ["2024-03", "2024-04", "2024-05"]);
                second = Own(person, "hiring.social_insurance_subsidy.flexible", "灵活就业社会保险补贴", new DateOnly(2024, 5, 1), ["2024-05", "2024-06"], "");
            }
            else
            {
                first = Own(person, "training.skill_upgrade", "技能提升补贴", new DateOnly(2024, 4, 10), [], "6-18-01-01/4");
                second = Own(person, "training.vocational_training", "职业培训补贴", new DateOnly(2024, 9, 10), [], "6-18-01-01/4");
            }

            Add(first);
            Add(second);
            Planted.Add(new PlantedCase("SIGNAL_KIND_EXCLUSIVE_MEASURES", i % 2 == 0 ? "same person-month" : "same training", person, [Key(first), Key(second)]));
        }
    }

    /// <summary>
    /// 虚报冒领: one account receiving three people's own subsidies, each of another household; beside each, the
    /// near-miss of a family account receiving for three people of one household.
    /// </summary>
    private void PlantSharedAccounts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var account = $"6228480000{i:D9}";
            var family = $"6228481000{i:D9}";
            var keys = new List<string>();
            for (var k = 0; k < MinClaimants; k++)
            {
                var person = NewPerson();
                People[person].Person.HouseholdNumber = $"HS{i:D5}{k}";
                var item = Own(person, "hiring.social_insurance_subsidy.flexible", "灵活就业社会保险补贴", new DateOnly(2024, 2 + k, 5), [$"2024-{2 + k:D2}"], "");
                item.PaymentAccount = account;
                Add(item);
                keys.Add(Key(item));

                var relative = NewPerson();
                People[relative].Person.HouseholdNumber = $"HF{i:D5}";
                var familyItem = Own(relative, "training.skill_upgrade", "技能提升补贴", new DateOnly(2024, 2 + k, 5), [], Levels[k]);
                familyItem.PaymentAccount = family;
                Add(familyItem);
            }

            Planted.Add(new PlantedCase("SIGNAL_KIND_SHARED_PAYMENT_ACCOUNT", "three households", account, keys));
        }
    }

    /// <summary>骗取套取: a third each: the contract ends 30 days after the months; insured by another employer then; drawing unemployment benefit then.</summary>
    private void PlantHiredForSubsidy(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = NewPerson();
            var employer = _employerCodes[i * 31 % _employerCodes.Count];
            var item = Hire(person, employer, "hiring.social_insurance_subsidy", "社会保险补贴", new DateOnly(2024, 6, 1), ["2024-06", "2024-07", "2024-08"]);
            var profile = People[person];
            string variant;
            switch (i % 4)
            {
                case 0:
                    variant = "contract ends soon after";
                    profile.Facts.Clear();
                    profile.Facts.Add(Contract(employer, new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 30)));
                    profile.Facts.Add(Insurance(employer, new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 30), flexible: false));
                    break;
                case 1:
                    variant = "insured elsewhere";
                    profile.Facts.Add(Insurance(_employerCodes[(i * 31 + 1) % _employerCodes.Count], new DateOnly(2024, 1, 1), null, flexible: false));
                    break;
                default:
                    variant = "unemployment benefit";
                    profile.Facts.Add(Fact(PersonFactKind.UnemploymentBenefit, new DateOnly(2024, 4, 1), new DateOnly(2024, 9, 30)));
                    break;
            }

            Add(item);
            Planted.Add(new PlantedCase("SIGNAL_KIND_HIRED_FOR_SUBSIDY", variant, person, [Key(item)]));
        }
    }

    /// <summary>优亲厚友: a third each decided by the clerk for themself, for a member of their household, for an employer they represent.</summary>
    private void PlantCloseRelations(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var staffId = $"close-clerk-{i:D3}";
            var clerkPerson = NewPerson();
            var household = $"HK{i:D5}";
            People[clerkPerson].Person.HouseholdNumber = household;
            Staff[staffId] = new AuditedStaff { StaffId = staffId, PersonId = clerkPerson, NameMasked = "李*", HouseholdNumber = household };
            AuditedItem item;
            string variant;
            switch (i % 3)
            {
                case 0:
                    variant = "own claim";
                    item = Own(clerkPerson, "training.skill_upgrade", "技能提升补贴", new DateOnly(2024, 5, 6), [], "4-10-01-01/4");
                    break;
                case 1:
                    variant = "household";
                    var relative = NewPerson();
                    People[relative].Person.HouseholdNumber = household;
                    item = Own(relative, "training.skill_upgrade", "技能提升补贴", new DateOnly(2024, 5, 6), [], "4-10-01-01/4");
                    break;
                case 3:
                    variant = "household loan";
                    var borrower = NewPerson();
                    People[borrower].Person.HouseholdNumber = household;
                    item = LoanApplication(borrower, new DateOnly(2024, 5, 6));
                    break;
                default:
                    variant = "legal representative";
                    var code = TestCreditCodes.Of("91410802", 900_000 + i);
                    Employers[code] = new AuditedEmployer { CreditCode = code, Name = $"焦作亲属{i}有限公司", LegalRepresentativePersonId = clerkPerson };
                    item = Item("hiring-subsidies", "hiring.stabilisation", "稳岗返还", "", code, new DateOnly(2024, 5, 6), [], "", EmployerAccount(code));
                    break;
            }

            item.DecidedBy = staffId;
            Add(item);
            Planted.Add(new PlantedCase("SIGNAL_KIND_CLOSE_RELATIONS", variant, staffId, [Key(item)]));
        }
    }

    /// <summary>补录: a clerk entering three claims 40 days after they were received.</summary>
    private void PlantBackDated(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var clerk = $"late-clerk-{i:D3}";
            var keys = new List<string>();
            for (var k = 0; k < BackDatedEntries; k++)
            {
                var item = Own(NewPerson(), "training.skill_upgrade", "技能提升补贴", new DateOnly(2024, 3 + k, 11), [], "6-20-03-01/5");
                item.EnteredBy = clerk;
                item.EnteredOn = Date(Day(item.ReceivedOn).AddDays(BackDatedDays + 10));
                item.ReceiptNumber = "";
                Add(item);
                keys.Add(Key(item));
            }

            Planted.Add(new PlantedCase("SIGNAL_KIND_BACK_DATED_ENTRIES", "three entries", clerk, keys));
        }
    }

    /// <summary>A small 2023 set for the warm-up scan (received in 2023, outside the measured period).</summary>
    private void WarmUpSet()
    {
        for (var n = 0; n < 2000; n++)
        {
            var day = new DateOnly(2023, 1 + n % 12, 1 + n % 28);
            Add(n % 2 == 0
                ? Hire(NewPerson(), _employerCodes[n % _employerCodes.Count], "hiring.social_insurance_subsidy", "社会保险补贴", day, Months(day, 2))
                : Own(NewPerson(), "training.skill_upgrade", "技能提升补贴", day, [], Levels[n % Levels.Length]));
        }
    }

    private string NewPerson()
    {
        var id = $"P{_people++:D7}";
        People[id] = new PersonProfile
        {
            Person = new Person { PersonId = id, Name = "张*明", HouseholdNumber = $"H{_people / 3:D7}" },
        };
        return id;
    }

    private AuditedItem Hire(string person, string employer, string measure, string measureZh, DateOnly hired, string[] months)
    {
        var profile = People[person];
        profile.Facts.Add(Contract(employer, hired, null));
        profile.Facts.Add(Insurance(employer, hired, null, flexible: false));
        var item = Item("hiring-subsidies", measure, measureZh, person, employer, hired, months, "", EmployerAccount(employer));
        return item;
    }

    private AuditedItem Own(string person, string measure, string measureZh, DateOnly day, string[] months, string level)
    {
        var service = measure.StartsWith("training", StringComparison.Ordinal) ? "training-subsidies" : "hiring-subsidies";
        if (measure.EndsWith("flexible", StringComparison.Ordinal))
        {
            People[person].Facts.Add(Insurance("", day, null, flexible: true));
        }

        return Item(service, measure, measureZh, person, "", day, months, level, $"6217{person[1..]:D12}");
    }

    private AuditedItem Item(string service, string measure, string measureZh, string person, string employer, DateOnly day, string[] months, string level, string account)
    {
        var received = day.AddDays(20 + _random.Next(40));
        if (received.Year != day.Year)
        {
            received = new DateOnly(day.Year, 12, 31);
        }

        var clerk = _clerks[_random.Next(_clerks.Count)];
        var item = new AuditedItem
        {
            Service = service,
            Reference = service switch { "training-subsidies" => "T", "startup-loans" => "A", _ => "H" } + (++_reference).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            ItemNo = 1,
            Measure = measure,
            MeasureZh = measureZh,
            Status = _random.Next(3) == 0 ? AuditedStatus.Paid : AuditedStatus.Approved,
            PersonId = person,
            NameMasked = person.Length > 0 ? "张*明" : "",
            EmployerCreditCode = employer,
            EmployerName = employer.Length > 0 ? Employers[employer].Name : "",
            Region = new RegionCode { Code = Districts[_random.Next(Districts.Length)] },
            Amount = new Money { Fen = 100_000 + _random.Next(200_000) },
            EventDate = Date(day),
            OccupationLevel = level,
            ReceivedOn = Date(received),
            EnteredOn = Date(received),
            EnteredBy = clerk,
            DecidedBy = _clerks[_random.Next(_clerks.Count)],
            PaymentAccount = account,
        };
        item.Months.AddRange(months);
        return item;
    }

    private void Add(AuditedItem item) => (item.Service switch { "training-subsidies" => Training, "startup-loans" => Loans, _ => Hiring }).Add(item);

    private AuditedItem LoanApplication(string person, DateOnly issue)
    {
        var item = Item("startup-loans", "loans.individual", "个人创业担保贷款（贴息）", person, "", issue, [], "", "");
        item.ReceivedOn = item.EnteredOn = Date(issue.AddDays(-10 - _random.Next(20)));
        return item;
    }

    /// <summary>An application and, when registered, its loan: the loan's months are its term's, entered by the bank.</summary>
    private void AddLoan(string person, DateOnly issue, bool registered)
    {
        var application = LoanApplication(person, issue);
        Add(application);
        if (registered)
        {
            var loan = Item("startup-loans", "loans.individual", "个人创业担保贷款（贴息）", person, "", issue, Months(issue, 24), "", "");
            loan.Status = AuditedStatus.Paid;
            loan.ReceivedOn = loan.EnteredOn = Date(issue);
            loan.EnteredBy = "bank-operator";
            loan.DecidedBy = "";
            Add(loan);
        }
    }

    private static string EmployerAccount(string code) => "41050100" + code[8..17];

    private static string Key(AuditedItem item) => $"{item.Service}/{item.Reference}/{item.ItemNo}";

    private static string[] Months(DateOnly from, int count) =>
        [.. Enumerable.Range(0, count).Select(k => from.AddMonths(k)).Where(d => d.Year == from.Year).Select(d => $"{d:yyyy-MM}")];

    private static PersonFact Contract(string employer, DateOnly from, DateOnly? until) => new()
    {
        Kind = PersonFactKind.EmploymentContract,
        Period = Period(from, until),
        Authority = "劳动用工备案",
        Contract = new EmploymentContract { EmployerCreditCode = employer, OpenEnded = until is null },
    };

    private static PersonFact Insurance(string employer, DateOnly from, DateOnly? until, bool flexible) => new()
    {
        Kind = PersonFactKind.SocialInsurance,
        Period = Period(from, until),
        Authority = "社保系统",
        Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, FlexibleWorker = flexible },
    };

    private static PersonFact Fact(PersonFactKind kind, DateOnly from, DateOnly? until) => new() { Kind = kind, Period = Period(from, until), Authority = "社保系统" };

    private static DatePeriod Period(DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = Date(from) };
        if (until is { } end)
        {
            period.Until = Date(end);
        }

        return period;
    }

    private static CalendarDate Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static DateOnly Day(CalendarDate date) => new(date.Year, date.Month, date.Day);
}
