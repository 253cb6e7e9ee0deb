using Employment.Web.Workbench;

// The workbench on its own: `dotnet run --project web/Workbench -- --Workbench:Authority=http://127.0.0.1:8080/`
// (the launcher starts it with the services, the provider and the gateway).
var app = WorkbenchHost.Build(args);
await app.RunAsync();
