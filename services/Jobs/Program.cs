using Employment.Jobs;
using Employment.ServiceDefaults;

// The job-matching service on its own: `dotnet run --project services/Jobs` (the launcher starts it too).
IServiceModule module = new JobsModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
