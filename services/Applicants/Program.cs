using Employment.Applicants;
using Employment.ServiceDefaults;

// The registry on its own: `dotnet run --project services/Applicants` (the launcher starts it too).
var module = new ApplicantsModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
