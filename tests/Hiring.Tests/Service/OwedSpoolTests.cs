using Employment.Hiring.UseCases;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// The owed-subsidies job's spool: items written out in sorted runs once a bound is passed, and read back merged
/// in the answer's order (employers by credit code before people by registry id, each group oldest first), every
/// item exactly once, whatever the bound; the temporary file is gone once the spool is disposed.
/// </summary>
public sealed class OwedSpoolTests
{
    [Theory]
    [InlineData(1 << 30)]
    [InlineData(4096)]
    [InlineData(1)]
    public void Items_come_back_in_the_answers_order_each_once_whatever_the_run_bound(int bytesPerRun)
    {
        var random = new Random(7);
        var added = new List<(OwedOrder Order, byte[] Item)>();
        using var spool = new OwedSpool(bytesPerRun);
        for (var i = 0; i < 2000; i++)
        {
            var person = random.Next(4) == 0;
            var group = person ? "P" + random.Next(300).ToString("D4") : "9141" + random.Next(200).ToString("D4");
            var personId = person ? group : "P" + random.Next(300).ToString("D4");
            var item = new byte[random.Next(1, 200)];
            random.NextBytes(item);
            var day = 738_000 + random.Next(400);
            var kind = random.Next(1, 12);
            spool.Add(person, group, day, personId, kind, item);
            added.Add((new OwedOrder(person, group, day, personId, kind, i), item));
        }

        var read = spool.Sorted().ToList();

        var expected = added.OrderBy(a => a.Order).ToList();
        Assert.Equal(expected.Select(e => e.Order), read.Select(r => r.Order));
        Assert.Equal(expected.Select(e => Convert.ToBase64String(e.Item)), read.Select(r => Convert.ToBase64String(r.Item)));
        Assert.Equal(bytesPerRun < 1 << 20, spool.Runs > 0);
    }

    [Fact]
    public void The_temporary_file_is_gone_once_the_spool_is_disposed()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "owed-*.spool").ToHashSet();
        var spool = new OwedSpool(1);
        spool.Add(false, "A", 1, "P1", 1, [1, 2, 3]);
        spool.Add(false, "B", 1, "P2", 1, [4]);
        var during = Directory.GetFiles(Path.GetTempPath(), "owed-*.spool").Except(before).ToList();
        Assert.Single(during);
        Assert.Equal(2, spool.Sorted().Count());
        spool.Dispose();
        Assert.False(File.Exists(during[0]));
    }
}
