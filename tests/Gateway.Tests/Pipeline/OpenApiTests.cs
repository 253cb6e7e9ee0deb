using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.Gateway.Rest;
using Employment.ServiceDefaults;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "an OpenAPI document generated from the same annotations at /openapi.json" that
/// "validates as OpenAPI 3": the structural rules of the OpenAPI 3.0 specification, checked here
/// (no validator package restores from this registry).
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed partial class OpenApiTests(PlatformUnderTest platform)
{
    private static readonly string[] Verbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private static readonly string[] ParameterLocations = ["query", "header", "path", "cookie"];

    [Fact(Timeout = 30_000)]
    public async Task The_document_follows_the_OpenAPI_3_0_structure()
    {
        using var document = await FetchAsync();
        var root = document.RootElement;
        var errors = new List<string>();

        // OpenAPI Object: openapi (3.0.x), info {title, version}, paths.
        if (!Regex.IsMatch(root.GetProperty("openapi").GetString() ?? "", @"^3\.0\.\d+$"))
        {
            errors.Add("openapi is not 3.0.x");
        }

        var info = root.GetProperty("info");
        foreach (var required in new[] { "title", "version" })
        {
            if (!info.TryGetProperty(required, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
            {
                errors.Add($"info.{required} missing");
            }
        }

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            // Paths Object: keys begin with '/'; Path Templating: every {name} has a path parameter.
            if (!path.Name.StartsWith('/'))
            {
                errors.Add($"path {path.Name} does not begin with /");
            }

            var templated = TemplateVariable().Matches(path.Name).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!Verbs.Contains(operation.Name))
                {
                    errors.Add($"{where}: not an HTTP method");
                    continue;
                }

                var op = operation.Value;
                if (op.TryGetProperty("operationId", out var id) && !operationIds.Add(id.GetString()!))
                {
                    errors.Add($"{where}: operationId {id} is not unique");
                }

                // Responses Object: at least one response, each with a description.
                var responses = op.GetProperty("responses").EnumerateObject().ToArray();
                if (responses.Length == 0)
                {
                    errors.Add($"{where}: no responses");
                }

                errors.AddRange(responses.Where(r => !r.Value.TryGetProperty("description", out _)).Select(r => $"{where}: response {r.Name} has no description"));
                errors.AddRange(responses.Where(r => r.Name != "default" && !Regex.IsMatch(r.Name, "^[1-5]([0-9]{2}|XX)$")).Select(r => $"{where}: response key {r.Name}"));

                // Parameter Object: name, in; path parameters are required and match the template.
                var pathParameters = new HashSet<string>(StringComparer.Ordinal);
                var seen = new HashSet<(string, string)>();
                foreach (var parameter in op.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    var location = parameter.GetProperty("in").GetString()!;
                    if (!ParameterLocations.Contains(location))
                    {
                        errors.Add($"{where}: parameter {name} in '{location}'");
                    }

                    if (!seen.Add((name, location)))
                    {
                        errors.Add($"{where}: parameter {name} twice");
                    }

                    if (!parameter.TryGetProperty("schema", out _) && !parameter.TryGetProperty("content", out _))
                    {
                        errors.Add($"{where}: parameter {name} has neither schema nor content");
                    }

                    if (location == "path")
                    {
                        pathParameters.Add(name);
                        if (!parameter.TryGetProperty("required", out var req) || req.ValueKind != JsonValueKind.True)
                        {
                            errors.Add($"{where}: path parameter {name} is not required: true");
                        }
                    }
                }

                if (!pathParameters.SetEquals(templated))
                {
                    errors.Add($"{where}: path parameters [{string.Join(",", pathParameters)}] vs template [{string.Join(",", templated)}]");
                }

                // Security Requirement Object: names declared in components.securitySchemes.
                foreach (var requirement in op.TryGetProperty("security", out var security) ? security.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    errors.AddRange(requirement.EnumerateObject().Where(s => !schemes.TryGetProperty(s.Name, out _)).Select(s => $"{where}: security scheme {s.Name} undeclared"));
                }
            }
        }

        // Reference Object: every $ref resolves within the document.
        foreach (var reference in References(root))
        {
            if (!Resolves(root, reference))
            {
                errors.Add($"$ref {reference} does not resolve");
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact(Timeout = 30_000)]
    public async Task Every_google_api_http_binding_is_in_the_document_and_nothing_else()
    {
        using var document = await FetchAsync();
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal);
        var bound = new HttpBindings(ContractDescriptors.Files).All.Select(b => $"{b.Verb} {b.Path.OpenApiPath}").Order(StringComparer.Ordinal);
        Assert.Equal(bound, documented);
    }

    [Fact(Timeout = 30_000)]
    public async Task Public_operations_need_no_token()
    {
        using var document = await FetchAsync();
        var get = document.RootElement.GetProperty("paths").GetProperty("/v1/policy/documents").GetProperty("get");
        Assert.Equal(0, get.GetProperty("security").GetArrayLength());
        Assert.Equal("public", get.GetProperty("x-roles")[0].GetString());
    }

    private async Task<JsonDocument> FetchAsync()
    {
        var response = await platform.Http.GetAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        yield return property.Value.GetString()!;
                    }

                    foreach (var nested in References(property.Value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(References))
                {
                    yield return item;
                }

                break;
        }
    }

    private static bool Resolves(JsonElement root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return false;
        }

        var node = root;
        foreach (var part in reference[2..].Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part, out node))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex TemplateVariable();
}
