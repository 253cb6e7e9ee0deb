using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Cleartext HTTP/2 with prior knowledge on whatever --urls names, as the other two legs listen.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(k =>
{
    k.AddServerHeader = false;
    k.ConfigureEndpointDefaults(o => o.Protocols = HttpProtocols.Http2);
});
builder.Services.AddGrpc();
builder.Services.AddGrpcHealthChecks();

var app = builder.Build();
app.MapGrpcHealthChecksService();
app.Run();
