using System.Diagnostics;

namespace Employment.Benchmarks;

public sealed record MemoryFigures(long PeakHeapBytes, long PeakWorkingSetBytes, long AllocatedBytes);

/// <summary>Samples the process's managed heap and working set every 20 ms while a leg runs; the peaks and the bytes allocated meanwhile.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private long _peakHeap;
    private long _peakWorkingSet;

    public MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _sampling = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                Sample(process);
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            Sample(process);
        });
    }

    public MemoryFigures Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        return new MemoryFigures(_peakHeap, _peakWorkingSet, GC.GetTotalAllocatedBytes() - _allocatedAtStart);
    }

    public void Dispose() => _stop.Dispose();

    private void Sample(Process process)
    {
        process.Refresh();
        _peakHeap = Math.Max(_peakHeap, GC.GetTotalMemory(false));
        _peakWorkingSet = Math.Max(_peakWorkingSet, process.WorkingSet64);
    }
}
