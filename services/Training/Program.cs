using Employment.ServiceDefaults;
using Employment.Training;

// The training-subsidies service on its own: `dotnet run --project services/Training` (the launcher starts it too).
IServiceModule module = new TrainingModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
