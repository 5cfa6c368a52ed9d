using FactExtractor.Cli.Commands;

namespace FactExtractor.Tests.Cli;

/// <summary>The worker pool of <c>factx batch</c>: input order, failures and cancellation, whatever the timing.</summary>
public sealed class BatchRunnerTests
{
    private static IEnumerable<BatchItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => BatchItem.FromText($"d{i}", "x", null, 1));

    // Documents take unequal times, so later ones often finish before earlier ones.
    private static BatchResult SlowSometimes(BatchItem item)
    {
        int n = int.Parse(item.Id.AsSpan(1));
        if (n % 7 == 3)
            Thread.Sleep(n % 3 + 1);
        return new BatchResult(item);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_are_written_one_at_a_time_in_input_order(int jobs)
    {
        var written = new List<string>();
        int writing = 0, overlaps = 0;
        new BatchRunner(jobs).Run(Items(500), SlowSometimes, result =>
        {
            if (Interlocked.Increment(ref writing) > 1)
                Interlocked.Increment(ref overlaps);
            written.Add(result.Item.Id);
            Interlocked.Decrement(ref writing);
        }, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"d{i}"), written);
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public void A_failing_document_ends_the_run_after_the_ones_before_it()
    {
        var written = new List<string>();
        var error = Assert.Throws<InvalidOperationException>(() => new BatchRunner(3).Run(Items(200), item =>
        {
            if (item.Id == "d50")
                throw new InvalidOperationException("boom");
            return SlowSometimes(item);
        }, result => written.Add(result.Item.Id), CancellationToken.None));

        Assert.Equal("boom", error.Message);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"d{i}"), written);
    }

    [Fact]
    public void A_failing_write_ends_the_run_and_nothing_is_written_after_it()
    {
        var written = new List<string>();
        var error = Assert.Throws<IOException>(() => new BatchRunner(2).Run(Items(200), SlowSometimes, result =>
        {
            if (result.Item.Id == "d20")
                throw new IOException("disk full");
            written.Add(result.Item.Id);
        }, CancellationToken.None));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"d{i}"), written);
    }

    [Fact]
    public void A_failing_reader_is_rethrown_after_the_documents_it_gave()
    {
        static IEnumerable<BatchItem> Broken()
        {
            foreach (var item in Items(30))
                yield return item;
            throw new IOException("cannot list folder");
        }

        var written = new List<string>();
        var error = Assert.Throws<IOException>(() =>
            new BatchRunner(2).Run(Broken(), SlowSometimes, result => written.Add(result.Item.Id), CancellationToken.None));

        Assert.Equal("cannot list folder", error.Message);
        Assert.Equal(30, written.Count);
    }

    [Fact]
    public void Cancelling_writes_a_gapless_prefix_and_ends_with_OperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var written = new List<string>();
        Assert.ThrowsAny<OperationCanceledException>(() => new BatchRunner(2).Run(Items(100_000), SlowSometimes, result =>
        {
            written.Add(result.Item.Id);
            if (written.Count == 1000)
                cancel.Cancel();
        }, cancel.Token));

        Assert.InRange(written.Count, 1000, 99_999);
        Assert.Equal(Enumerable.Range(0, written.Count).Select(i => $"d{i}"), written);
    }

    [Fact]
    public void Behind_one_slow_document_the_others_go_on_up_to_the_window_and_no_further()
    {
        var runner = new BatchRunner(2);
        long taken = 0, written = 0, most = 0;
        IEnumerable<BatchItem> Counted()
        {
            foreach (var item in Items(200))
            {
                long inFlight = Interlocked.Increment(ref taken) - Interlocked.Read(ref written);
                InterlockedMax(ref most, inFlight);
                yield return item;
            }
        }

        runner.Run(Counted(), item =>
        {
            if (item.Id == "d0")
                Thread.Sleep(300); // meanwhile the other worker fills the window
            return new BatchResult(item);
        }, result => Interlocked.Increment(ref written), CancellationToken.None);

        Assert.Equal(200, written);
        Assert.Equal(runner.Window, most);
    }

    [Fact]
    public void Cancelling_while_a_worker_waits_on_the_inputs_does_not_hang()
    {
        using var cancel = new CancellationTokenSource();
        using var never = new ManualResetEventSlim();
        IEnumerable<BatchItem> ThenNothing()
        {
            foreach (var item in Items(5))
                yield return item;
            never.Wait(); // like stdin with nothing more to come
        }

        var written = new List<string>();
        var run = Task.Run(() => new BatchRunner(2).Run(ThenNothing(), SlowSometimes, result =>
        {
            written.Add(result.Item.Id);
            if (written.Count == 5)
                cancel.CancelAfter(50);
        }, cancel.Token));

        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(20)), "the run did not end");
        Assert.IsAssignableFrom<OperationCanceledException>(run.Exception?.InnerException);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"d{i}"), written);
        never.Set();
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
