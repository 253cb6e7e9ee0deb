using System.Globalization;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Rest;

/// <summary>
/// Builds the gRPC request of a REST call (google.api.http rules): the body fills the whole request
/// ("*") or one field; path variables, then query parameters (for fields neither binds) fill fields
/// by dotted path. Everything goes through the proto3 JSON mapping (JsonParser), so names, enums,
/// 64-bit integers and timestamps read as the JSON mapping says.
/// </summary>
public static class RequestTranslator
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static async Task<IMessage> TranslateAsync(HttpBinding binding, IReadOnlyList<(string Field, string Value)> variables, HttpRequest request)
    {
        var input = binding.Method.InputType;
        var message = input.Parser.ParseFrom(ByteString.Empty);
        if (binding.Body.Length > 0)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            if (!string.IsNullOrWhiteSpace(body))
            {
                var json = binding.Body == "*" ? body : $"{{{System.Text.Json.JsonSerializer.Serialize(binding.Body)}:{body}}}";
                message.MergeFrom(Parse(json, input).ToByteString());
            }
        }

        var fields = new JsonObject();
        foreach (var (field, value) in variables)
        {
            Set(fields, input, field.Split('.'), value);
        }

        // With body "*" every field comes from the body; otherwise query parameters fill the rest.
        if (binding.Body != "*")
        {
            var bound = variables.Select(v => v.Field).Append(binding.Body).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, values) in request.Query)
            {
                if (bound.Contains(key))
                {
                    continue;
                }

                foreach (var value in values)
                {
                    Set(fields, input, key.Split('.'), value ?? "");
                }
            }
        }

        if (fields.Count > 0)
        {
            message.MergeFrom(Parse(fields.ToJsonString(), input).ToByteString());
        }

        return message;
    }

    private static IMessage Parse(string json, MessageDescriptor descriptor)
    {
        try
        {
            return Parser.Parse(json, descriptor);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "The request does not read as " + descriptor.FullName + ": " + e.Message));
        }
    }

    /// <summary>Sets a field given by a dotted path of proto or JSON names, as its JSON form.</summary>
    private static void Set(JsonObject root, MessageDescriptor descriptor, string[] path, string value)
    {
        var node = root;
        var type = descriptor;
        for (var i = 0; i < path.Length; i++)
        {
            var field = Find(type, path[i])
                ?? throw new RpcException(new Status(StatusCode.InvalidArgument, $"{type.FullName} has no field '{path[i]}'."));
            if (i < path.Length - 1)
            {
                if (field.FieldType != FieldType.Message || field.IsRepeated)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{string.Join('.', path[..(i + 1)])}' is not a message field."));
                }

                node = node[field.Name] as JsonObject ?? (JsonObject)(node[field.Name] = new JsonObject());
                type = field.MessageType;
                continue;
            }

            var item = Scalar(field, value);
            if (field.IsRepeated)
            {
                var array = node[field.Name] as JsonArray ?? (JsonArray)(node[field.Name] = new JsonArray());
                array.Add(item);
            }
            else
            {
                node[field.Name] = item;
            }
        }
    }

    private static FieldDescriptor? Find(MessageDescriptor type, string name) =>
        type.FindFieldByName(name) ?? type.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);

    // Text from a URL as the JSON value the proto3 mapping expects: booleans as JSON booleans,
    // everything else as a string (the mapping accepts strings for numbers, enums and well-known types).
    private static JsonNode? Scalar(FieldDescriptor field, string value) => field.FieldType switch
    {
        FieldType.Bool when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
        FieldType.Bool => throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{field.Name}' is true or false, not '{value}'.")),
        FieldType.Message when field.MessageType.FullName is "google.protobuf.BoolValue" && bool.TryParse(value, out var wrapped) => JsonValue.Create(wrapped),
        FieldType.Message when !field.MessageType.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal) =>
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{field.Name}' is a message; name its fields (e.g. {field.Name}.{field.MessageType.Fields.InDeclarationOrder().FirstOrDefault()?.Name}).")),
        _ => JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)),
    };
}
