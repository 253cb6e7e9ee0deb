using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace Employment.Gateway.OpenApi;

/// <summary>
/// OpenAPI 3.0 schemas of proto messages as the proto3 JSON mapping writes them: JSON names,
/// enums as their names, 64-bit integers as strings, well-known types in their JSON forms.
/// Each message becomes one entry of components/schemas, referenced wherever it is used.
/// </summary>
public sealed class ProtoSchemas
{
    public const string ErrorSchema = "Error";

    public JsonObject Components { get; } = new()
    {
        [ErrorSchema] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A refused or failed call: the gRPC status code and its message.",
            ["required"] = new JsonArray("code", "message"),
            ["properties"] = new JsonObject
            {
                ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
                ["message"] = new JsonObject { ["type"] = "string" },
            },
        },
    };

    public static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    /// <summary>A reference to the message's schema, adding it (and what it uses) to the components.</summary>
    public JsonObject Message(MessageDescriptor message)
    {
        if (WellKnown(message) is { } known)
        {
            return known;
        }

        if (!Components.ContainsKey(message.FullName))
        {
            var properties = new JsonObject();
            var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
            Components[message.FullName] = schema; // before the fields: messages may refer to themselves
            foreach (var field in message.Fields.InDeclarationOrder())
            {
                properties[field.JsonName] = Field(field);
            }
        }

        return Ref(message.FullName);
    }

    public JsonObject Field(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            var value = field.MessageType.FindFieldByNumber(2);
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Single(value) };
        }

        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = Single(field) } : Single(field);
    }

    /// <summary>The schema of one value of the field (ignoring repetition).</summary>
    public JsonObject Single(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Double => Typed("number", "double"),
        FieldType.Float => Typed("number", "float"),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Typed("integer", "int32"),
        FieldType.UInt32 or FieldType.Fixed32 => Typed("integer", "int64"),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Typed("string", "int64"),
        FieldType.UInt64 or FieldType.Fixed64 => Typed("string", "uint64"),
        FieldType.Bool => Typed("boolean"),
        FieldType.String => Typed("string"),
        FieldType.Bytes => Typed("string", "byte"),
        FieldType.Enum => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(field.EnumType.Values.Select(v => (JsonNode)JsonValue.Create(v.Name)!).ToArray()),
        },
        _ => Message(field.MessageType),
    };

    private static JsonObject Typed(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }

    private static JsonObject? WellKnown(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => Typed("string", "date-time"),
        "google.protobuf.Duration" => Typed("string"),
        "google.protobuf.FieldMask" => Typed("string"),
        "google.protobuf.Struct" or "google.protobuf.Any" or "google.protobuf.Empty" => Typed("object"),
        "google.protobuf.ListValue" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject() },
        "google.protobuf.Value" => new JsonObject(),
        "google.protobuf.StringValue" or "google.protobuf.BytesValue" => Typed("string"),
        "google.protobuf.BoolValue" => Typed("boolean"),
        "google.protobuf.DoubleValue" or "google.protobuf.FloatValue" => Typed("number"),
        "google.protobuf.Int32Value" or "google.protobuf.UInt32Value" => Typed("integer"),
        "google.protobuf.Int64Value" or "google.protobuf.UInt64Value" => Typed("string", "int64"),
        _ => null,
    };
}
