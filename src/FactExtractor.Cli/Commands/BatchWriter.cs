using System.Diagnostics;
using System.Text;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Writes the records of <c>factx batch</c> in one output format. <see cref="Encoder"/> runs on
/// the workers (so serialization is parallel too); <see cref="Write"/> runs on one thread, in
/// input order. Records are buffered and handed to the operating system whole, a chunk at a
/// time (<see cref="Flush"/>), so a killed run leaves whole records behind.
/// </summary>
internal abstract class BatchWriter : IDisposable
{
    private const int FlushBytes = 1 << 20;
    private static readonly TimeSpan s_flushInterval = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    /// <summary>Documents in the output, counting those written before a resume.</summary>
    public long Documents { get; protected set; }

    /// <summary>Error records in the output, counting those written before a resume.</summary>
    public long Errors { get; protected set; }

    /// <summary>Also flush after every this many documents (tests make checkpoints this way).</summary>
    public int? FlushEveryDocuments { get; set; }

    /// <summary>Id of the last document written.</summary>
    public string? LastId { get; protected set; }

    /// <summary>Makes the output bytes of a result in <paramref name="format"/> (thread-safe: runs on the workers, also in worker processes).</summary>
    public static Action<BatchResult> Encoder(BatchFormat format) => format switch
    {
        BatchFormat.Csv => CsvBatchWriter.Encode,
        BatchFormat.Parquet => ParquetBatchWriter.Encode,
        _ => JsonlBatchWriter.Encode,
    };

    /// <summary>Writes the next document, in input order, flushing every megabyte or second.</summary>
    public void Write(BatchResult result)
    {
        Append(result);
        Documents++;
        if (result.Error is not null)
            Errors++;
        LastId = result.Item.Id;
        if (PendingBytes >= FlushBytes || _sinceFlush.Elapsed >= s_flushInterval || Documents % FlushEveryDocuments == 0)
            Flush();
    }

    /// <summary>Hands all whole records written so far to the operating system (and records a checkpoint).</summary>
    public void Flush()
    {
        FlushCore();
        _sinceFlush.Restart();
    }

    /// <summary>Finishes the output after the last document.</summary>
    public abstract void Complete();

    public virtual void Dispose()
    {
    }

    protected abstract void Append(BatchResult result);

    protected abstract long PendingBytes { get; }

    protected abstract void FlushCore();
}

/// <summary>
/// A file written in whole chunks: records collect in memory and go to the file in one write
/// call each, so the file never ends inside a record unless the write itself is cut short.
/// </summary>
internal sealed class RecordFile : IDisposable
{
    private readonly Stream _stream;
    private readonly MemoryStream _pending = new();

    private RecordFile(Stream stream, long length)
    {
        _stream = stream;
        Length = length;
    }

    /// <summary>Bytes handed to the file so far.</summary>
    public long Length { get; private set; }

    public long PendingBytes => _pending.Length;

    /// <summary>Creates (or empties) <paramref name="path"/>.</summary>
    public static RecordFile Create(string path) => Open(path, 0);

    /// <summary>Opens <paramref name="path"/> to continue after its first <paramref name="length"/> bytes (the rest is cut off).</summary>
    public static RecordFile Open(string path, long length)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        // Only when it changes anything: a device (/dev/null, /dev/full) cannot be truncated.
        if (stream.Length != length)
            stream.SetLength(length);
        stream.Position = length;
        return new RecordFile(stream, length);
    }

    /// <summary>Writes to a stream that is not a file (stdout).</summary>
    public static RecordFile Over(Stream stream) => new(stream, 0);

    public void Add(ReadOnlySpan<byte> bytes) => _pending.Write(bytes);

    public void Flush()
    {
        if (_pending.Length == 0)
            return;
        _stream.Write(_pending.GetBuffer(), 0, (int)_pending.Length);
        _stream.Flush();
        Length += _pending.Length;
        _pending.SetLength(0);
        if (_pending.Capacity > 4 << 20)
            _pending.Capacity = 0; // a large record passed; do not keep its buffer
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>Standard output as a stream of UTF-8 bytes.</summary>
internal static class StandardOutput
{
    /// <summary>The process's standard output when <paramref name="stdout"/> is <see cref="Console.Out"/>; else a stream into <paramref name="stdout"/> (tests).</summary>
    public static Stream Open(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(stdout);
}

/// <summary>A write-only stream that passes UTF-8 to a <see cref="TextWriter"/> (stdout given as text, in tests).</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    // A character may be split between two writes: the decoder keeps the first part for the next.
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
        int n = _decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, n);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
