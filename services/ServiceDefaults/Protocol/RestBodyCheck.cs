using System.Text.Json;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// A REST call's JSON body must name only fields of the request, at every depth: JsonTranscoding
/// skips a member it does not know, so a misspelt field ("prefrences") would be answered as if the
/// person had left it empty. Refused as INVALID_ARGUMENT (HTTP 400), naming the member's path, in
/// the same google.rpc.Status shape as <see cref="RestQueryCheck"/>. A body that is not JSON is left
/// to JsonTranscoding, which refuses it itself.
/// </summary>
public static class RestBodyCheck
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        var body = transcoding?.HttpRule.Body;
        if (transcoding is null || string.IsNullOrEmpty(body) || context.Request.ContentLength == 0)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var target = BodyMessage(transcoding.MethodDescriptor.InputType, body);
        context.Request.EnableBuffering();
        (string Parent, string Name)? unknown = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
            unknown = target is null ? null : UnknownMember(document.RootElement, target, "");
        }
        catch (JsonException)
        {
            // Not JSON: JsonTranscoding answers it with its own message.
        }

        context.Request.Body.Position = 0;
        if (unknown is not null)
        {
            // The parent path is made of known field names; only the unknown name is the caller's text, quoted short.
            var where = unknown.Value.Parent.Length == 0 ? "" : $" in {unknown.Value.Parent}";
            var whereZh = unknown.Value.Parent.Length == 0 ? "" : $"（位于 {unknown.Value.Parent}）";
            var name = Validation.PlainText.Quote(unknown.Value.Name);
            await RestQueryCheck.RefuseAsync(context,
                $"请求体中的字段“{name}”{whereZh}不是本请求的字段，请核对字段名。 (Unknown field '{name}'{where} of the request body: it names no field of the request.)",
                unknown.Value.Parent.Length == 0 ? unknown.Value.Name : $"{unknown.Value.Parent}.{unknown.Value.Name}").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The message the body fills: the whole request for "*", else the named field's message (null for a scalar field).</summary>
    private static MessageDescriptor? BodyMessage(MessageDescriptor request, string body) =>
        body == "*" ? request : request.FindFieldByName(body) is { FieldType: FieldType.Message, IsMap: false } field ? field.MessageType : null;

    /// <summary>The first member of <paramref name="json"/> that names no field of <paramref name="message"/>, with the path of its parent; null when every one does.</summary>
    private static (string Parent, string Name)? UnknownMember(JsonElement json, MessageDescriptor message, string prefix)
    {
        if (json.ValueKind != JsonValueKind.Object || IsFreeForm(message))
        {
            return null;
        }

        foreach (var member in json.EnumerateObject())
        {
            var field = message.FindFieldByName(member.Name) ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == member.Name);
            if (field is null)
            {
                return (prefix, member.Name);
            }

            var path = prefix.Length == 0 ? field.JsonName : $"{prefix}.{field.JsonName}";

            if (field.FieldType != FieldType.Message || field.IsMap)
            {
                continue;
            }

            var inner = field.IsRepeated && member.Value.ValueKind == JsonValueKind.Array
                ? member.Value.EnumerateArray().Select((item, i) => UnknownMember(item, field.MessageType, $"{path}[{i}]")).FirstOrDefault(p => p is not null)
                : UnknownMember(member.Value, field.MessageType, path);
            if (inner is not null)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>Well-known types whose JSON is not their fields (Struct, Any, Value): any member is theirs.</summary>
    private static bool IsFreeForm(MessageDescriptor message) =>
        message.FullName is "google.protobuf.Struct" or "google.protobuf.Value" or "google.protobuf.Any";
}
