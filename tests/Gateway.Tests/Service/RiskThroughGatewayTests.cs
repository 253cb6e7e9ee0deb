using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.Risk.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;
using LoansApi = Employment.Loans.V1.StartupLoans;
using LoansV1 = Employment.Loans.V1;
using RiskApi = Employment.Risk.V1.RiskSignals;
using TrainingApi = Employment.Training.V1.TrainingSubsidies;

namespace Gateway.Tests.Service;

/// <summary>
/// The platform with hiring-subsidies, training-subsidies, startup-loans and risk-signals on PostgreSQL (production's
/// store), and sample thresholds (R3) for Jiaozuo only: an account receiving for 3 claimants, and a clerk
/// with 3 entries made 30 days or more after their 受理日期 (R31). Jiyuan configures none.
/// </summary>
public sealed class AuditPlatform : PlatformUnderTest
{
    public const int SampleMinClaimants = 3;
    public const int SampleMinEntries = 3;
    private readonly string _configuration = Path.Combine(Path.GetTempPath(), "audit-configuration-" + Guid.NewGuid().ToString("N"));
    private readonly List<PostgresDatabase> _databases = [];

    protected override async Task<string[]> ServiceArgumentsAsync(string serviceName)
    {
        switch (serviceName)
        {
            case "hiring-subsidies":
                return [$"--ConnectionStrings:HiringPostgres={await DatabaseAsync("audit_hiring")}", $"--Policy:ConfigurationPaths:1={await ConfigurationAsync()}"];
            case "training-subsidies":
                return [$"--ConnectionStrings:TrainingPostgres={await DatabaseAsync("audit_training")}"];
            case "startup-loans":
                return [$"--ConnectionStrings:LoansPostgres={await DatabaseAsync("audit_loans")}"];
            case "risk-signals":
                return [$"--ConnectionStrings:RiskPostgres={await DatabaseAsync("audit_risk")}", $"--Policy:ConfigurationPaths:0={await ConfigurationAsync()}"];
            default:
                return [];
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_configuration, recursive: true);
    }

    private async Task<string> DatabaseAsync(string prefix)
    {
        var database = await PostgresDatabase.CreateAsync(prefix);
        _databases.Add(database);
        return database.ConnectionString;
    }

    private async Task<string> ConfigurationAsync()
    {
        Directory.CreateDirectory(_configuration);
        await File.WriteAllTextAsync(Path.Combine(_configuration, "audit-sample.yaml"), $"""
            values:
              - key: risk.shared_payment_account.min_claimants
                value: {SampleMinClaimants}
                unit: count
                region: "410800"
                from: 2020-01-01
                source: 示例值，仅供测试 (sample for the audit tests)
                sample: true
              - key: risk.back_dated.min_days
                value: 30
                unit: days
                region: "410800"
                from: 2020-01-01
                source: 示例值，仅供测试 (sample for the audit tests)
                sample: true
              - key: risk.back_dated.min_entries_per_clerk
                value: {SampleMinEntries}
                unit: count
                region: "410800"
                from: 2020-01-01
                source: 示例值，仅供测试 (sample for the audit tests)
                sample: true
              - key: risk.hired_for_subsidy.max_days_after
                value: 90
                unit: days
                region: "410800"
                from: 2020-01-01
                source: 示例值，仅供测试 (sample for the audit tests)
                sample: true
              - key: hiring.payment.public_notice_days
                value: 7
                unit: days
                region: "410800"
                from: 2020-01-01
                source: 示例值，仅供测试 (sample for the audit tests)
                sample: true
            """);
        return _configuration;
    }
}

