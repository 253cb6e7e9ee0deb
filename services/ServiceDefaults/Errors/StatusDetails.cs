using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// A refusal as every service sends it: the status message in Chinese for the person who reads it,
/// and a <c>google.rpc.Status</c> in <c>grpc-status-details-bin</c> for the program that reads it
/// (AIP-193): <c>ErrorInfo</c> (reason: the rule id, or the status's own name; domain: the service;
/// metadata: the parameter key, region and date of a missing configuration, an earlier claim),
/// <c>BadRequest</c> naming the field of an INVALID_ARGUMENT, <c>PreconditionFailure</c> for a
/// FAILED_PRECONDITION, and <c>LocalizedMessage</c>s in Chinese and, where the text has one, English.
/// JSON transcoding writes the same Status as the REST error body.
/// </summary>
public sealed record StatusDetails(StatusCode Code, string Message)
{
    public const string Chinese = "zh-CN";

    public const string English = "en";

    /// <summary>The types a details list may hold, for the JSON writers' type registry.</summary>
    public static readonly TypeRegistry Types = TypeRegistry.FromMessages(
        ErrorInfo.Descriptor, BadRequest.Descriptor, PreconditionFailure.Descriptor, LocalizedMessage.Descriptor,
        RetryInfo.Descriptor, QuotaFailure.Descriptor, ResourceInfo.Descriptor, Help.Descriptor);

    /// <summary>The request field to blame (a path such as <c>borrower.id_number</c>).</summary>
    public string? Field { get; init; }

    /// <summary>ErrorInfo's reason: the rule id, or a reason such as <c>CONFIGURATION_MISSING</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>The service that refused (ErrorInfo's domain).</summary>
    public string? Domain { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>How long to wait before trying again (RetryInfo), for refusals a wait cures.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public Google.Rpc.Status ToStatus()
    {
        var text = RefusalText.Of(Message);
        if (text.Zh.Length == 0)
        {
            text = text with { Zh = Unexplained(Code) };
        }

        var field = Field ?? text.Tags.GetValueOrDefault("field");
        var reason = Reason ?? text.Tags.GetValueOrDefault("rule") ?? NameOf(Code);
        var info = new ErrorInfo { Reason = reason, Domain = Domain ?? "" };
        foreach (var (key, value) in text.Tags.Where(t => t.Key is not ("field" or "rule")))
        {
            info.Metadata[key] = value;
        }

        foreach (var (key, value) in Metadata ?? new Dictionary<string, string>())
        {
            info.Metadata[key] = value;
        }

        // A field to blame outside INVALID_ARGUMENT (an earlier claim of the same person, a fact the
        // registry lacks) is named here; an INVALID_ARGUMENT's is in its BadRequest.
        if (field is not null && Code != StatusCode.InvalidArgument)
        {
            info.Metadata["field"] = field;
        }

        var status = new Google.Rpc.Status { Code = (int)Code, Message = text.Zh };
        status.Details.Add(Any.Pack(info));
        if (Code == StatusCode.InvalidArgument && field is not null)
        {
            status.Details.Add(Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = text.Zh } } }));
        }

        if (Code == StatusCode.FailedPrecondition)
        {
            var subject = field ?? info.Metadata.GetValueOrDefault("parameter") ?? "";
            status.Details.Add(Any.Pack(new PreconditionFailure
            {
                Violations = { new PreconditionFailure.Types.Violation { Type = reason, Subject = subject, Description = text.Zh } },
            }));
        }

        if (RetryAfter is { } wait)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(wait) }));
        }

        status.Details.Add(Any.Pack(new LocalizedMessage { Locale = Chinese, Message = text.Zh }));
        if (text.En is { } en)
        {
            status.Details.Add(Any.Pack(new LocalizedMessage { Locale = English, Message = en }));
        }

        return status;
    }

    /// <summary>The status as proto3 JSON, the REST error body (what JsonTranscoding writes for a status).</summary>
    public string ToJson() =>
        System.Text.Json.Nodes.JsonNode.Parse(JsonWriter.Format(ToStatus()))!.ToJsonString(CompactJson);

    // Compact, Chinese as it is: the shape and spelling System.Text.Json gives JsonTranscoding's own errors.
    private static readonly System.Text.Json.JsonSerializerOptions CompactJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonFormatter JsonWriter = new(JsonFormatter.Settings.Default.WithTypeRegistry(Types));

    /// <summary>The exception a handler throws: the Chinese message and the details trailer.</summary>
    public RpcException ToException(Metadata? trailers = null, Exception? debugException = null)
    {
        var status = ToStatus();
        return new RpcException(new Grpc.Core.Status(Code, status.Message, debugException), Carrying(status, trailers));
    }

    public const string DetailsTrailer = "grpc-status-details-bin";

    /// <summary>
    /// <paramref name="e"/> as it leaves <paramref name="domain"/>: details added from its message when
    /// it has none, its ErrorInfo given the domain when it names none.
    /// </summary>
    public static RpcException Complete(RpcException e, string domain)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.GetRpcStatus() is not { } status)
        {
            return new StatusDetails(e.StatusCode, e.Status.Detail) { Domain = domain }.ToException(e.Trailers, e.Status.DebugException);
        }

        var info = status.Details.FirstOrDefault(d => d.Is(ErrorInfo.Descriptor))?.Unpack<ErrorInfo>();
        if (info is not null && info.Domain.Length > 0)
        {
            return e;
        }

        var completed = status.Clone();
        completed.Details.Clear();
        foreach (var detail in status.Details)
        {
            completed.Details.Add(detail.Is(ErrorInfo.Descriptor) ? Any.Pack(WithDomain(detail.Unpack<ErrorInfo>(), domain)) : detail);
        }

        if (info is null)
        {
            completed.Details.Insert(0, Any.Pack(new ErrorInfo { Reason = NameOf(e.StatusCode), Domain = domain }));
        }

        return new RpcException(e.Status, Carrying(completed, e.Trailers));
    }

    /// <summary>The trailers of a refusal: its other trailers kept, one details trailer, <paramref name="status"/>'s.</summary>
    private static Metadata Carrying(Google.Rpc.Status status, Metadata? trailers)
    {
        var carrying = new Metadata();
        foreach (var entry in (trailers ?? []).Where(t => !string.Equals(t.Key, DetailsTrailer, StringComparison.OrdinalIgnoreCase)))
        {
            carrying.Add(entry);
        }

        carrying.SetRpcStatus(status);
        return carrying;
    }

    /// <summary>The message of a status a library sent without one (a health check's NOT_FOUND).</summary>
    private static string Unexplained(StatusCode code) => code switch
    {
        StatusCode.NotFound => "未找到所请求的对象。",
        StatusCode.InvalidArgument => "请求内容不正确。",
        StatusCode.PermissionDenied => "无权进行该操作。",
        StatusCode.Unauthenticated => "请先登录。",
        StatusCode.Unavailable => "服务暂时不可用，请稍后重试。",
        StatusCode.Unimplemented => "不支持该调用。",
        _ => "请求未能完成。",
    };

    /// <summary>The canonical name of a status code, e.g. INVALID_ARGUMENT, as google.rpc.Code spells it.</summary>
    public static string NameOf(StatusCode code) => CodeNames.FindValueByNumber((int)code)?.Name ?? code.ToString();

    private static readonly EnumDescriptor CodeNames = CodeReflection.Descriptor.FindTypeByName<EnumDescriptor>("Code");

    private static ErrorInfo WithDomain(ErrorInfo info, string domain)
    {
        var copy = info.Clone();
        copy.Domain = domain;
        return copy;
    }
}
