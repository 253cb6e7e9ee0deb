using Employment.Figures;
using Employment.ServiceDefaults;

// The bureau-figures service on its own: `dotnet run --project services/Figures` (the launcher starts it too).
IServiceModule module = new FiguresModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
