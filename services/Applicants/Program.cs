using Employment.Applicants;
using Employment.Applicants.Data;
using Employment.ServiceDefaults;

// The registry on its own: `dotnet run --project services/Applicants` (the launcher starts it too).
var app = ServiceHost.Build(new ApplicantsModule(), args);
await DatabaseSetup.MigrateAsync(app.Services);
await app.RunAsync();
