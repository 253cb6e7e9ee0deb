using Employment.Web.Public;

// The public site on its own: `dotnet run --project web/Public` (the launcher starts it with the services).
var app = PublicSiteHost.Build(args);
await app.RunAsync();
