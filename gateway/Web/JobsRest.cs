using System.Net;
using System.Text.Json;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace Employment.Gateway.Web;

/// <summary>
/// The job-matching service's public REST routes (JsonTranscoding on the service), called for the
/// 找工作 pages at a destination of its cluster without a token (<see cref="PublicChannels"/>). The
/// body is read into the contract's own message, so the JSON names are the proto's, never guessed.
/// </summary>
public sealed partial class JobsRest(PublicChannels channels, WebOptions options, ILogger<JobsRest> logger)
{
    public const string GrpcService = "employment.jobs.v1.JobMatching";
    public const string ServiceZh = "岗位搜索服务";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>The answer to a GET, or a problem; <paramref name="notFound"/> is true on HTTP 404 from a running service.</summary>
    public async Task<(ServiceAnswer<T> Answer, bool NotFound)> GetAsync<T>(string pathAndQuery, CancellationToken cancellation)
        where T : class, IMessage<T>, new()
    {
        if (channels.AddressOf(GrpcService) is not { } address)
        {
            return (ServiceAnswer<T>.Failed(ServiceProblem.Down(ServiceZh)), false);
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bounded.CancelAfter(options.CallTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, pathAndQuery))
            {
                // The services speak cleartext HTTP/2 only, as YARP's clusters do.
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var response = await channels.Http.SendAsync(request, bounded.Token);
            var body = await response.Content.ReadAsStringAsync(bounded.Token);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return (ServiceAnswer<T>.Failed(ServiceProblem.Refused(ServiceZh, MessageOf(body))), false);
            }

            if (response.StatusCode == HttpStatusCode.NotFound && IsStatusBody(body))
            {
                // The service's own NOT_FOUND (a google.rpc.Status body), not a missing route.
                return (ServiceAnswer<T>.Failed(ServiceProblem.Refused(ServiceZh, MessageOf(body))), true);
            }

            if (!response.IsSuccessStatusCode)
            {
                NotAnswered(logger, (int)response.StatusCode);
                return (ServiceAnswer<T>.Failed(ServiceProblem.Down(ServiceZh)), false);
            }

            return (ServiceAnswer<T>.Of(Parser.Parse<T>(body)), false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidProtocolBufferException or InvalidJsonException && !cancellation.IsCancellationRequested)
        {
            NotAnswered(logger, 0);
            return (ServiceAnswer<T>.Failed(ServiceProblem.Down(ServiceZh)), false);
        }
    }

    private static bool IsStatusBody(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("code", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The service's own reason from a REST error body (google.rpc.Status: <c>{code, message}</c>).</summary>
    private static string MessageOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var m)
                && m.ValueKind == JsonValueKind.String
                && m.GetString() is { Length: > 0 } message ? message : "搜索条件有误，请检查后再试。";
        }
        catch (JsonException)
        {
            return "搜索条件有误，请检查后再试。";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page: job-matching REST call not answered (HTTP {Status}; 0 = no answer)")]
    private static partial void NotAnswered(ILogger logger, int status);
}
