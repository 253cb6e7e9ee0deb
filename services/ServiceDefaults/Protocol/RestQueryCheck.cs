using System.Globalization;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// A REST call's query parameters must each name a field of the request (by its JSON or proto name,
/// nested with dots): JsonTranscoding skips one it does not know, so a misspelt filter would silently
/// widen a search. Refused as INVALID_ARGUMENT (HTTP 400) in the google.rpc.Status JSON shape
/// JsonTranscoding uses for its own errors.
/// </summary>
public static class RestQueryCheck
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (transcoding is null || context.Request.Query.Count == 0)
        {
            return next(context);
        }

        var dates = new List<KeyValuePair<string, string>>();
        foreach (var name in context.Request.Query.Keys)
        {
            var field = Named(transcoding.MethodDescriptor.InputType, name);
            if (field is null)
            {
                return RefuseAsync(context,
                    $"查询参数“{Validation.PlainText.Quote(name)}”不是本请求的字段，请核对参数名。 (Unknown query parameter '{Validation.PlainText.Quote(name)}': it names no field of the request.)", name);
            }

            if (field.FieldType == FieldType.Message && field.MessageType.FullName == CalendarDate.Descriptor.FullName)
            {
                // "?on=2024-03-01": a date as people write it, read as on.year, on.month and on.day.
                var value = context.Request.Query[name].ToString();
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return RefuseAsync(context,
                        $"查询参数“{Validation.PlainText.Quote(name)}”是日期，请写作 2024-03-01 的形式，而不是“{Validation.PlainText.Quote(value)}”。 (Query parameter '{Validation.PlainText.Quote(name)}' is a date: write it as 2024-03-01.)", name);
                }

                dates.Add(new(name, value));
                continue;
            }

            if (field.FieldType == FieldType.Message && !IsWrittenAsOneValue(field.MessageType))
            {
                // "?page=1": the value would go to a message, which a query string cannot fill as one value.
                var leaves = string.Join(", ", field.MessageType.Fields.InDeclarationOrder().Take(3).Select(f => $"{name}.{f.JsonName}"));
                return RefuseAsync(context,
                    $"查询参数“{Validation.PlainText.Quote(name)}”是一组字段而不是一个值，请改用其中的字段：{leaves}。 (Query parameter '{Validation.PlainText.Quote(name)}' names a group of fields, not one value.)", name);
            }
        }

        if (dates.Count > 0)
        {
            context.Request.QueryString = WithDatesSpelledOut(context.Request.Query, dates);
        }

        return next(context);
    }

    /// <summary>The query with each date parameter replaced by its year, month and day fields.</summary>
    private static QueryString WithDatesSpelledOut(IQueryCollection query, List<KeyValuePair<string, string>> dates)
    {
        var builder = new QueryBuilder();
        foreach (var (name, values) in query)
        {
            if (dates.FindIndex(d => d.Key == name) < 0)
            {
                builder.Add(name, values.ToArray()!);
            }
        }

        foreach (var (name, value) in dates)
        {
            var date = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            builder.Add($"{name}.year", date.Year.ToString(CultureInfo.InvariantCulture));
            builder.Add($"{name}.month", date.Month.ToString(CultureInfo.InvariantCulture));
            builder.Add($"{name}.day", date.Day.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToQueryString();
    }

    /// <summary>The field a dotted path names (by JSON or proto name), or null.</summary>
    private static FieldDescriptor? Named(MessageDescriptor message, string path)
    {
        var descriptor = message;
        FieldDescriptor? field = null;
        foreach (var part in path.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return null;
                }

                descriptor = field.MessageType;
            }

            field = descriptor.FindFieldByName(part) ?? descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == part);
            if (field is null)
            {
                return null;
            }
        }

        return field;
    }

    /// <summary>Well-known types a query value fills whole: timestamps, durations, wrappers, field masks.</summary>
    private static bool IsWrittenAsOneValue(MessageDescriptor message) =>
        message.File.Package == "google.protobuf" && message.Name is not ("Struct" or "Any" or "ListValue" or "Empty");

    /// <summary>HTTP 400 with google.rpc.Status JSON (code 3, INVALID_ARGUMENT) and its details, as JsonTranscoding writes errors.</summary>
    internal static Task RefuseAsync(HttpContext context, string message, string field)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        var details = new StatusDetails(Grpc.Core.StatusCode.InvalidArgument, message)
        {
            Field = field,
            Domain = context.RequestServices?.GetService<ErrorDomain>()?.Name,
        };
        return context.Response.WriteAsync(details.ToJson());
    }
}
