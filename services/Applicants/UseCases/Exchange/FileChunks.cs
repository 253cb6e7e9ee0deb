using Employment.Applicants.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>A delivered file read as the exchange's stream is: its header, then its bytes a chunk at a time.</summary>
internal sealed class FileChunks(AgencyBatchHeader header, Stream file) : IAsyncStreamReader<AgencyBatchChunk>
{
    /// <summary>Bytes per chunk, as the stream's largest: a technical bound.</summary>
    private const int ChunkBytes = 1 << 20;

    private readonly byte[] _buffer = new byte[ChunkBytes];
    private bool _headerSent;

    public AgencyBatchChunk Current { get; private set; } = new();

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!_headerSent)
        {
            _headerSent = true;
            Current = new AgencyBatchChunk { Header = header };
            return true;
        }

        var read = await file.ReadAtLeastAsync(_buffer, ChunkBytes, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return false;
        }

        Current = new AgencyBatchChunk { Data = ByteString.CopyFrom(_buffer, 0, read) };
        return true;
    }
}
