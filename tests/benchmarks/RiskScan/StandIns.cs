using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace RiskScan;

/// <summary>
/// The four services a scan reads, standing in with the generated region under their real names and
/// contracts: the hiring, training and loans exports stream the region's items received in the period a page at a
/// time, as the real ones do; the registry answers ReadRelationsForAudit from the generated profiles. So the
/// risk service is measured over real gRPC without the other services' own queries.
/// </summary>
internal static class StandIns
{
    public static IEnumerable<AuditExportPage> Pages(IReadOnlyList<AuditedItem> items, AuditExportRequest request)
    {
        var region = Region.Parse(request.Region.Code);
        var from = new DateOnly(request.Received.From.Year, request.Received.From.Month, request.Received.From.Day);
        var until = new DateOnly(request.Received.Until.Year, request.Received.Until.Month, request.Received.Until.Day);
        var size = request.PageSize > 0 ? request.PageSize : 1000;
        var page = new AuditExportPage();
        foreach (var item in items)
        {
            var received = new DateOnly(item.ReceivedOn.Year, item.ReceivedOn.Month, item.ReceivedOn.Day);
            if (received < from || received > until || !region.Contains(Region.Parse(item.Region.Code)))
            {
                continue;
            }

            page.Items.Add(item);
            if (page.Items.Count == size)
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

    public static async Task WriteAllAsync(IEnumerable<AuditExportPage> pages, IServerStreamWriter<AuditExportPage> writer)
    {
        foreach (var page in pages)
        {
            await writer.WriteAsync(page);
        }
    }
}

/// <summary>A subsidy service's SubsidyOversight standing in: its export streams the items generated for it.</summary>
internal sealed class StandInOversight(IReadOnlyList<AuditedItem> items) : SubsidyOversight.SubsidyOversightBase
{
    public override Task ExportForAudit(AuditExportRequest request, IServerStreamWriter<AuditExportPage> responseStream, ServerCallContext context) =>
        StandIns.WriteAllAsync(StandIns.Pages(items, request), responseStream);

    /// <summary>The stand-in under a subsidy service's real name (hiring-subsidies, training-subsidies, startup-loans).</summary>
    public sealed class Module(string name, IReadOnlyList<AuditedItem> items) : IServiceModule
    {
        public string Name => name;

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(new StandInOversight(items));

        public void MapEndpoints(WebApplication app) => app.MapGrpcService<StandInOversight>();
    }
}

internal sealed class StandInRegistry(AuditedRegion region) : ApplicantsApi.ApplicantsBase
{
    public override Task<AuditRelations> ReadRelationsForAudit(AuditRelationsRequest request, ServerCallContext context)
    {
        var answer = new AuditRelations();
        answer.Staff.AddRange(request.StaffIds.Select(id => region.Staff.GetValueOrDefault(id)).OfType<AuditedStaff>());
        answer.People.AddRange(request.PersonIds.Select(id => region.People.GetValueOrDefault(id)).OfType<PersonProfile>());
        answer.Employers.AddRange(request.EmployerCreditCodes.Select(code => region.Employers.GetValueOrDefault(code)).OfType<AuditedEmployer>());
        return Task.FromResult(answer);
    }

    public sealed class Module(AuditedRegion region) : IServiceModule
    {
        public string Name => "applicants";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(region);

        public void MapEndpoints(WebApplication app) => app.MapGrpcService<StandInRegistry>();
    }
}
