using System.Diagnostics;
using System.Globalization;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Counts what a batch run has done; redraws a live progress line (documents/s, facts, errors,
/// ETA) on a terminal twice a second, and makes the one-line summary written at the end.
/// </summary>
internal sealed class BatchProgress : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter? _terminal;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private long _documents;
    private long _facts;
    private long _errors;
    private long _bytes;
    private long _skippedBytes;
    private long? _totalBytes;
    private int _lineLength;
    private bool _stopped;

    /// <param name="terminal">stderr when it is a terminal; null for no live line.</param>
    public BatchProgress(TextWriter? terminal)
    {
        _terminal = terminal;
        if (terminal is not null)
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public long Documents => Interlocked.Read(ref _documents);
    public long Facts => Interlocked.Read(ref _facts);
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>The size of all inputs of this shard, when known: turns on the ETA.</summary>
    public long? TotalBytes
    {
        get { lock (_gate) return _totalBytes; }
        set { lock (_gate) _totalBytes = value; }
    }

    public void Skipped(BatchItem item) => Interlocked.Add(ref _skippedBytes, item.Bytes);

    public void Written(BatchResult result)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _facts, result.FactCount);
        Interlocked.Add(ref _bytes, result.Item.Bytes);
        if (result.Error is not null)
            Interlocked.Increment(ref _errors);
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    private void Draw()
    {
        lock (_gate)
        {
            if (_terminal is null || _stopped)
                return;
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            long bytes = Interlocked.Read(ref _bytes);
            string eta = "–";
            if (_totalBytes is long total && bytes > 0)
            {
                double remaining = Math.Max(0, total - bytes - Interlocked.Read(ref _skippedBytes)) / (bytes / seconds);
                eta = TimeSpan.FromSeconds(Math.Round(remaining)).ToString(remaining >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{Documents:N0} documents  {Documents / seconds:N1}/s  {Facts:N0} facts  {Errors:N0} errors  ETA {eta}");
            _terminal.Write("\r" + line.PadRight(_lineLength));
            _terminal.Flush();
            _lineLength = line.Length;
        }
    }

    /// <summary>Stops the live line and clears it.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_terminal is not null && _lineLength > 0)
            {
                _terminal.Write("\r" + new string(' ', _lineLength) + "\r");
                _terminal.Flush();
            }
            _lineLength = 0;
            _stopped = true;
        }
    }
}
