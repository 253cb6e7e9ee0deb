using Xunit;
using static Launcher.Tests.DeployFiles;

namespace Launcher.Tests;

/// <summary>
/// "Containers and Kubernetes": deploy/kubernetes/ checked statically (no cluster here).
/// Every service the launcher registers has a Deployment and a Service, gRPC probes against
/// grpc.health.v1, resource requests and limits, an autoscaler and a disruption budget; images and
/// ports agree with docker-compose.yml; only the gateway is reachable from outside the namespace;
/// PostgreSQL and Redis are external services.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly List<(string File, Dictionary<object, object> Document)> Manifests = Kubernetes();
    private static readonly Dictionary<object, object> None = new();

    [Fact]
    public void Every_registered_service_has_a_deployment_and_a_service_with_grpc_probes_on_its_port()
    {
        foreach (var (name, port) in RegisteredServices)
        {
            var container = OnlyContainer(name);
            Assert.Equal(["serve", name], List(container, "args").Cast<string>());
            Assert.Contains(List(container, "ports").OfType<Dictionary<object, object>>(), p => Text(p, "containerPort") == Port(port));

            // Kubernetes' own gRPC probe (grpc.health.v1): readiness for the whole server, liveness for the process.
            Assert.Equal(Port(port), Text(At(At(container, "readinessProbe"), "grpc"), "port"));
            Assert.Null(Text(At(At(container, "readinessProbe"), "grpc"), "service"));
            Assert.Equal(Port(port), Text(At(At(container, "livenessProbe"), "grpc"), "port"));
            Assert.Equal("liveness", Text(At(At(container, "livenessProbe"), "grpc"), "service"));
            Assert.Equal(Port(port), Text(At(At(container, "startupProbe"), "grpc"), "port"));

            var service = Assert.Single(Manifests.OfKind("Service", name));
            Assert.Contains(List(At(service, "spec"), "ports").OfType<Dictionary<object, object>>(), p => Text(p, "port") == Port(port));
            Assert.Equal(name, Text(At(At(service, "spec"), "selector"), "app.kubernetes.io/name"));
        }
    }

    [Fact]
    public void Every_container_has_resource_requests_and_limits()
    {
        foreach (var name in RegisteredServices.Select(s => s.Name).Append("gateway").Append("public-site").Append("workbench"))
        {
            var resources = At(OnlyContainer(name), "resources");
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrWhiteSpace(Text(At(resources, bound), "cpu")), $"{name}: no {bound}.cpu");
                Assert.False(string.IsNullOrWhiteSpace(Text(At(resources, bound), "memory")), $"{name}: no {bound}.memory");
            }
        }
    }

    [Fact]
    public void Images_and_ports_agree_with_the_compose_file()
    {
        var compose = At(Compose(), "services");
        foreach (var (name, port) in RegisteredServices)
        {
            Assert.Equal(Text(At(compose, name), "image"), Text(OnlyContainer(name), "image"));
            Assert.Contains(Port(port), List(At(compose, name), "expose").Cast<string>());
        }

        var gateway = OnlyContainer("gateway");
        Assert.Equal(Text(At(compose, "gateway"), "image"), Text(gateway, "image"));
        var containerPorts = List(gateway, "ports").OfType<Dictionary<object, object>>().Select(p => Text(p, "containerPort")).Order(StringComparer.Ordinal);
        var composePorts = List(At(compose, "gateway"), "ports").Cast<string>().Select(p => p.Split(':')[^1]).Order(StringComparer.Ordinal);
        Assert.Equal(composePorts, containerPorts);
    }

    [Fact]
    public void The_gateway_has_a_destination_for_every_registered_service_it_routes()
    {
        var environment = List(OnlyContainer("gateway"), "env").OfType<Dictionary<object, object>>()
            .ToDictionary(e => Text(e, "name")!, e => Text(e, "value"), StringComparer.Ordinal);
        foreach (var (name, port) in RegisteredServices.Where(s => ComposeFileTests.GatewayClusters().Contains(s.Name)))
        {
            Assert.Equal($"http://{name}.employment.svc:{port}", environment.GetValueOrDefault($"ReverseProxy__Clusters__{name}__Destinations__{name}-1__Address"));
        }

        // The pages' own Deployment, a destination like any service's, probed over HTTP where it listens.
        Assert.Equal("http://public-site.employment.svc:5110", environment.GetValueOrDefault("ReverseProxy__Clusters__public-site__Destinations__public-site-1__Address"));
        var site = OnlyContainer("public-site");
        Assert.Equal(["public-site"], List(site, "args").Cast<string>());
        Assert.Equal("/healthz", Text(At(At(site, "readinessProbe"), "httpGet"), "path"));

        // The clerks' workbench likewise.
        Assert.Equal("http://workbench.employment.svc:5113", environment.GetValueOrDefault("ReverseProxy__Clusters__workbench__Destinations__workbench-1__Address"));
        var workbench = OnlyContainer("workbench");
        Assert.Equal(["workbench"], List(workbench, "args").Cast<string>());
        Assert.Equal("/healthz", Text(At(At(workbench, "readinessProbe"), "httpGet"), "path"));
    }

    [Fact]
    public void Every_stateless_deployment_has_an_autoscaler_and_a_disruption_budget_over_at_least_two_copies()
    {
        // Every service keeps its state in PostgreSQL and Redis, the web applications their keys in Redis, and the gateway keeps none.
        foreach (var name in RegisteredServices.Select(s => s.Name).Append("gateway").Append("public-site").Append("workbench"))
        {
            var autoscaler = At(Assert.Single(Manifests.OfKind("HorizontalPodAutoscaler", name)), "spec");
            Assert.Equal("Deployment", Text(At(autoscaler, "scaleTargetRef"), "kind"));
            Assert.Equal(name, Text(At(autoscaler, "scaleTargetRef"), "name"));
            Assert.True(int.Parse(Text(autoscaler, "minReplicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2, $"{name}: fewer than two copies");

            var budget = At(Assert.Single(Manifests.OfKind("PodDisruptionBudget", name)), "spec");
            Assert.Equal(name, Text(At(At(budget, "selector"), "matchLabels"), "app.kubernetes.io/name"));
            Assert.Equal("1", Text(budget, "minAvailable"));
        }
    }

    [Fact]
    public void Only_the_gateway_is_reachable_from_outside_the_namespace()
    {
        var policies = Manifests.OfKind("NetworkPolicy");

        // Nothing comes in unless a policy lets it.
        Assert.Contains(policies, p => At(At(p, "spec"), "podSelector").Count == 0 && List(At(p, "spec"), "ingress").Count == 0
            && List(At(p, "spec"), "policyTypes").Cast<string>().Contains("Ingress"));

        // Every registered service's pods are labelled as services, and what lets traffic reach such
        // pods names only pods of this namespace: no namespace selector, no address block.
        foreach (var name in RegisteredServices.Select(s => s.Name))
        {
            Assert.Equal("service", Text(At(At(At(At(Assert.Single(Manifests.OfKind("Deployment", name)), "spec"), "template"), "metadata"), "labels"), "app.kubernetes.io/component"));
        }

        var toServices = policies.Where(p => Text(Find(At(At(p, "spec"), "podSelector"), "matchLabels") ?? None, "app.kubernetes.io/component") == "service").ToList();
        Assert.NotEmpty(toServices);
        var sources = toServices.SelectMany(p => List(At(p, "spec"), "ingress")).OfType<Dictionary<object, object>>().SelectMany(rule => List(rule, "from")).OfType<Dictionary<object, object>>().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.Equal(["podSelector"], source.Keys.Cast<string>()));

        // The gateway's pods are the ones open to every source, and its Service the only one published.
        Assert.Equal("gateway", Text(At(At(At(At(Assert.Single(Manifests.OfKind("Deployment", "gateway")), "spec"), "template"), "metadata"), "labels"), "app.kubernetes.io/component"));
        var published = Manifests.OfKind("Service").Where(s => Text(At(s, "spec"), "type") is "LoadBalancer" or "NodePort").Select(s => Text(At(s, "metadata"), "name"));
        Assert.Equal(["gateway"], published);
    }

    [Fact]
    public void Postgres_and_redis_are_external_services_and_configuration_and_secrets_are_given_to_every_container()
    {
        var postgres = Assert.Single(Manifests.OfKind("Service", "postgres"));
        Assert.False(At(postgres, "spec").ContainsKey("selector"), "PostgreSQL runs outside the cluster: a Service without a selector");
        Assert.Single(Manifests.OfKind("Endpoints", "postgres"));
        var redis = At(Assert.Single(Manifests.OfKind("Service", "redis")), "spec");
        Assert.Equal("ExternalName", Text(redis, "type"));
        Assert.False(string.IsNullOrWhiteSpace(Text(redis, "externalName")));

        var configuration = At(Assert.Single(Manifests.OfKind("ConfigMap", "platform-config")), "data");
        Assert.Equal("Production", Text(configuration, "DOTNET_ENVIRONMENT"));
        Assert.StartsWith("redis.", Text(configuration, "ConnectionStrings__Redis"), StringComparison.Ordinal);
        var secret = At(Assert.Single(Manifests.OfKind("Secret", "platform-secrets")), "stringData");
        Assert.True(secret.ContainsKey("Authentication__SigningKeys__0__PublicKey"));
        Assert.All(secret.Values.Cast<string>(), value => Assert.Contains("REPLACE", value, StringComparison.Ordinal));

        foreach (var name in RegisteredServices.Select(s => s.Name).Append("gateway"))
        {
            var container = OnlyContainer(name);
            Assert.Contains(List(container, "envFrom").OfType<Dictionary<object, object>>(), e => Text(Find(e, "configMapRef") ?? None, "name") == "platform-config");
            var mounted = List(At(At(At(Assert.Single(Manifests.OfKind("Deployment", name)), "spec"), "template"), "spec"), "volumes").OfType<Dictionary<object, object>>()
                .Select(v => Find(v, "secret")).OfType<Dictionary<object, object>>()
                .Where(s => Text(s, "secretName") == "platform-secrets")
                .SelectMany(s => List(s, "items")).OfType<Dictionary<object, object>>()
                .Select(i => Text(i, "key"));
            Assert.Contains("Authentication__SigningKeys__0__PublicKey", mounted);
            Assert.Contains(List(container, "volumeMounts").OfType<Dictionary<object, object>>(), m => Text(m, "mountPath") == Text(configuration, "SecretsDirectory"));
        }
    }

    [Fact]
    public void The_identity_provider_runs_with_its_own_database_and_signing_key_from_the_secret_and_every_service_obtains_its_token_there()
    {
        var container = OnlyContainer("identity-provider");
        Assert.Equal(["identity-provider"], List(container, "args").Cast<string>());
        var environment = Environment(container);
        var mounted = SecretItems("identity-provider");
        Assert.Equal("IdentityProvider__SigningKeys__0__PrivateKey", mounted["IdentityProvider__SigningKeys__0__PrivateKey"]);
        Assert.Equal("ConnectionStrings__IdentityProviderPostgres", mounted["ConnectionStrings__IdentityProviderPostgres"]);
        var configuration = At(Assert.Single(Manifests.OfKind("ConfigMap", "platform-config")), "data");
        Assert.Equal("http://identity-provider.employment.svc:5112/connect/token", Text(configuration, "Authentication__Client__TokenAddress"));
        Assert.Equal(Text(configuration, "Authentication__Issuer"), Text(configuration, "IdentityProvider__Issuer"));

        foreach (var name in RegisteredServices.Select(s => s.Name))
        {
            var index = environment.Single(e => e.Value == name && e.Key.EndsWith("__ClientId", StringComparison.Ordinal)).Key.Split("__")[2];
            var serviceEnvironment = Environment(OnlyContainer(name));
            var items = SecretItems(name);
            // The service mounts as its client secret the very key the provider holds as that client's.
            var key = Assert.Single(items, i => i.Value == "Authentication__Client__Secret").Key;
            Assert.Equal($"IdentityProvider__Clients__{index}__Secret", mounted[key]);
            Assert.Equal(name, serviceEnvironment["Authentication__Client__ClientId"]);
            Assert.DoesNotContain("Authentication__ServiceToken", items.Keys);
        }
    }

    /// <summary>The items a Deployment mounts from platform-secrets: key → file name.</summary>
    private static Dictionary<string, string> SecretItems(string deployment) =>
        List(At(At(At(Assert.Single(Manifests.OfKind("Deployment", deployment)), "spec"), "template"), "spec"), "volumes").OfType<Dictionary<object, object>>()
            .Select(v => Find(v, "secret")).OfType<Dictionary<object, object>>()
            .Where(s => Text(s, "secretName") == "platform-secrets")
            .SelectMany(s => List(s, "items")).OfType<Dictionary<object, object>>()
            .ToDictionary(i => Text(i, "key")!, i => Text(i, "path")!);

    /// <summary>A container's environment variables given by value.</summary>
    private static Dictionary<string, string> Environment(Dictionary<object, object> container) =>
        List(container, "env").OfType<Dictionary<object, object>>().Where(e => e.ContainsKey("value")).ToDictionary(e => Text(e, "name")!, e => Text(e, "value")!);

    [Fact]
    public void The_kustomization_applies_every_manifest()
    {
        var listed = List(Assert.Single(Manifests.OfKind("Kustomization")), "resources").Cast<string>().Order(StringComparer.Ordinal);
        var files = Manifests.Select(m => m.File).Distinct(StringComparer.Ordinal).Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);
        Assert.Equal(files, listed);
    }

    private static Dictionary<object, object> OnlyContainer(string deployment)
    {
        var found = Manifests.OfKind("Deployment", deployment);
        Assert.True(found.Count == 1, $"deploy/kubernetes/ has {found.Count} Deployment(s) named '{deployment}', which the launcher registers (one expected).");
        var spec = At(At(At(found[0], "spec"), "template"), "spec");
        return Map(Assert.Single(List(spec, "containers")), deployment);
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