/// <summary>
/// 稽核 through the gateway, on PostgreSQL (焦政办〔2023〕36号 closing clause: 严肃查处骗取套取、虚报冒领): a
/// Jiaozuo auditor scans the region's claims and finds one account receiving for several employers (R3)
/// and a clerk's back-dated entries (R31), each next to its near-miss that must not signal; confirming a
/// signal holds its claims out of payment batches until it is dismissed; a Jiyuan auditor sees none of it;
/// and an auditor changes another service's data only through that hold.
/// </summary>
public sealed class RiskThroughGatewayTests(AuditPlatform platform) : IClassFixture<AuditPlatform>
{
    private static readonly DatePeriod Received2024 = new() { From = Day(2024, 1, 1), Until = Day(2024, 12, 31) };
    private static int _employers = 8_100;

    private static CalendarDate Day(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    private HiringApi.HiringSubsidiesClient Hiring => new(platform.Invoker);

    private RiskApi.RiskSignalsClient Risk => new(platform.Invoker);

    /// <summary>
    /// 稳岗返还 claims of <paramref name="count"/> small enterprises of 解放区, each received on 2024-04-08 on
    /// paper and keyed in today by <paramref name="clerk"/> with its 受理回执 (R31), all paid to <paramref name="account"/>.
    /// </summary>
    private async Task<List<HiringClaim>> ClaimsAsync(string account, string clerk, int count, string legalRepresentative = "")
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var claims = new List<HiringClaim>();
        for (var i = 0; i < count; i++)
        {
            var code = TestCreditCodes.Of("91410802", Interlocked.Increment(ref _employers));
            var employer = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Employer = new Employer
                {
                    CreditCode = code, Name = "示例稽核稳岗有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise,
                    LegalRepresentativeIdNumber = legalRepresentative,
                },
            }, legalRepresentative.Length > 0 ? TestCallers.Admin() : TestCallers.Counter());
            EmployerFact[] facts =
            [
                new() { Source = "统计部门", EvidenceReference = "规模认定 2020-001", Size = new SizeClassification { Size = EnterpriseSize.Small, Period = new DatePeriod { From = Day(2020, 1, 1) } } },
                new() { Source = "社保系统", UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2023, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 } },
                new() { Source = "社保系统", Layoffs = new Layoffs { Year = 2023, LaidOff = 0, InsuredStaffAtStart = 50 } },
            ];
            foreach (var fact in facts)
            {
                await registry.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employer.EmployerId, Fact = fact }, TestCallers.Counter());
            }

            claims.Add(await Hiring.SubmitClaimAsync(new SubmitClaimRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Employer = new EmployerKey { CreditCode = code },
                Kind = SubsidyKind.StabilisationRefund,
                PaymentAccount = account,
                ReceivedOn = Day(2024, 4, 8),
                ReceiptNumber = "稳岗受理 2024-0408-" + i,
            }, TestCallers.Counter("410800", clerk)));
        }

        return claims;
    }

    private async Task<ScanSummary> ScanAsync(Metadata auditor, string region = "410800", DatePeriod? received = null) =>
        await Risk.RunScanAsync(new RunScanRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = region }, Received = received ?? Received2024 }, auditor);

    /// <summary>A person of 解放区 in the registry, registered unemployed since 2022 (a loan's personal conditions).</summary>
    private async Task<Person> PersonAsync(string name, string household, string staffId = "")
    {
        var first17 = $"410802198104{Interlocked.Increment(ref _employers) % 28 + 1:D2}{Interlocked.Increment(ref _employers) % 900 + 100:D3}";
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = first17 + Employment.IdentityNumbers.ResidentIdNumber.ComputeCheckCharacter(first17), Name = name,
                ResidenceRegion = new RegionCode { Code = "410802" }, HouseholdNumber = household,
            },
        }, TestCallers.Admin()); // 户号 is the admin's to write, never a counter's
        if (staffId.Length > 0)
        {
            // The 工号 is the identity provider's alone to write, as it opens the clerk's account: it calls the registry
            // inside the platform (the gateway lets no service token in).
            using var inside = Grpc.Net.Client.GrpcChannel.ForAddress(platform.ApplicantsAddress);
            person = await new Applicants.ApplicantsClient(inside).UpdatePersonAsync(new UpdatePersonRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, ExpectedVersion = person.Record.Version,
                Person = new Person { StaffId = staffId }, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "staff_id" } },
            }, TestCallers.Service("identity-provider"));
        }

        await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact { Kind = PersonFactKind.UnemploymentRegistration, Period = new DatePeriod { From = Day(2022, 6, 1) }, Authority = "焦作市解放区公共就业服务中心" },
        }, TestCallers.Counter());
        return person;
    }

    /// <summary>A 5万 individual loan application taken and reviewed (审核通过) by <paramref name="staffId"/>.</summary>
    /// <summary>The admin records, after a clerk decided, the employer's legal representative the registry lacked.</summary>
    private async Task RecordLaterAsync(EmployerKey claimant, string representativeIdNumber)
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var employer = await registry.GetEmployerAsync(new GetEmployerRequest { Employer = claimant }, TestCallers.Counter());
        await registry.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employer.EmployerId, ExpectedVersion = employer.Record.Version,
            Employer = new Employer { LegalRepresentativeIdNumber = representativeIdNumber },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "legal_representative_id_number" } }, ReasonZh = "补录法定代表人",
        }, TestCallers.Admin());
    }

    /// <summary>The admin records, after a clerk decided, the person's 户号 the registry lacked.</summary>
    private async Task RecordLaterAsync(Person person, string household)
    {
        var registry = new Applicants.ApplicantsClient(platform.Invoker);
        var current = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } }, TestCallers.Counter());
        await registry.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, ExpectedVersion = current.Record.Version,
            Person = new Person { HouseholdNumber = household },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "household_number" } }, ReasonZh = "补录户号",
        }, TestCallers.Admin());
    }

    private async Task<LoansV1.LoanApplication> ReviewedLoanAsync(Person borrower, string staffId)
    {
        var loans = new LoansApi.StartupLoansClient(platform.Invoker);
        var clerk = TestCallers.Counter("410800", staffId);
        var taken = await loans.SubmitApplicationAsync(new LoansV1.SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new LoansV1.Borrower { IdNumber = borrower.IdNumber, Kind = LoansV1.BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = "AUDIT-BANK",
            RequestedAmount = new Money { Fen = 5_000_000 },
            TermMonths = 24,
            IntendedIssueDate = Day(2024, 7, 1),
        }, clerk);
        return await loans.TransitionApplicationAsync(new LoansV1.TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, To = LoansV1.ApplicationState.Reviewed,
        }, clerk);
    }

    private async Task<List<Signal>> SignalsAsync(Metadata auditor, SignalKind kind)
    {
        var signals = new List<Signal>();
        var token = "";
        do
        {
            var page = await Risk.ListSignalsAsync(new ListSignalsRequest { Kind = kind, Page = new PageRequest { PageSize = 200, PageToken = token } }, auditor);
            signals.AddRange(page.Signals);
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);
        return signals;
    }

    private static bool Links(Signal signal, IEnumerable<HiringClaim> claims) => claims.Any(c => signal.Records.Any(r => r.Reference == c.ClaimId));

    [Fact(Timeout = 120_000)]
    public async Task R3_one_account_for_three_employers_signals_and_one_for_two_does_not()
    {
        var shared = await ClaimsAsync("6222000000000081001", "clerk-account-a", AuditPlatform.SampleMinClaimants);
        var belowThreshold = await ClaimsAsync("6222000000000081002", "clerk-account-b", AuditPlatform.SampleMinClaimants - 1);
        var auditor = TestCallers.Auditor();

        var summary = await ScanAsync(auditor);
        var signals = await SignalsAsync(auditor, SignalKind.SharedPaymentAccount);

        Assert.Contains(summary.ItemsRead, c => c.Service == "hiring-subsidies" && c.Items >= shared.Count + belowThreshold.Count);
        Assert.Contains(summary.ItemsRead, c => c.Service == "training-subsidies");
        Assert.Empty(summary.NotRunZh);
        var signal = Assert.Single(signals, s => Links(s, shared));
        Assert.Equal(shared.Select(c => c.ClaimId).Order(StringComparer.Ordinal), signal.Records.Select(r => r.Reference).Order(StringComparer.Ordinal));
        Assert.All(signal.Records, r => Assert.Equal("hiring-subsidies", r.Service));
        Assert.Contains(signal.Facts, f => f.Value.Contains("6222000000000081001", StringComparison.Ordinal));
        Assert.Contains(signal.Citations, c => c.RulingId == "R3");
        Assert.Equal(SignalStatus.Open, signal.Status);
        Assert.DoesNotContain(signals, s => Links(s, belowThreshold));
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_R3_a_clerks_three_entries_received_long_before_they_were_keyed_in_signal_and_another_clerks_two_do_not()
    {
        var late = await ClaimsAsync("6222000000000082001", "clerk-late", 1);
        late.AddRange(await ClaimsAsync("6222000000000082002", "clerk-late", 1));
        late.AddRange(await ClaimsAsync("6222000000000082003", "clerk-late", 1));
        var fewer = await ClaimsAsync("6222000000000082004", "clerk-fewer", 1);
        fewer.AddRange(await ClaimsAsync("6222000000000082005", "clerk-fewer", 1));
        var auditor = TestCallers.Auditor();

        await ScanAsync(auditor);
        var signals = await SignalsAsync(auditor, SignalKind.BackDatedEntries);

        var signal = Assert.Single(signals, s => Links(s, late));
        Assert.Equal(3, signal.Records.Count);
        Assert.All(signal.Records, r => Assert.Equal("clerk-late", r.EnteredBy));
        Assert.All(signal.Records, r => Assert.Equal(Day(2024, 4, 8), r.ReceivedOn));
        Assert.Contains("clerk-late", signal.SummaryZh, StringComparison.Ordinal);
        Assert.DoesNotContain(signals, s => Links(s, fewer));
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz2023_36_17_a_clerk_approving_the_claim_of_an_employer_the_registry_later_shows_they_represent_signals_and_their_approval_of_another_does_not()
    {
        // 回避 refuses a decision the registry already ties to the clerk; the audit finds the tie recorded after it.
        const string staffId = "clerk-close-relations";
        var clerkPerson = await PersonAsync("王经办", "410802000777", staffId);
        var idNumber = clerkPerson.IdNumber;
        var own = await ClaimsAsync("6222000000000085001", "clerk-entry", 1);
        var other = await ClaimsAsync("6222000000000085002", "clerk-entry", 1);
        foreach (var claim in own.Concat(other))
        {
            await Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claim.ClaimId, ExpectedVersion = claim.Record.Version, ItemNo = 1, Approve = true,
            }, TestCallers.Counter("410800", staffId));
        }

        await RecordLaterAsync(own[0].Employer, idNumber);

        var auditor = TestCallers.Auditor();
        var summary = await ScanAsync(auditor);
        var signals = await SignalsAsync(auditor, SignalKind.CloseRelations);

        Assert.Empty(summary.NotRunZh);
        var signal = Assert.Single(signals, s => Links(s, own));
        Assert.Equal(Severity.High, signal.Severity);
        Assert.Contains(staffId, signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains("法定代表人", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains(signal.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十七）");
        Assert.DoesNotContain(idNumber, signal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(clerkPerson.PersonId, signal.SummaryZh, StringComparison.Ordinal);
        Assert.DoesNotContain(signals, s => Links(s, other));
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz2023_36_17_a_clerk_approving_a_loan_application_of_their_household_signals_and_once_confirmed_it_goes_no_further()
    {
        // 回避 refuses a decision the registry already ties to the clerk; the audit finds the household recorded after it.
        const string staffId = "clerk-loan-household";
        await PersonAsync("李经办", "410802000888", staffId);
        var relative = await PersonAsync("李亲属", "");
        var neighbour = await PersonAsync("赵邻居", "410802000889");
        var own = await ReviewedLoanAsync(relative, staffId);
        var other = await ReviewedLoanAsync(neighbour, staffId);
        await RecordLaterAsync(relative, "410802000888");
        var auditor = TestCallers.Auditor();
        var today = Employment.ServiceDefaults.Time.ChinaClock.System.Today;

        var summary = await ScanAsync(auditor, received: new DatePeriod { From = Day(2024, 1, 1), Until = Day(today.Year, today.Month, today.Day) });
        var signals = await SignalsAsync(auditor, SignalKind.CloseRelations);
        var signal = Assert.Single(signals, s => s.Records.Any(r => r.Reference == own.ApplicationId));
        var confirmed = await Risk.ReviewSignalAsync(new ReviewSignalRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), SignalId = signal.SignalId, ExpectedVersion = signal.Record.Version, Status = SignalStatus.Confirmed, ReasonZh = "经办人为同户亲属审核贷款申请，未回避",
        }, auditor);
        var loans = new LoansApi.StartupLoansClient(platform.Invoker);
        var onward = await Assert.ThrowsAsync<RpcException>(() => loans.TransitionApplicationAsync(new LoansV1.TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = own.ApplicationId, ExpectedVersion = own.Record.Version, To = LoansV1.ApplicationState.GuaranteeApproved,
        }, TestCallers.Counter()).ResponseAsync);

        Assert.Contains(summary.ItemsRead, c => c.Service == "startup-loans" && c.Items >= 2);
        var record = Assert.Single(signal.Records);
        Assert.Equal("startup-loans", record.Service);
        Assert.Contains("同户", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains(signal.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十七）");
        Assert.DoesNotContain(relative.IdNumber, signal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(signals, s => s.Records.Any(r => r.Reference == other.ApplicationId));
        Assert.True(confirmed.PaymentHeld);
        Assert.Equal(StatusCode.FailedPrecondition, onward.StatusCode);
        Assert.Contains(signal.SignalId, onward.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_confirmed_signal_holds_its_claims_out_of_payment_batches_until_the_auditor_dismisses_it()
    {
        var claims = await ClaimsAsync("6222000000000083001", "clerk-hold", AuditPlatform.SampleMinClaimants);
        var counter = TestCallers.Counter();
        var approved = await Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claims[0].ClaimId,
            ExpectedVersion = claims[0].Record.Version,
            ItemNo = 1,
            Approve = true,
        }, counter);
        var auditor = TestCallers.Auditor();
        await ScanAsync(auditor);
        var signal = Assert.Single(await SignalsAsync(auditor, SignalKind.SharedPaymentAccount), s => Links(s, claims));
        CreatePaymentBatchRequest Batch() => new() { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { approved.ClaimId } };
        var payments = new SubsidyPayments.SubsidyPaymentsClient(platform.Invoker);
        var hiring = TestCallers.Naming("hiring-subsidies", counter);

        var confirm = new ReviewSignalRequest { IdempotencyKey = Guid.NewGuid().ToString(), SignalId = signal.SignalId, ExpectedVersion = signal.Record.Version, Status = SignalStatus.Confirmed, ReasonZh = "三家企业同一收款账户，已约谈核实" };
        var confirmed = await Risk.ReviewSignalAsync(confirm, auditor);
        var retried = await Risk.ReviewSignalAsync(confirm, auditor);
        var held = await Assert.ThrowsAsync<RpcException>(() => payments.CreatePaymentBatchAsync(Batch(), hiring).ResponseAsync);
        var dismissed = await Risk.ReviewSignalAsync(new ReviewSignalRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), SignalId = signal.SignalId, ExpectedVersion = confirmed.Record.Version, Status = SignalStatus.Dismissed, ReasonZh = "系同一集团财务公司代收，材料齐全",
        }, auditor);
        var batch = await payments.CreatePaymentBatchAsync(Batch(), hiring);

        Assert.True(confirmed.PaymentHeld);
        Assert.True(retried.PaymentHeld);
        Assert.Equal(confirmed.Record.Version, retried.Record.Version);
        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains(signal.SignalId, held.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("已约谈核实", held.Status.Detail, StringComparison.Ordinal);
        Assert.False(dismissed.PaymentHeld);
        Assert.Equal([SignalStatus.Confirmed, SignalStatus.Dismissed], dismissed.Reviews.Select(r => r.Status));
        Assert.Equal([approved.ClaimId], batch.RecordIds);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_Jiyuan_auditor_never_sees_Jiaozuos_signals_and_an_auditor_changes_nothing_but_by_the_hold()
    {
        var claims = await ClaimsAsync("6222000000000084001", "clerk-region", AuditPlatform.SampleMinClaimants);
        var jiaozuo = TestCallers.Auditor("410800");
        var jiyuan = TestCallers.Auditor("419001", "auditor-jiyuan");
        await ScanAsync(jiaozuo);
        var signal = Assert.Single(await SignalsAsync(jiaozuo, SignalKind.SharedPaymentAccount), s => Links(s, claims));

        var jiyuanScan = await Assert.ThrowsAsync<RpcException>(() => ScanAsync(jiyuan));
        var jiyuanOwn = await ScanAsync(jiyuan, "419001");
        var jiyuanList = await SignalsAsync(jiyuan, SignalKind.Unspecified);
        var jiyuanGet = await Assert.ThrowsAsync<RpcException>(() => Risk.GetSignalAsync(new GetSignalRequest { SignalId = signal.SignalId }, jiyuan).ResponseAsync);
        var jiyuanReview = await Assert.ThrowsAsync<RpcException>(() => Risk.ReviewSignalAsync(new ReviewSignalRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), SignalId = signal.SignalId, ExpectedVersion = signal.Record.Version, Status = SignalStatus.Dismissed, ReasonZh = "越权",
        }, jiyuan).ResponseAsync);
        var decide = await Assert.ThrowsAsync<RpcException>(() => Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claims[0].ClaimId, ExpectedVersion = claims[0].Record.Version, ItemNo = 1, Approve = true,
        }, jiaozuo).ResponseAsync);
        var batch = await Assert.ThrowsAsync<RpcException>(() => new SubsidyPayments.SubsidyPaymentsClient(platform.Invoker).CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { claims[0].ClaimId },
        }, TestCallers.Naming("hiring-subsidies", jiaozuo)).ResponseAsync);
        var hold = new PaymentHoldRequest { SignalId = signal.SignalId, Region = new RegionCode { Code = "410800" }, RecordIds = { claims[0].ClaimId }, Hold = true };
        var oversight = new SubsidyOversight.SubsidyOversightClient(platform.Invoker);
        var hiringHold = await Assert.ThrowsAsync<RpcException>(() => oversight.SetPaymentHoldAsync(hold, TestCallers.Naming("hiring-subsidies", jiaozuo)).ResponseAsync);
        var trainingHold = await Assert.ThrowsAsync<RpcException>(() => oversight.SetPaymentHoldAsync(hold, TestCallers.Naming("training-subsidies", jiaozuo)).ResponseAsync);
        var unchanged = await Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claims[0].ClaimId }, jiaozuo);

        Assert.Equal(StatusCode.PermissionDenied, jiyuanScan.StatusCode);
        Assert.DoesNotContain(jiyuanOwn.Found, k => k.Raised + k.FoundAgain > 0);
        Assert.Contains(jiyuanOwn.NotRunZh, n => n.Contains("419001", StringComparison.Ordinal));
        Assert.Empty(jiyuanList);
        Assert.Equal(StatusCode.NotFound, jiyuanGet.StatusCode);
        Assert.Equal(StatusCode.NotFound, jiyuanReview.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, decide.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, batch.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, hiringHold.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, trainingHold.StatusCode);
        Assert.Equal(claims[0].Record.Version, unchanged.Record.Version);
        Assert.Equal(ClaimStatus.Submitted, unchanged.Status);
    }
}
