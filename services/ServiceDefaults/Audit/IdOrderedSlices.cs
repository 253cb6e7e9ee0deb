namespace Employment.ServiceDefaults.Audit;

/// <summary>
/// Reads rows a slice at a time in id order, each slice the rows after the last id read (keyset), so an
/// export's memory stays flat in the region's size whatever the table holds.
/// </summary>
public static class IdOrderedSlices
{
    /// <param name="sliceAfter">The next slice: at most <paramref name="sliceSize"/> rows whose id is after the one given ("" first), in id order.</param>
    public static async Task ForEachAsync<T>(Func<string, Task<List<T>>> sliceAfter, Func<T, string> idOf, int sliceSize, Func<IReadOnlyList<T>, Task> handle)
    {
        ArgumentNullException.ThrowIfNull(sliceAfter);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(handle);
        var after = "";
        while (true)
        {
            var slice = await sliceAfter(after);
            await handle(slice);
            if (slice.Count < sliceSize)
            {
                return;
            }

            after = idOf(slice[^1]);
        }
    }
}
