using System.Net.Http.Headers;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Grpc.Transport.Protocol;

/// <summary>Converts between custom metadata and HTTP/2 header fields (base64 for <c>-bin</c> keys).</summary>
internal static class MetadataHeaders
{
    public static string EncodeValue(Metadata.Entry entry) =>
        entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes) : entry.Value;

    /// <summary>Adds one received header to metadata; a bad base64 value is dropped, not fatal.</summary>
    public static void AddReceived(Metadata metadata, string name, string value)
    {
        if (name.EndsWith(Metadata.BinaryHeaderSuffix, StringComparison.OrdinalIgnoreCase))
        {
            // Peers may send several binary values comma-separated, padded or not.
            foreach (var part in value.Split(','))
            {
                if (TryDecodeBase64(part.Trim(), out var bytes))
                {
                    metadata.Add(name, bytes);
                }
            }
        }
        else
        {
            try
            {
                metadata.Add(name, value);
            }
            catch (ArgumentException)
            {
                // A value that is not printable ASCII cannot be custom metadata; skip it.
            }
        }
    }

    public static Metadata FromRequestHeaders(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
        {
            if (GrpcProtocol.IsProtocolHeader(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (value is not null)
                {
                    AddReceived(metadata, name, value);
                }
            }
        }

        return metadata;
    }

    public static Metadata FromResponseHeaders(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var metadata = new Metadata();
        Add(headers);
        if (contentHeaders is not null)
        {
            Add(contentHeaders);
        }

        return metadata;

        void Add(HttpHeaders source)
        {
            foreach (var (name, values) in source.NonValidated)
            {
                if (GrpcProtocol.IsProtocolHeader(name))
                {
                    continue;
                }

                foreach (var value in values)
                {
                    AddReceived(metadata, name, value);
                }
            }
        }
    }

    public static bool ShouldSend(Metadata.Entry entry) => !GrpcProtocol.IsReservedKey(entry.Key);

    public static void AppendTo(IHeaderDictionary headers, Metadata metadata)
    {
        foreach (var entry in metadata)
        {
            if (ShouldSend(entry))
            {
                headers.Append(entry.Key, new StringValues(EncodeValue(entry)));
            }
        }
    }

    private static bool TryDecodeBase64(string value, out byte[] bytes)
    {
        var padded = (value.Length % 4) switch
        {
            2 => value + "==",
            3 => value + "=",
            _ => value,
        };
        bytes = new byte[padded.Length * 3 / 4];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            Array.Resize(ref bytes, written);
            return true;
        }

        return false;
    }
}
