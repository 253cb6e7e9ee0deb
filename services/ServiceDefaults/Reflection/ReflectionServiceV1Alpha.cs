using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Alpha = Grpc.Reflection.V1Alpha;
using V1 = Grpc.Reflection.V1;

namespace Employment.ServiceDefaults.Reflection;

/// <summary>
/// grpc.reflection.v1alpha.ServerReflection, for tools that still ask the older name. Its messages
/// are the same on the wire as v1's, so each request is re-read as v1 and answered by the v1 logic.
/// </summary>
public sealed class ReflectionServiceV1Alpha(GrpcServiceRegistry registry) : Alpha.ServerReflection.ServerReflectionBase
{
    private DescriptorIndex? _index;

    public override async Task ServerReflectionInfo(
        IAsyncStreamReader<Alpha.ServerReflectionRequest> requestStream,
        IServerStreamWriter<Alpha.ServerReflectionResponse> responseStream,
        ServerCallContext context)
    {
        var index = _index ??= DescriptorIndex.FromRegistry(registry);
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requestStream.Current.ToByteString());
            var answer = ReflectionServiceV1.Answer(index, request);
            await responseStream.WriteAsync(Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString()));
        }
    }
}
