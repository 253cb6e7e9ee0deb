using System.Collections;
using System.Collections.Concurrent;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// Every string and repeated field of a request within its documented maximum (the defaults and the
/// <c>max_length</c> / <c>max_items</c> options are in <c>employment/common/v1/limits.proto</c>), and
/// no string carrying a control or bidirectional-format character (<see cref="PlainText.FirstForbidden"/>),
/// and no enum holding a number its type does not declare (a filter of state 99 would otherwise match
/// nothing, silently), checked before any handler runs: an absurd value is INVALID_ARGUMENT naming the field, and never
/// reaches a database, a query, a log line or an error message.
/// </summary>
public static class RequestLimits
{
    /// <summary>A string field without <c>max_length</c> holds at most this many characters.</summary>
    public const int DefaultMaxLength = 256;

    /// <summary>A repeated or map field without <c>max_items</c> holds at most this many entries.</summary>
    public const int DefaultMaxItems = 100;

    // Per message type, the fields worth looking at (strings, bytes, messages, enums, repeated), found once.
    private static readonly ConcurrentDictionary<MessageDescriptor, Limit[]> Plans = new();

    /// <summary>Throws INVALID_ARGUMENT naming the first field over its maximum.</summary>
    public static void Check(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Check(message, "");
    }

    private static void Check(IMessage message, string prefix)
    {
        foreach (var limit in Plans.GetOrAdd(message.Descriptor, Plan))
        {
            var field = limit.Field;
            var value = field.Accessor.GetValue(message);
            var name = prefix + field.Name;
            if (field.IsMap)
            {
                var map = (IDictionary)value;
                RequireItems(map.Count, limit, name);
                foreach (DictionaryEntry entry in map)
                {
                    CheckValue(entry.Key, limit, name);
                    CheckValue(entry.Value, limit, name);
                }
            }
            else if (field.IsRepeated)
            {
                var list = (IList)value;
                RequireItems(list.Count, limit, name);
                for (var i = 0; i < list.Count; i++)
                {
                    CheckValue(list[i], limit, $"{name}[{i}]");
                }
            }
            else
            {
                CheckValue(value, limit, name);
            }
        }
    }

    private static void CheckValue(object? value, Limit limit, string name)
    {
        switch (value)
        {
            case string text when text.Length > limit.MaxLength:
                throw RpcErrors.Invalid(name, $"内容过长：{text.Length} 个字符，最多 {limit.MaxLength} 个。");
            case string text when PlainText.FirstForbidden(text) is { } c:
                throw RpcErrors.Invalid(name, $"内容含有不可见的控制字符 U+{(int)c:X4}，请重新输入。");
            case ByteString bytes when bytes.Length > limit.MaxLength:
                throw RpcErrors.Invalid(name, $"内容过长：{bytes.Length} 字节，最多 {limit.MaxLength} 字节。");
            case IMessage nested:
                Check(nested, name + ".");
                break;
            case Enum when limit.Field.FieldType == FieldType.Enum && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) is var number
                && limit.Field.EnumType.FindValueByNumber(number) is null:
                throw RpcErrors.Invalid(name, $"取值 {number} 不在可选范围内。");
        }
    }

    private static void RequireItems(int count, Limit limit, string name)
    {
        if (count > limit.MaxItems)
        {
            throw RpcErrors.Invalid(name, $"条目过多：{count} 条，最多 {limit.MaxItems} 条。");
        }
    }

    // Only the platform's own contracts (employment.*) carry these limits; a standard message a host
    // also serves (grpc.testing in the interop tests, google.protobuf types) keeps its own rules.
    private static Limit[] Plan(MessageDescriptor descriptor) => !descriptor.File.Package.StartsWith("employment.", StringComparison.Ordinal) ? [] :
    [
        .. descriptor.Fields.InDeclarationOrder()
            .Where(f => f.IsRepeated || f.IsMap || f.FieldType is FieldType.String or FieldType.Bytes or FieldType.Message or FieldType.Enum)
            .Select(f =>
            {
                var options = f.GetOptions();
                var maxLength = options?.GetExtension(LimitsExtensions.MaxLength) is > 0 and var length ? (int)length : DefaultMaxLength;
                var maxItems = options?.GetExtension(LimitsExtensions.MaxItems) is > 0 and var items ? (int)items : DefaultMaxItems;
                return new Limit(f, maxLength, maxItems);
            }),
    ];

    private sealed record Limit(FieldDescriptor Field, int MaxLength, int MaxItems);
}

/// <summary>Runs <see cref="RequestLimits"/> on every request a service receives.</summary>
public sealed class RequestLimitsInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        CheckRequest(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        CheckRequest(request);
        return continuation(request, responseStream, context);
    }

    private static void CheckRequest(object? request)
    {
        if (request is IMessage message)
        {
            RequestLimits.Check(message);
        }
    }
}
