using System.Collections.Concurrent;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Runs documents through <c>jobs</c> worker threads and hands the results to one writer in
/// input order. One reader thread takes documents from the inputs; at most
/// <see cref="Window"/> documents are between reader and writer at any time (read, waiting,
/// in extraction, or done and waiting for an earlier one), so memory stays flat however large
/// the input and however slow one document is.
/// </summary>
/// <remarks>
/// Nothing here spins while it waits: with one worker, spinning threads (the reader on a full
/// window, the writer on the document in progress) took the second core that a second worker
/// needs. The reader refills the window only once it has drained to half.
/// </remarks>
internal sealed class BatchRunner(int jobs)
{
    /// <summary>Documents in flight at most.</summary>
    public int Window { get; } = Math.Max(8, jobs * 4);

    /// <summary>
    /// Processes <paramref name="items"/> with <paramref name="process"/> on the workers and
    /// passes each result, in input order, to <paramref name="write"/> on the calling thread.
    /// When <paramref name="cancel"/> fires, the results done in order so far are written and the
    /// run ends with <see cref="OperationCanceledException"/>. An exception of the reader or the
    /// writer ends the run and is rethrown here.
    /// </summary>
    public void Run(IEnumerable<BatchItem> items, Func<BatchItem, BatchResult> process, Action<BatchResult> write, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var ordered = new BlockingCollection<Job>();
        using var work = new BlockingCollection<Job>();
        using var room = new ManualResetEventSlim(true, spinCount: 0);
        int inFlight = 0;
        Exception? readerError = null;

        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in items)
                {
                    while (Volatile.Read(ref inFlight) >= Window)
                    {
                        room.Reset();
                        if (Volatile.Read(ref inFlight) >= Window)
                            room.Wait(stop.Token);
                    }
                    Interlocked.Increment(ref inFlight);
                    var job = new Job(item);
                    ordered.Add(job, stop.Token);
                    work.Add(job, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                readerError = e;
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        }) { IsBackground = true, Name = "factx batch reader" };

        var workers = new Thread[jobs];
        for (int i = 0; i < jobs; i++)
        {
            workers[i] = new Thread(() =>
            {
                try
                {
                    foreach (var job in work.GetConsumingEnumerable(stop.Token))
                    {
                        try
                        {
                            job.Result = process(job.Item);
                        }
                        catch (Exception e)
                        {
                            job.Error = e;
                        }
                        job.Done.Set();
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }) { IsBackground = true, Name = $"factx batch worker {i + 1}" };
        }

        reader.Start();
        foreach (var worker in workers)
            worker.Start();
        bool finished = false;
        try
        {
            foreach (var job in ordered.GetConsumingEnumerable(stop.Token))
            {
                job.Done.Wait(stop.Token);
                job.Done.Dispose();
                if (job.Error is not null)
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(job.Error);
                write(job.Result!);
                if (Interlocked.Decrement(ref inFlight) <= Window / 2)
                    room.Set();
            }
            finished = true;
        }
        finally
        {
            stop.Cancel();
            foreach (var worker in workers)
                worker.Join(); // each ends after its current document
            // A reader stopped early may be blocked on stdin: it is a background thread, let it go.
            reader.Join(finished ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(1));
        }
        cancel.ThrowIfCancellationRequested();
        if (readerError is not null)
            throw readerError;
    }

    private sealed class Job(BatchItem item)
    {
        public BatchItem Item { get; } = item;

        public BatchResult? Result { get; set; }

        public Exception? Error { get; set; }

        /// <summary>Set by the worker when <see cref="Result"/> or <see cref="Error"/> is there; waited on without spinning.</summary>
        public ManualResetEventSlim Done { get; } = new(false, spinCount: 0);
    }
}
