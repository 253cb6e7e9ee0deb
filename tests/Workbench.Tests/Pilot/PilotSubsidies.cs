using Employment.Common.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Workbench.Tests.Pilot;

/// <summary>
/// A subsidy service the web was never written for: it serves the lifecycle's shared contracts (SubsidyCases,
/// SubsidyPayments) for one pilot measure from memory, behind the platform's own token checks. The workbench and the
/// public site reach it by configuration alone (<c>SubsidyServices:pilot-subsidies</c> and its address), as a bureau
/// would add a measure's service. Its records are shown only while a test opens them, so the other tests of the
/// collection see an empty service.
/// </summary>
public sealed class PilotSubsidies
{
    public const string Name = "pilot-subsidies";
    public const string NameZh = "试点补贴服务";
    public const string RecordsZh = "试点补贴";
    public const string KindZh = "一次性试点补贴";
    public const string Reference = "P-pilot-0001";
    public const string BatchId = "B-pilot-0001";
    public const string PayeeZh = "试*点 410802********0011";
    public const long AmountFen = 80_000;

    /// <summary>The registry person whose record it is, while a test shows it; null: the service keeps nothing.</summary>
    public string? ShownTo { get; set; }

    /// <summary>The arguments that make a web application reach it.</summary>
    public static IEnumerable<string> WebArguments(string address) =>
    [
        $"--Services:{Name}={address}",
        $"--SubsidyServices:{Name}:NameZh={NameZh}",
        $"--SubsidyServices:{Name}:RecordsZh={RecordsZh}",
        $"--SubsidyServices:{Name}:Serves=Cases, Payments",
    ];

    internal SubsidyCase Case() => new()
    {
        RecordId = Reference,
        Status = SubsidyCaseStatus.Approved,
        StatusZh = "审核通过",
        Amount = new Money { Fen = AmountFen },
        KindZh = KindZh,
        PayeeZh = PayeeZh,
        Record = new RecordInfo { Version = 3 },
    };

    /// <summary>The batch on 公示, as the service says it is today (the service, not the page, decides what is on notice).</summary>
    internal static PaymentNotice Notice() => new()
    {
        BatchId = BatchId,
        Region = new RegionCode { Code = "410800" },
        NoticeFrom = new CalendarDate { Year = 2026, Month = 11, Day = 20 },
        NoticeUntil = new CalendarDate { Year = 2026, Month = 11, Day = 26 },
        Total = new Money { Fen = AmountFen },
        Lines = { new PaymentNoticeLine { RecordId = Reference, NameMasked = "试*点", IdNumberMasked = "410802********0011", KindZh = KindZh, Amount = new Money { Fen = AmountFen } } },
    };

    internal ApplicationProgress Progress() => new()
    {
        Reference = Reference,
        KindZh = KindZh,
        State = "APPROVED",
        StateZh = "审核通过",
        SubmittedOn = new CalendarDate { Year = 2026, Month = 11, Day = 2 },
        UpdatedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero)),
        NextStepZh = "公示期满无异议后发放",
        Amount = new Money { Fen = AmountFen },
        OfficeZh = "焦作市 解放区人社窗口",
        History = { new ProgressStep { State = "SUBMITTED", StateZh = "已受理", At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero)) } },
    };

    /// <summary>The service's module: the platform's host (tokens, declared roles) with the two shared contracts mapped.</summary>
    public sealed class Module(PilotSubsidies pilot) : IServiceModule
    {
        public string Name => PilotSubsidies.Name;

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.Services.AddSingleton(pilot);
        }

        public void MapEndpoints(WebApplication app)
        {
            ArgumentNullException.ThrowIfNull(app);
            app.MapGrpcService<Cases>();
            app.MapGrpcService<Payments>();
        }
    }

    private sealed class Cases(PilotSubsidies pilot, ICallerResolver callers) : SubsidyCases.SubsidyCasesBase
    {
        public override Task<ListMineResponse> ListMine(ListMineRequest request, ServerCallContext context)
        {
            var answer = new ListMineResponse { Page = new PageResponse() };
            if (pilot.ShownTo is { } person && callers.Resolve(context) is { Role: CallerRole.Person } caller && caller.Subject == person)
            {
                answer.Records.Add(pilot.Progress());
            }

            return Task.FromResult(answer);
        }

        public override Task<HandOverWorkAnswer> HandOverWork(HandOverWorkRequest request, ServerCallContext context) => Task.FromResult(new HandOverWorkAnswer());
    }

    private sealed class Payments(PilotSubsidies pilot) : SubsidyPayments.SubsidyPaymentsBase
    {
        public override Task<ListPayableResponse> ListPayable(ListPayableRequest request, ServerCallContext context)
        {
            var answer = new ListPayableResponse { Page = new PageResponse() };
            if (pilot.ShownTo is not null && request.BatchId.Length == 0)
            {
                answer.Cases.Add(pilot.Case());
            }

            return Task.FromResult(answer);
        }

        public override Task<ListObjectionsResponse> ListObjections(ListObjectionsRequest request, ServerCallContext context) => Task.FromResult(new ListObjectionsResponse());

        public override Task<ListPaymentNoticesResponse> ListPaymentNotices(ListPaymentNoticesRequest request, ServerCallContext context)
        {
            var answer = new ListPaymentNoticesResponse();
            if (pilot.ShownTo is not null && request.Region?.Code == "410800")
            {
                answer.Notices.Add(Notice());
            }

            return Task.FromResult(answer);
        }
    }
}
