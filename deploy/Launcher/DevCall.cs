using Employment.ServiceDefaults;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher call &lt;tokens-file&gt; &lt;role&gt; &lt;/package.Service/Method&gt; [json]</c>: one
/// gRPC call through the gateway of a local run, as the given role, with the request and the answer
/// in the proto3 JSON mapping. It is what the launcher's printed examples run, so that a newcomer
/// needs no gRPC tool of their own.
/// </summary>
internal static class DevCall
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 3 or > 4)
        {
            await Console.Error.WriteLineAsync("usage: call <tokens-file> <counter|counter-jiyuan|bank|admin|public> </package.Service/Method> ['<request json>']");
            return 2;
        }

        var role = args[1];
        var path = args[2];
        var method = ContractDescriptors.Files.SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .FirstOrDefault(m => $"/{m.Service.FullName}/{m.Name}" == path);
        if (method is null)
        {
            await Console.Error.WriteLineAsync($"No such method in the contracts: {path}");
            return 2;
        }

        if (Request(method.InputType, args.Length == 4 ? args[3] : "{}") is not { } request)
        {
            return 2;
        }

        var (tokens, grpcAddress, _) = DevTokens.Read(args[0]);
        var marshaller = Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => method.OutputType.Parser.ParseFrom(bytes));
        var grpcMethod = new Method<IMessage, IMessage>(MethodType.Unary, method.Service.FullName, method.Name, marshaller, marshaller);
        var headers = new Metadata();
        if (role != "public")
        {
            headers.Add("authorization", "Bearer " + tokens.For(role));
        }

        using var channel = GrpcChannel.ForAddress(grpcAddress);
        try
        {
            var response = await channel.CreateCallInvoker().AsyncUnaryCall(grpcMethod, null, new CallOptions(headers, DateTime.UtcNow.AddSeconds(30)), request);
            Console.WriteLine(JsonFormatter.Default.Format(response));
            return 0;
        }
        catch (RpcException e)
        {
            await Console.Error.WriteLineAsync($"{e.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }

    /// <summary>
    /// The request from its proto3 JSON, or null after saying on stderr what is wrong with it, as the services name a
    /// field: the parser's reason (a mistyped field, a value of the wrong type, JSON that does not parse) and every field
    /// the message has, in the JSON names to type.
    /// </summary>
    private static IMessage? Request(Google.Protobuf.Reflection.MessageDescriptor input, string json)
    {
        try
        {
            return JsonParser.Default.Parse(json, input);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            Console.Error.WriteLine($"请求 JSON 有误（{input.FullName}）：{e.Message}");
            Console.Error.WriteLine($"The request is not a {input.Name}: {e.Message}");
            Console.Error.WriteLine($"Its fields: {string.Join(", ", input.Fields.InDeclarationOrder().Select(f => f.JsonName))}");
            return null;
        }
    }
}
