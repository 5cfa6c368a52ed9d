using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Runs documents through <c>jobs</c> worker threads and writes the results in input order. One
/// reader thread takes documents from the inputs; at most <see cref="Window"/> documents are
/// between reader and output at any time (read, waiting, in extraction, or done and waiting for
/// an earlier one), so memory stays flat however large the input and however slow one document is.
/// </summary>
/// <remarks>
/// <para>
/// The workers write, not a thread of its own: a worker that finishes the next document in input
/// order writes it, and any finished ones after it, while the other workers go on extracting.
/// A writer thread had to be woken once per document, and on two cores each wake-up took a core
/// from a worker (24,000 involuntary context switches over 10,000 documents).
/// </para>
/// <para>
/// Nothing here spins while it waits. The reader refills the window only once it has drained to
/// half, so it too wakes up rarely.
/// </para>
/// </remarks>
internal sealed class BatchRunner(int jobs)
{
    /// <summary>Documents in flight at most.</summary>
    public int Window { get; } = Math.Max(8, jobs * 4);

    /// <summary>
    /// Processes <paramref name="items"/> with <paramref name="process"/> on the workers and
    /// passes each result to <paramref name="write"/>, one at a time and in input order (on
    /// whichever worker has the next one). When <paramref name="cancel"/> fires, the workers end
    /// after their current documents, everything done in order so far is written, and the run ends
    /// with <see cref="OperationCanceledException"/>. An exception of the reader, of
    /// <paramref name="process"/> or of <paramref name="write"/> ends the run and is rethrown here.
    /// </summary>
    public void Run(IEnumerable<BatchItem> items, Func<BatchItem, BatchResult> process, Action<BatchResult> write, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var work = new BlockingCollection<Job>();
        using var room = new ManualResetEventSlim(true, spinCount: 0);
        var output = new OrderedOutput(Window, write);
        int inFlight = 0;
        Exception? readerError = null;

        var reader = new Thread(() =>
        {
            try
            {
                long sequence = 0;
                foreach (var item in items)
                {
                    while (Volatile.Read(ref inFlight) >= Window)
                    {
                        room.Reset();
                        if (Volatile.Read(ref inFlight) >= Window)
                            room.Wait(stop.Token);
                    }
                    Interlocked.Increment(ref inFlight);
                    work.Add(new Job(item, sequence++), stop.Token);
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
                        int written = output.Add(job);
                        if (written > 0 && Interlocked.Add(ref inFlight, -written) <= Window / 2)
                            room.Set();
                        if (output.Failure is not null)
                            stop.Cancel();
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
        foreach (var worker in workers)
            worker.Join(); // each ends after its current document
        bool finished = output.Failure is null && !stop.IsCancellationRequested;
        stop.Cancel();
        // A reader stopped early may be blocked on stdin: it is a background thread, let it go.
        reader.Join(finished ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(1));
        if (output.Failure is not null)
            ExceptionDispatchInfo.Throw(output.Failure);
        cancel.ThrowIfCancellationRequested();
        if (readerError is not null)
            throw readerError;
    }

    private sealed class Job(BatchItem item, long sequence)
    {
        public BatchItem Item { get; } = item;

        /// <summary>Place in the input, from 0.</summary>
        public long Sequence { get; } = sequence;

        public BatchResult? Result { get; set; }

        public Exception? Error { get; set; }
    }

    /// <summary>
    /// Puts finished jobs back in input order. Whoever adds the next job in order becomes the
    /// writer until the next one is missing; the others only leave their job and go on.
    /// </summary>
    private sealed class OrderedOutput(int window, Action<BatchResult> write)
    {
        private readonly Lock _gate = new();
        private readonly Job?[] _done = new Job?[window]; // a job waits at Sequence % window
        private long _next;
        private bool _writing;

        /// <summary>The first exception of a job or of the write; nothing is written after it.</summary>
        public Exception? Failure { get; private set; }

        /// <summary>Adds a finished job and writes what is now in order; returns how many were written.</summary>
        public int Add(Job job)
        {
            lock (_gate)
            {
                _done[job.Sequence % window] = job;
                if (_writing || Failure is not null)
                    return 0;
                _writing = true;
            }
            int written = 0;
            while (true)
            {
                Job? next;
                lock (_gate)
                {
                    next = _done[_next % window];
                    if (next is null || next.Sequence != _next || Failure is not null)
                    {
                        _writing = false;
                        return written;
                    }
                    _done[_next % window] = null;
                    _next++;
                }
                try
                {
                    if (next.Error is not null)
                        ExceptionDispatchInfo.Throw(next.Error);
                    write(next.Result!);
                    written++;
                }
                catch (Exception e)
                {
                    lock (_gate)
                        Failure = e;
                }
            }
        }
    }
}
