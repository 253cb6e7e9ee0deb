using System.Text.Json;
using Xunit;
using static Launcher.Tests.DeployFiles;

namespace Launcher.Tests;

/// <summary>
/// "Containers and Kubernetes": docker-compose.yml (which cannot be run here: no Docker
/// engine) parses, and runs every service the launcher registers as a container of its own with an
/// image and a health check, the gateway in front of them, PostgreSQL and Redis with health checks and
/// volumes, and the signing key as a secret.
/// </summary>
public sealed class ComposeFileTests
{
    private static Dictionary<object, object> Services => At(Compose(), "services");

    [Fact]
    public void Compose_runs_every_registered_service_in_a_container_with_an_image_and_a_grpc_health_check_on_its_port()
    {
        foreach (var (name, port) in RegisteredServices)
        {
            var service = Find(Services, name) ?? throw new Xunit.Sdk.XunitException($"docker-compose.yml has no service '{name}', which the launcher registers.");
            Assert.False(string.IsNullOrWhiteSpace(Text(service, "image")), $"{name}: no image");
            Assert.Equal(["serve", name], List(service, "command").Cast<string>());
            var test = List(At(service, "healthcheck"), "test").Cast<string>().ToList();
            Assert.True(test is ["CMD", "dotnet", "Employment.Launcher.dll", "health", _], $"{name}: the health check is not the launcher's grpc.health.v1 probe: {string.Join(' ', test)}");
            Assert.Equal($"http://127.0.0.1:{port}", test[^1]);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), List(service, "expose").Cast<string>());
            Assert.Equal("Production", Text(At(service, "environment"), "DOTNET_ENVIRONMENT"));
        }
    }

    [Fact]
    public void Compose_runs_two_copies_of_startup_loans()
    {
        Assert.Equal("2", Text(At(At(Services, "startup-loans"), "deploy"), "replicas"));
    }

    [Fact]
    public void The_gateway_in_compose_has_a_destination_for_every_registered_service_it_routes_and_is_the_only_published_container()
    {
        var gateway = At(Services, "gateway");
        Assert.Equal(["gateway"], List(gateway, "command").Cast<string>());
        Assert.False(string.IsNullOrWhiteSpace(Text(gateway, "image")));
        Assert.NotEmpty(List(At(gateway, "healthcheck"), "test"));
        var environment = At(gateway, "environment");
        foreach (var (name, port) in RegisteredServices.Where(s => GatewayClusters().Contains(s.Name)))
        {
            Assert.Equal($"http://{name}:{port}", Text(environment, $"ReverseProxy__Clusters__{name}__Destinations__{name}-1__Address"));
            Assert.Contains(name, Find(gateway, "depends_on")?.Keys.Cast<string>() ?? []);
        }

        Assert.Equal("http://public-site:5110", Text(environment, "ReverseProxy__Clusters__public-site__Destinations__public-site-1__Address"));
        Assert.Contains("public-site", Find(gateway, "depends_on")?.Keys.Cast<string>() ?? []);
        Assert.Equal("http://workbench:5113", Text(environment, "ReverseProxy__Clusters__workbench__Destinations__workbench-1__Address"));
        Assert.Contains("workbench", Find(gateway, "depends_on")?.Keys.Cast<string>() ?? []);

        var published = Services.Where(s => s.Value is Dictionary<object, object> service && service.ContainsKey("ports")).Select(s => (string)s.Key);
        Assert.Equal(["gateway"], published);
    }

    [Fact]
    public void The_workbench_runs_in_its_own_container_signing_clerks_in_at_the_provider_whose_calls_stay_inside_the_network()
    {
        var workbench = At(Services, "workbench");
        Assert.Equal(["workbench"], List(workbench, "command").Cast<string>());
        Assert.Contains("http://127.0.0.1:5113/healthz", List(At(workbench, "healthcheck"), "test").Cast<string>());
        var environment = At(workbench, "environment");
        foreach (var (name, port) in RegisteredServices.Where(s => s.Name is "applicants" or "startup-loans" or "training-subsidies" or "hiring-subsidies"))
        {
            Assert.Equal($"http://{name}:{port}", Text(environment, $"Services__{name}"));
        }

        Assert.Equal("redis:6379", Text(environment, "ConnectionStrings__Redis"));
        Assert.Equal("http://identity-provider:5112/", Text(environment, "Workbench__ProviderAddress"));
        // The browser signs in at the public address, which the provider names as its issuer and sends the code back to.
        var provider = At(At(Services, "identity-provider"), "environment");
        var issuer = Text(provider, "IdentityProvider__Issuer");
        Assert.Equal(issuer, Text(environment, "Workbench__Authority"));
        Assert.Equal("counter-workbench", Text(provider, "IdentityProvider__Applications__0__ClientId"));
        Assert.Equal(issuer + "workbench/signin-oidc", Text(provider, "IdentityProvider__Applications__0__RedirectUris__0"));
        Assert.Equal(issuer + "workbench/signout-callback-oidc", Text(provider, "IdentityProvider__Applications__0__PostLogoutRedirectUris__0"));
    }

    [Fact]
    public void The_public_site_runs_in_its_own_container_calling_every_service_its_pages_read_with_its_keys_in_redis()
    {
        var site = At(Services, "public-site");
        Assert.Equal(["public-site"], List(site, "command").Cast<string>());
        Assert.Contains("http://127.0.0.1:5110/healthz", List(At(site, "healthcheck"), "test").Cast<string>());
        var environment = At(site, "environment");
        foreach (var (name, port) in RegisteredServices.Where(s => s.Name is "policy-catalog" or "startup-loans" or "training-subsidies" or "hiring-subsidies" or "job-matching"))
        {
            Assert.Equal($"http://{name}:{port}", Text(environment, $"Services__{name}"));
        }

        Assert.Equal("redis:6379", Text(environment, "ConnectionStrings__Redis"));
    }

    [Fact]
    public void Compose_runs_postgres_and_redis_with_health_checks_and_keeps_the_database_in_a_volume()
    {
        foreach (var dependency in new[] { "postgres", "redis" })
        {
            var service = At(Services, dependency);
            Assert.False(string.IsNullOrWhiteSpace(Text(service, "image")));
            Assert.NotEmpty(List(At(service, "healthcheck"), "test"));
        }

        Assert.Contains("postgres-data:/var/lib/postgresql/data", List(At(Services, "postgres"), "volumes").Cast<string>());
        Assert.True(At(Compose(), "volumes").ContainsKey("postgres-data"));

        // A service that uses the database waits until PostgreSQL answers.
        var loansDependsOn = At(At(Services, "startup-loans"), "depends_on");
        Assert.Equal("service_healthy", Text(At(loansDependsOn, "postgres"), "condition"));
    }

    [Fact]
    public void Every_registered_service_and_the_gateway_take_the_signing_key_from_a_secret_with_its_key_id()
    {
        var secrets = At(Compose(), "secrets");
        Assert.Equal("./deploy/secrets/token-signing-public-key.pem", Text(At(secrets, "token-signing-public-key"), "file"));
        foreach (var name in RegisteredServices.Select(s => s.Name).Append("gateway"))
        {
            var service = At(Services, name);
            var mounted = List(service, "secrets").OfType<Dictionary<object, object>>()
                .Where(s => Text(s, "source") == "token-signing-public-key")
                .Select(s => Text(s, "target"));
            Assert.Equal(["Authentication__SigningKeys__0__PublicKey"], mounted);
            Assert.False(string.IsNullOrWhiteSpace(Text(At(service, "environment"), "Authentication__SigningKeys__0__KeyId")), $"{name}: no key id (a key without one is refused at start)");
        }
    }

    [Fact]
    public void The_identity_provider_runs_with_its_own_database_and_signing_key_from_secrets_and_every_service_obtains_its_token_there()
    {
        var provider = At(Services, "identity-provider");
        Assert.Equal(["identity-provider"], List(provider, "command").Cast<string>());
        var providerSecrets = List(provider, "secrets").OfType<Dictionary<object, object>>().ToDictionary(s => Text(s, "target")!, s => Text(s, "source"));
        Assert.Equal("token-signing-private-key", providerSecrets["IdentityProvider__SigningKeys__0__PrivateKey"]);
        Assert.Equal("identity-provider-postgres", providerSecrets["ConnectionStrings__IdentityProviderPostgres"]);
        var providerEnvironment = At(provider, "environment");
        var clients = Enumerable.Range(0, RegisteredServices.Count).ToDictionary(
            i => Text(providerEnvironment, $"IdentityProvider__Clients__{i}__ClientId")!, i => providerSecrets[$"IdentityProvider__Clients__{i}__Secret"]);
        Assert.Equal("http://identity-provider:5112", Text(At(At(Services, "gateway"), "environment"), "ReverseProxy__Clusters__identity-provider__Destinations__identity-provider-1__Address"));

        foreach (var name in RegisteredServices.Select(s => s.Name))
        {
            var service = At(Services, name);
            var environment = At(service, "environment");
            var secrets = List(service, "secrets").OfType<Dictionary<object, object>>().ToDictionary(s => Text(s, "target")!, s => Text(s, "source"));
            // Its own client, whose secret the provider holds under the same source: no long-lived token to mount.
            Assert.Equal(name, Text(environment, "Authentication__Client__ClientId"));
            Assert.Equal(clients[name], secrets["Authentication__Client__Secret"]);
            Assert.False(secrets.ContainsKey("Authentication__ServiceToken"), $"{name} still mounts a minted service token");
            Assert.Equal("http://identity-provider:5112/.well-known/jwks", Text(environment, "Authentication__KeysAddress"));
            Assert.Contains("identity-provider", At(service, "depends_on").Keys.Cast<string>());
        }
    }

    /// <summary>The clusters the gateway routes to by default (gateway/gateway.json).</summary>
    internal static HashSet<string> GatewayClusters()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "gateway", "gateway.json")));
        return [.. json.RootElement.GetProperty("ReverseProxy").GetProperty("Clusters").EnumerateObject().Select(c => c.Name)];
    }
}
