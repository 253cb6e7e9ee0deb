using Employment.Risk;
using Employment.ServiceDefaults;

// The risk-signals service on its own: `dotnet run --project services/Risk` (the launcher starts it too).
IServiceModule module = new RiskModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
