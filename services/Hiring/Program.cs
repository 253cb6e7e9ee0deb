using Employment.Hiring;
using Employment.ServiceDefaults;

// The hiring-subsidies service on its own: `dotnet run --project services/Hiring` (the launcher starts it too).
IServiceModule module = new HiringModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
