using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Grpc.AspNetCore with grpc-dotnet's stock health service (Grpc.HealthCheck's HealthServiceImpl: a status per
// service name, set once, as grpc-go's stock health server keeps it) and nothing else: listens where
// --Listen:Port says, cleartext HTTP/2 with prior knowledge, as the service host does, and answers SERVING.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.ListenLocalhost(builder.Configuration.GetValue<int>("Listen:Port"), listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddGrpc();
var health = new HealthServiceImpl();
health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);
builder.Services.AddSingleton(health);
var app = builder.Build();
app.MapGrpcService<HealthServiceImpl>();
await app.RunAsync();
