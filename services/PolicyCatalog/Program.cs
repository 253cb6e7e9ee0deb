using Employment.PolicyCatalog;
using Employment.ServiceDefaults;

// The policy list on its own: `dotnet run --project services/PolicyCatalog` (the launcher starts it too).
IServiceModule module = new PolicyCatalogModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
