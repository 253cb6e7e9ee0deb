using System.Text.Json;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// A REST call's query parameters must each name a field of the request (by its JSON or proto name,
/// nested with dots): JsonTranscoding skips one it does not know, so a misspelt filter would silently
/// widen a search. Refused as INVALID_ARGUMENT (HTTP 400) in the google.rpc.Status JSON shape
/// JsonTranscoding uses for its own errors.
/// </summary>
public static class RestQueryCheck
{
    // A JSON body, never embedded in HTML: Chinese and quotes as they are, not as \uXXXX.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (transcoding is null || context.Request.Query.Count == 0)
        {
            return next(context);
        }

        foreach (var name in context.Request.Query.Keys)
        {
            if (!Names(transcoding.MethodDescriptor.InputType, name))
            {
                return RefuseAsync(context, $"Unknown query parameter '{Validation.PlainText.Quote(name)}': it names no field of the request.");
            }
        }

        return next(context);
    }

    private static bool Names(MessageDescriptor message, string path)
    {
        var descriptor = message;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var field = descriptor.FindFieldByName(parts[i]) ?? descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == parts[i]);
            if (field is null)
            {
                return false;
            }

            if (i < parts.Length - 1)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return false;
                }

                descriptor = field.MessageType;
            }
        }

        return true;
    }

    /// <summary>HTTP 400 with google.rpc.Status JSON (code 3, INVALID_ARGUMENT), as JsonTranscoding writes its own errors.</summary>
    internal static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { code = 3, message, details = Array.Empty<object>() }, Relaxed));
    }
}
