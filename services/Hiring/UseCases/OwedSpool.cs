using Microsoft.Win32.SafeHandles;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Where an owed item is answered: under an employer (by credit code) or a person claimant (by registry id),
/// in the order the answer lists them — employers before people, each group's items by event date, then
/// person and kind; the sequence keeps equal items in the order they were judged.
/// </summary>
internal readonly record struct OwedOrder(bool Person, string Group, int EventDay, string PersonId, int Kind, long Sequence) : IComparable<OwedOrder>
{
    public int CompareTo(OwedOrder other)
    {
        var c = Person.CompareTo(other.Person);
        c = c != 0 ? c : string.CompareOrdinal(Group, other.Group);
        c = c != 0 ? c : EventDay.CompareTo(other.EventDay);
        c = c != 0 ? c : string.CompareOrdinal(PersonId, other.PersonId);
        c = c != 0 ? c : Kind.CompareTo(other.Kind);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}

/// <summary>
/// The job's items, sorted into the answer's order without holding a region's items in memory: up to
/// <paramref name="bytesPerRun"/> bytes are kept, then sorted and written as a run to a temporary file (deleted when
/// the spool is disposed, or by the system if the process dies), and the runs are merged as they are read
/// back. A city's run writes gigabytes of explanations; the memory it takes is one run and a read buffer per run.
/// </summary>
internal sealed class OwedSpool(int bytesPerRun = OwedSpool.BytesPerRun) : IDisposable
{
    /// <summary>Item bytes kept before a run is written: a technical bound, not a policy figure.</summary>
    public const int BytesPerRun = 16 << 20;

    /// <summary>Read buffer per run when merging: a technical bound.</summary>
    private const int ReadBuffer = 64 << 10;

    private readonly List<(OwedOrder Order, byte[] Item)> pending = [];
    private readonly List<(long Offset, long Length)> runs = [];
    private FileStream? file;
    private long pendingBytes;
    private long sequence;

    public void Add(bool person, string group, int eventDay, string personId, int kind, byte[] item)
    {
        pending.Add((new OwedOrder(person, group, eventDay, personId, kind, sequence++), item));
        pendingBytes += item.Length + group.Length + personId.Length + 32;
        if (pendingBytes >= bytesPerRun)
        {
            WriteRun();
        }
    }

    /// <summary>Every item added, in the answer's order.</summary>
    public IEnumerable<(OwedOrder Order, byte[] Item)> Sorted()
    {
        if (runs.Count == 0)
        {
            pending.Sort((a, b) => a.Order.CompareTo(b.Order));
            foreach (var entry in pending)
            {
                yield return entry;
            }

            yield break;
        }

        if (pending.Count > 0)
        {
            WriteRun();
        }

        // Each run was flushed as it was written: the merge reads the file's bytes directly.
        var handle = file!.SafeFileHandle;
        var readers = runs.Select(r => new BinaryReader(new BufferedStream(new RunStream(handle, r.Offset, r.Length), ReadBuffer))).ToList();
        try
        {
            var queue = new PriorityQueue<(BinaryReader Reader, byte[] Item), OwedOrder>();
            foreach (var reader in readers)
            {
                if (Next(reader) is { } first)
                {
                    queue.Enqueue((reader, first.Item), first.Order);
                }
            }

            while (queue.TryDequeue(out var entry, out var order))
            {
                yield return (order, entry.Item);
                if (Next(entry.Reader) is { } next)
                {
                    queue.Enqueue((entry.Reader, next.Item), next.Order);
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>Runs written to the temporary file so far.</summary>
    public int Runs => runs.Count;

    public void Dispose() => file?.Dispose();

    private void WriteRun()
    {
        file ??= new FileStream(Path.Combine(Path.GetTempPath(), "owed-" + Guid.NewGuid().ToString("N") + ".spool"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ReadBuffer, FileOptions.DeleteOnClose);
        pending.Sort((a, b) => a.Order.CompareTo(b.Order));
        var start = file.Seek(0, SeekOrigin.End);
        using (var writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (order, item) in pending)
            {
                writer.Write(order.Person);
                writer.Write(order.Group);
                writer.Write(order.EventDay);
                writer.Write(order.PersonId);
                writer.Write(order.Kind);
                writer.Write(order.Sequence);
                writer.Write(item.Length);
                writer.Write(item);
            }
        }

        file.Flush();
        runs.Add((start, file.Position - start));
        pending.Clear();
        pendingBytes = 0;
    }

    private static (OwedOrder Order, byte[] Item)? Next(BinaryReader reader)
    {
        if (reader.BaseStream.Position >= reader.BaseStream.Length)
        {
            return null;
        }

        var order = new OwedOrder(reader.ReadBoolean(), reader.ReadString(), reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt64());
        return (order, reader.ReadBytes(reader.ReadInt32()));
    }

    /// <summary>One run of the spool file, read at its own position (the merge reads every run at once).</summary>
    private sealed class RunStream(SafeFileHandle handle, long offset, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => position;
            set => position = value;
        }

        public override int Read(byte[] buffer, int offset1, int count)
        {
            var wanted = (int)Math.Min(count, length - position);
            if (wanted <= 0)
            {
                return 0;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(offset1, wanted), offset + position);
            position += read;
            return read;
        }

        public override long Seek(long offset1, SeekOrigin origin) => position = origin switch
        {
            SeekOrigin.Begin => offset1,
            SeekOrigin.Current => position + offset1,
            _ => length + offset1,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset1, int count) => throw new NotSupportedException();
    }
}
