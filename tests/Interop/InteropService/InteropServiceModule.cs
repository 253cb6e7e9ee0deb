using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Service;

/// <summary>The interop TestService as a launchable module. Responses are gzip-compressed when a call asks.</summary>
public sealed class InteropServiceModule : IServiceModule
{
    public string Name => "interop-test";

    public int DefaultPort => 5090;

    public void ConfigureServices(WebApplicationBuilder builder) =>
        builder.Services.Configure<Grpc.AspNetCore.Server.GrpcServiceOptions>(o => o.ResponseCompressionAlgorithm = "gzip");

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<TestServiceImpl>();
}
