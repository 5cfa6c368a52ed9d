using System.Runtime.ExceptionServices;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Runs documents through <c>jobs</c> worker threads and writes the results in input order. Each
/// worker takes the next document from the inputs itself, extracts it and, when it is the next in
/// input order, writes it. At most <see cref="Window"/> documents are taken and not yet written
/// (in extraction, or done and waiting for an earlier one), so memory stays flat however large
/// the input and however slow one document is.
/// </summary>
/// <remarks>
/// <para>
/// No thread of its own reads or writes: on two cores, a reader thread woken to refill a queue,
/// or a writer thread woken per document, took a core from a worker each time (7,000 involuntary
/// context switches over 10,000 documents for the reader alone). Here a worker only waits when
/// another is reading the inputs, or when the window is full behind one slow document.
/// </para>
/// <para>
/// Nothing spins while it waits, and nothing waits on a timer but the end of a cancelled run.
/// </para>
/// </remarks>
internal sealed class BatchRunner(int jobs)
{
    /// <summary>Documents taken and not yet written, at most.</summary>
    public int Window { get; } = Math.Max(8, jobs * 4);

    /// <summary>
    /// Processes <paramref name="items"/> with <paramref name="process"/> on the workers and
    /// passes each result to <paramref name="write"/>, one at a time and in input order (on
    /// whichever worker has the next one). <paramref name="items"/> is read by one worker at a
    /// time. When <paramref name="cancel"/> fires, the workers end after their current documents,
    /// everything done in order so far is written, and the run ends with
    /// <see cref="OperationCanceledException"/>. An exception of the inputs, of
    /// <paramref name="process"/> or of <paramref name="write"/> ends the run and is rethrown here
    /// (the inputs' after the documents they gave are written).
    /// </summary>
    public void Run(IEnumerable<BatchItem> items, Func<BatchItem, BatchResult> process, Action<BatchResult> write, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var source = new Source(items.GetEnumerator(), Window);
        var output = new OrderedOutput(Window, write);
        var finished = new CountdownEvent(jobs); // not disposed: a worker left behind signals it at the end

        var workers = new Thread[jobs];
        for (int i = 0; i < jobs; i++)
        {
            workers[i] = new Thread(() =>
            {
                try
                {
                    while (source.TryTake(output, stop.Token, out var job))
                    {
                        try
                        {
                            job.Result = process(job.Item);
                        }
                        catch (Exception e)
                        {
                            job.Error = e;
                        }
                        if (output.Add(job) > 0)
                            source.Room();
                        if (output.Failure is not null)
                            stop.Cancel();
                    }
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    finished.Signal();
                }
            }) { IsBackground = true, Name = $"factx batch worker {i + 1}" };
        }

        foreach (var worker in workers)
            worker.Start();
        WaitHandle.WaitAny([finished.WaitHandle, stop.Token.WaitHandle]);
        // Each worker ends after its current document; one blocked on reading the inputs (stdin)
        // may never come back: it is a background thread, let it go.
        while (!finished.Wait(100))
        {
            if (finished.CurrentCount == 1 && source.Reading)
                break;
        }
        if (output.Failure is not null)
            ExceptionDispatchInfo.Throw(output.Failure);
        cancel.ThrowIfCancellationRequested();
        if (source.Error is not null)
            ExceptionDispatchInfo.Throw(source.Error);
    }

    /// <summary>The inputs, read by one worker at a time, and the window's bound on taking more.</summary>
    private sealed class Source(IEnumerator<BatchItem> items, int window) : IDisposable
    {
        private readonly SemaphoreSlim _turn = new(1, 1);
        private readonly ManualResetEventSlim _room = new(true, spinCount: 0);
        private long _taken;
        private bool _ended;
        private volatile bool _reading;

        /// <summary>Whether a worker is inside the inputs' MoveNext (perhaps blocked on stdin).</summary>
        public bool Reading => _reading;

        /// <summary>What the inputs threw; nothing is taken after it.</summary>
        public Exception? Error { get; private set; }

        /// <summary>
        /// Takes the next document, after waiting for room in the window; false at the end of the
        /// inputs or when they failed. Throws <see cref="OperationCanceledException"/> on stop.
        /// </summary>
        public bool TryTake(OrderedOutput output, CancellationToken stop, out Job job)
        {
            job = null!;
            _turn.Wait(stop);
            try
            {
                while (_taken - output.Written >= window)
                {
                    _room.Reset();
                    if (_taken - output.Written >= window)
                        _room.Wait(stop);
                }
                if (_ended)
                    return false;
                _reading = true;
                try
                {
                    _ended = !items.MoveNext();
                }
                catch (Exception e)
                {
                    Error = e;
                    _ended = true;
                }
                finally
                {
                    _reading = false;
                }
                stop.ThrowIfCancellationRequested();
                if (_ended)
                    return false;
                job = new Job(items.Current, _taken++);
                return true;
            }
            finally
            {
                _turn.Release();
            }
        }

        /// <summary>Wakes a worker waiting for room, if there is one.</summary>
        public void Room() => _room.Set();

        public void Dispose()
        {
            // A worker left blocked in MoveNext still owns the inputs; they go with the process.
            if (!Reading)
                items.Dispose();
        }
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
        private long _written;
        private bool _writing;

        /// <summary>How many jobs were written.</summary>
        public long Written => Volatile.Read(ref _written);

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
                    Volatile.Write(ref _written, _written + 1); // only the one writer adds
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
