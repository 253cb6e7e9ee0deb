using Employment.Gateway;

// The gateway on its own: `dotnet run --project gateway` (the launcher starts it with the services).
var app = GatewayHost.Build(args);
await app.RunAsync();
