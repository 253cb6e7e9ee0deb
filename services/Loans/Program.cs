using Employment.Loans;
using Employment.ServiceDefaults;

// The loans service on its own: `dotnet run --project services/Loans` (the launcher starts it too).
IServiceModule module = new LoansModule();
var app = ServiceHost.Build(module, args);
await module.InitializeAsync(app, CancellationToken.None);
await app.RunAsync();
