using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Policy.V1;
using Grpc.Core;
using Microsoft.Extensions.Options;
using ProtoParameterValue = Employment.Policy.V1.ParameterValue;
using ProtoPolicyDocument = Employment.Policy.V1.PolicyDocument;

namespace Employment.Policy.Api;

/// <summary>
/// employment.policy.v1.PolicyCatalog, read-only, over the domains this service decides in
/// (<see cref="PolicyCatalogOptions.Domains"/>): the public policy list and each parameter with
/// its citation and history.
/// </summary>
public sealed class PolicyCatalogService(PolicyCatalog catalog, IOptions<PolicyCatalogOptions> options, TimeProvider clock)
    : Employment.Policy.V1.PolicyCatalog.PolicyCatalogBase
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    // Policy dates are calendar dates in China (UTC+8, no daylight saving).
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly HashSet<string> _domains = options.Value.Domains.ToHashSet(StringComparer.Ordinal);

    public override Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var region = OptionalRegion(request.Region);
        var documents = catalog.Measures
            .Where(m => InScope(m.Domain))
            .Select(m => m.Document)
            .DistinctBy(d => d.Id)
            .Where(d => region is null || region.Value.Chain().Contains(d.Region))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(ToProto)
            .ToList();
        var (page, next) = Page(documents, request.Page);
        var response = new ListDocumentsResponse { Page = next };
        response.Documents.AddRange(page);
        return Task.FromResult(response);
    }

    public override Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
    {
        var region = RequiredRegion(request.Region);
        var date = DateOrToday(request.On);
        var domain = request.Domain == PolicyDomain.Unspecified ? null : DomainName(request.Domain);
        var measures = catalog.MeasuresInForce(region, date)
            .Where(g => InScope(g.Key) && (domain is null || g.Key == domain))
            .SelectMany(g => g.Value)
            .Select(m => ToProto(m, region, date))
            .ToList();
        var (page, next) = Page(measures, request.Page);
        var response = new ListMeasuresResponse { Page = next };
        response.Measures.AddRange(page);
        return Task.FromResult(response);
    }

    public override Task<GetParameterResponse> GetParameter(GetParameterRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Key) || !catalog.Contains(request.Key) || !InScope(DomainOfKey(request.Key)))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"参数 '{request.Key}' 不在本服务的政策目录中。 (No parameter '{request.Key}' in this service's policy catalog.)"));
        }

        var region = RequiredRegion(request.Region);
        var date = DateOrToday(request.On);
        var response = new GetParameterResponse();
        if (catalog.TryResolve(request.Key, region, date, out var inForce))
        {
            response.InForce = ToProto(inForce);
        }

        response.History.AddRange(catalog.History(request.Key, region).OrderBy(v => v.From).Select(ToProto));
        return Task.FromResult(response);
    }

    private bool InScope(string domain) => _domains.Count == 0 || _domains.Contains(domain);

    private static string DomainOfKey(string key) => key.Split('.')[0];

    private DateOnly DateOrToday(CalendarDate? date)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        }

        try
        {
            return ProtoMapping.FromProto(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"日期 {date.Year}-{date.Month}-{date.Day} 无效。 (on: not a calendar date.)"));
        }
    }

    private static Region RequiredRegion(RegionCode? code) =>
        OptionalRegion(code) ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "请填写地区代码（region.code），如 410800。 (region.code is required, e.g. 410800.)"));

    private static Region? OptionalRegion(RegionCode? code)
    {
        if (code is null || code.Code.Length == 0)
        {
            return null;
        }

        return Region.TryParse(code.Code, out var region)
            ? region
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"地区代码 '{code.Code}' 无效：应为 CN 或六位行政区划代码。 (region.code must be CN or six digits.)"));
    }

    private static (IEnumerable<T> Page, PageResponse Next) Page<T>(IReadOnlyList<T> items, PageRequest? request)
    {
        var size = request is { PageSize: > 0 } ? Math.Min(request.PageSize, MaxPageSize) : DefaultPageSize;
        var offset = 0;
        if (request is { PageToken.Length: > 0 } && (!int.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > items.Count))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_token 无效。 (page_token is not one this API returned.)"));
        }

        var next = offset + size < items.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : "";
        return (items.Skip(offset).Take(size), new PageResponse { NextPageToken = next, TotalSize = items.Count });
    }

    private static string DomainName(PolicyDomain domain) => domain switch
    {
        PolicyDomain.Loans => "loans",
        PolicyDomain.Hiring => "hiring",
        PolicyDomain.Training => "training",
        PolicyDomain.Entrepreneurship => "startup",
        PolicyDomain.Categories => "categories",
        PolicyDomain.Jobs => "jobs",
        _ => "",
    };

    private static PolicyDomain DomainOf(string name) => name switch
    {
        "loans" => PolicyDomain.Loans,
        "hiring" => PolicyDomain.Hiring,
        "training" => PolicyDomain.Training,
        "startup" => PolicyDomain.Entrepreneurship,
        "categories" => PolicyDomain.Categories,
        "jobs" => PolicyDomain.Jobs,
        _ => PolicyDomain.Unspecified,
    };

    private static ProtoPolicyDocument ToProto(Model.PolicyDocument document)
    {
        var proto = new ProtoPolicyDocument
        {
            DocumentNumber = document.Number,
            Title = document.Title,
            IssuingBody = document.IssuingBody,
            Region = new RegionCode { Code = document.Region.Code },
            Seed = new SeedReference { File = document.SeedFile },
        };
        if (document.Date is { } date)
        {
            proto.DocumentDate = ProtoMapping.ToProto(date);
        }

        return proto;
    }

    private static Measure ToProto(PolicyMeasure measure, Region region, DateOnly date)
    {
        var chain = region.Chain();
        var inForce = measure.Parameters.Where(p => chain.Contains(p.Region) && p.InForceOn(date)).ToList();
        var proto = new Measure
        {
            MeasureId = measure.QualifiedId,
            NameZh = measure.Title,
            Domain = DomainOf(measure.Domain),
            Region = new RegionCode { Code = inForce.Select(p => p.Region).DefaultIfEmpty(measure.Document.Region).First().Code },
            SummaryZh = measure.Quote ?? "",
            Period = Period(inForce.Max(p => p.From), inForce.Any(p => p.Until is null) ? null : inForce.Min(p => p.Until)),
        };
        proto.Citations.Add(inForce.Select(ProtoMapping.ToProto).DistinctBy(c => (c.DocumentNumber, c.Clause)));
        proto.ParameterKeys.Add(inForce.Select(p => p.Key).Distinct());
        return proto;
    }

    private static ProtoParameterValue ToProto(Model.ParameterValue value)
    {
        var proto = new ProtoParameterValue
        {
            Key = value.Key,
            Unit = UnitText(value.Unit),
            Region = new RegionCode { Code = value.Region.Code },
            Period = Period(value.From, value.Until),
            Citation = ProtoMapping.ToProto(value),
            Source = value.Source.IsConfiguration ? ValueSource.Configuration
                : value.Source.RulingId is not null ? ValueSource.Ruling
                : ValueSource.Document,
            Sample = value.IsSample,
        };
        var v = value.Value;
        switch (value.Unit)
        {
            case PolicyUnit.Fen:
                proto.Amount = new Money { Fen = v.Fen };
                break;
            case PolicyUnit.Percent:
                proto.Ratio = new Ratio { Ppm = (long)(v.Decimal * 10_000m) };
                break;
            case PolicyUnit.Months:
                proto.Months = v.Integer;
                break;
            case PolicyUnit.Date:
                proto.Date = ProtoMapping.ToProto(v.Date);
                break;
            case PolicyUnit.Count or PolicyUnit.Years or PolicyUnit.Days or PolicyUnit.Age:
                proto.Count = v.Integer;
                break;
            default:
                proto.Text = v.Unit == PolicyUnit.Boolean ? (v.Boolean ? "true" : "false") : v.Decimal.ToString(CultureInfo.InvariantCulture);
                break;
        }

        return proto;
    }

    private static DatePeriod Period(DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = ProtoMapping.ToProto(from) };
        if (until is { } u)
        {
            period.Until = ProtoMapping.ToProto(u);
        }

        return period;
    }

    private static string UnitText(PolicyUnit unit) => unit switch
    {
        PolicyUnit.Fen => "分",
        PolicyUnit.Percent => "%",
        PolicyUnit.Multiple => "倍",
        PolicyUnit.Count => "次",
        PolicyUnit.Years => "年",
        PolicyUnit.Months => "月",
        PolicyUnit.Days => "天",
        PolicyUnit.Age => "周岁",
        PolicyUnit.Date => "日期",
        _ => "是/否",
    };
}
