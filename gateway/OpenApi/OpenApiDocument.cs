using System.Text.Json;
using System.Text.Json.Nodes;
using Employment.Gateway.Rest;
using Employment.ServiceDefaults.Security;
using Google.Protobuf.Reflection;

namespace Employment.Gateway.OpenApi;

/// <summary>
/// <c>/openapi.json</c>: an OpenAPI 3.0 document generated from the same google.api.http bindings
/// the gateway transcodes, with each operation's roles from the access option, so the document
/// cannot drift from what answers.
/// </summary>
public sealed class OpenApiDocument
{
    public const string BearerScheme = "bearer";

    // Query parameters name nested fields with dots; deeper nesting than this is left to POST bodies.
    private const int QueryDepth = 3;

    public OpenApiDocument(HttpBindings bindings, AccessRules rules, RestRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(routes);
        var schemas = new ProtoSchemas();
        var paths = new JsonObject();
        // Only what this gateway routes: a binding of a service it has no cluster for would answer 404.
        foreach (var binding in bindings.All.Where(b => routes.IsRouted(b.Method.Service.FullName)))
        {
            var path = paths[binding.Path.OpenApiPath] as JsonObject ?? (JsonObject)(paths[binding.Path.OpenApiPath] = new JsonObject());
            path[binding.Verb.ToLowerInvariant()] = Operation(binding, rules.For(binding.MethodPath), schemas);
        }

        Root = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Employment and entrepreneurship services — public REST API",
                ["version"] = "v1",
                ["description"] = "Routed by the gateway to the owning gRPC service, which transcodes it (google.api.http, Microsoft.AspNetCore.Grpc.JsonTranscoding). Errors: {code, message, details} with the gRPC status code.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.Components,
                ["securitySchemes"] = new JsonObject
                {
                    [BearerScheme] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
        };
        Json = Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public JsonObject Root { get; }

    public string Json { get; }

    private static JsonObject Operation(HttpBinding binding, AccessRule access, ProtoSchemas schemas)
    {
        var method = binding.Method;
        var parameters = new JsonArray();
        foreach (var variable in binding.Path.Variables)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = variable,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = schemas.Single(FieldAt(method.InputType, variable)),
            });
        }

        if (binding.Body != "*")
        {
            var bound = binding.Path.Variables.Append(binding.Body).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, field) in QueryFields(method.InputType, "", 0).Where(q => !bound.Contains(q.Name)))
            {
                parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["schema"] = schemas.Field(field) });
            }
        }

        var operation = new JsonObject
        {
            ["operationId"] = $"{method.Service.Name}_{method.Name}",
            ["tags"] = new JsonArray(method.Service.FullName),
            ["x-grpc-method"] = binding.MethodPath,
            ["x-roles"] = new JsonArray(access.Roles.Select(r => (JsonNode)JsonValue.Create(TokenClaims.RoleName(r))!).ToArray()),
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = Content("The RPC's response (proto3 JSON mapping).", schemas.Message(method.OutputType)),
                ["default"] = Content("A refused or failed call.", ProtoSchemas.Ref(ProtoSchemas.ErrorSchema)),
            },
            ["security"] = access.IsOpen ? new JsonArray() : new JsonArray(new JsonObject { [BearerScheme] = new JsonArray() }),
        };
        if (binding.Body.Length > 0)
        {
            var body = binding.Body == "*" ? schemas.Message(method.InputType) : schemas.Field(FieldAt(method.InputType, binding.Body));
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } },
            };
        }

        return operation;
    }

    private static JsonObject Content(string description, JsonObject schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    private static FieldDescriptor FieldAt(MessageDescriptor message, string path)
    {
        var type = message;
        FieldDescriptor? field = null;
        foreach (var name in path.Split('.'))
        {
            field = type.FindFieldByName(name) ?? throw new InvalidOperationException($"{message.FullName} has no field {path}.");
            if (field.FieldType == FieldType.Message)
            {
                type = field.MessageType;
            }
        }

        return field!;
    }

    // Query parameters: scalar fields (and well-known types) by dotted path through singular messages.
    private static IEnumerable<(string Name, FieldDescriptor Field)> QueryFields(MessageDescriptor message, string prefix, int depth)
    {
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            var name = prefix + field.Name;
            if (field.FieldType == FieldType.Message && !field.MessageType.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal))
            {
                if (!field.IsRepeated && depth + 1 < QueryDepth)
                {
                    foreach (var nested in QueryFields(field.MessageType, name + ".", depth + 1))
                    {
                        yield return nested;
                    }
                }

                continue;
            }

            yield return (name, field);
        }
    }
}
