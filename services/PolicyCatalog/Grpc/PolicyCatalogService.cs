using Employment.PolicyCatalog.UseCases;
using Employment.Policy.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using Catalog = Employment.Policy.PolicyCatalog;

namespace Employment.PolicyCatalog.Grpc;

/// <summary>
/// employment.policy.v1.PolicyCatalog, read-only, over every domain of the catalog: the public policy
/// list and each parameter with its citation and history. Each method checks the request, asks the
/// catalog, and maps the answer; paging is the platform's one convention (<see cref="Pages"/>, by offset:
/// the catalog's order is fixed while the service runs).
/// </summary>
public sealed class PolicyCatalogService(Catalog catalog, ChinaClock clock) : Employment.Policy.V1.PolicyCatalog.PolicyCatalogBase
{
    public override Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var region = PolicyInput.OptionalRegion(catalog, request.Region);
        var (size, offset) = (Pages.Size(request.Page), Pages.Offset(request.Page));
        var documents = catalog.Documents
            .Where(d => region is null || region.Value.Chain().Contains(d.Region))
            .ToList();
        var response = new ListDocumentsResponse { Page = Pages.NextByOffset(offset, size, documents.Count) };
        response.Documents.AddRange(documents.Skip(offset).Take(size).Select(PolicyAnswers.ToProto));
        return Task.FromResult(response);
    }

    public override Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
    {
        var region = PolicyInput.RequiredRegion(catalog, request.Region);
        var date = PolicyInput.DateOrToday(request.On, "on", clock);
        if (request.Domain != PolicyDomain.Unspecified && PolicyAnswers.DomainName(request.Domain) is null)
        {
            throw RpcErrors.Invalid("domain", $"政策领域 {(int)request.Domain} 不存在：可选贷款、招用、培训、创业、人员类别、就业服务，或不填（全部）。");
        }

        var domain = PolicyAnswers.DomainName(request.Domain);
        var (size, offset) = (Pages.Size(request.Page), Pages.Offset(request.Page));

        // A measure is listed where at least one of its values applies (R2): a provincial measure
        // whose every figure the city replaces is not what is in force in the city.
        // The bureau's targets (domain targets) are no measure anyone applies for: the figures show them.
        var measures = catalog.MeasuresInForce(region, date)
            .Where(g => domain is null ? PolicyAnswers.DomainOf(g.Key) != PolicyDomain.Unspecified : g.Key == domain)
            .SelectMany(g => g.Value)
            .Select(m => (Measure: m, Values: catalog.ValuesApplying(m, region, date)))
            .Where(m => m.Values.Count > 0)
            .ToList();
        var audience = request.Audience.Length == 0 ? null : catalog.Audiences.FirstOrDefault(a => a.Id == request.Audience)
            ?? throw RpcErrors.Invalid("audience", $"适用人群“{PlainText.Quote(request.Audience)}”不存在，请从列表中选择，或不填（全部人群）。 (Unknown audience: the audience_id of any answer's audiences.)");
        var recognised = catalog.RecognisedGroups(region, date);
        var counts = catalog.Audiences.Select(a => new AudienceCount { AudienceId = a.Id, NameZh = a.NameZh, Measures = measures.Count(m => catalog.IsFor(a, m.Values, recognised)) }).ToList();
        if (audience is not null)
        {
            measures = measures.Where(m => catalog.IsFor(audience, m.Values, recognised)).ToList();
        }

        var response = new ListMeasuresResponse { Page = Pages.NextByOffset(offset, size, measures.Count), Audiences = { counts } };
        response.Measures.AddRange(measures.Skip(offset).Take(size).Select(m => PolicyAnswers.ToProto(m.Measure, m.Values, catalog.NameOf)));
        return Task.FromResult(response);
    }

    public override Task<GetParameterResponse> GetParameter(GetParameterRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            throw RpcErrors.Invalid("key", "请提供参数键（key），如 loans.individual.max_amount。");
        }

        if (!catalog.Contains(request.Key))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"参数“{PlainText.Quote(request.Key)}”不在政策目录中。 (No parameter with that key in the policy catalog.)"));
        }

        var region = PolicyInput.RequiredRegion(catalog, request.Region);
        var date = PolicyInput.DateOrToday(request.On, "on", clock);
        var response = new GetParameterResponse();
        if (catalog.TryResolve(request.Key, region, date, out var inForce))
        {
            response.InForce = PolicyAnswers.ToProto(inForce, catalog.NameOf(request.Key));
        }

        response.History.AddRange(catalog.History(request.Key, region).OrderBy(v => v.From).Select(v => PolicyAnswers.ToProto(v, catalog.NameOf(request.Key))));
        return Task.FromResult(response);
    }
}
