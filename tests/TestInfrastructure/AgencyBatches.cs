using System.Text;
using Employment.Applicants.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Employment.TestInfrastructure;

/// <summary>An agency's file sent to the registry's exchange as the exchange's client sends it: the header, then the bytes in chunks.</summary>
public static class AgencyBatches
{
    public const string MarketStatusHeader = "统一社会信用代码,名称,经营状态,状态日期,决定文书号";

    public static AgencyBatchHeader Header(AgencySource source, string batchId, string encoding = "UTF-8") =>
        new() { Source = source, BatchId = batchId, Encoding = encoding, FileName = "export.csv" };

    public static byte[] Utf8(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>Sends the file in chunks of <paramref name="chunk"/> bytes (an odd size, so rows and characters straddle chunks).</summary>
    public static async Task<AgencyBatchReceipt> SendAsync(Employment.Applicants.V1.Applicants.ApplicantsClient registry, AgencyBatchHeader header, byte[] file, Metadata caller, int chunk = 7_777)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(file);
        using var call = registry.ImportAgencyBatch(caller);
        try
        {
            await call.RequestStream.WriteAsync(new AgencyBatchChunk { Header = header });
            for (var at = 0; at < file.Length; at += chunk)
            {
                await call.RequestStream.WriteAsync(new AgencyBatchChunk { Data = ByteString.CopyFrom(file, at, Math.Min(chunk, file.Length - at)) });
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The registry answered before the file was all sent (a batch completed before, or a refused header): its
            // answer, awaited below, says why; a broken call fails there too.
        }

        return await call.ResponseAsync;
    }
}
