using Employment.IdentityProvider;

var app = IdentityProviderHost.Build(args);
await IdentityProviderHost.InitializeAsync(app);
await app.RunAsync();
