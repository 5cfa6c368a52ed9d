using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// Reads JSON Lines documents (<c>{"id": "…", "text": "…", "referenceDate": "2022-09-30"}</c> per
/// line) from a stream, one line at a time: a line is never held beyond <c>--max-bytes</c>, so
/// memory stays flat however large the file. A bad line becomes a failed item, never an exception.
/// </summary>
internal static class JsonLinesInput
{
    private const int PrefixBytes = 64 * 1024; // kept of an over-long line, to find its id

    /// <summary>The documents of <paramref name="stream"/>; <paramref name="source"/> names it in fallback ids (<c>stdin#12</c>).</summary>
    public static IEnumerable<BatchItem> Read(Stream stream, string source, long maxBytes)
    {
        foreach (var line in Lines(stream, maxBytes))
            yield return ToItem(line, source, maxBytes);
    }

    /// <summary>One physical line: its bytes (without the line end), or only a prefix when it was too long.</summary>
    internal readonly record struct RawLine(long Number, byte[]? Bytes, byte[] Prefix, long Length);

    /// <summary>Splits <paramref name="stream"/> at <c>\n</c> (a <c>\r</c> before it is dropped); blank lines are skipped.</summary>
    internal static IEnumerable<RawLine> Lines(Stream stream, long maxBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        long length = 0;
        long number = 0;
        bool overflow = false;
        byte[] prefix = [];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int pos = 0;
            while (pos < read)
            {
                int nl = Array.IndexOf(buffer, (byte)'\n', pos, read - pos);
                int end = nl < 0 ? read : nl;
                Append(buffer, pos, end - pos);
                pos = end + 1;
                if (nl < 0)
                    break;
                number++;
                if (TryTake(out var raw))
                    yield return raw;
            }
        }
        if (length > 0)
        {
            number++;
            if (TryTake(out var raw))
                yield return raw;
        }

        void Append(byte[] bytes, int offset, int count)
        {
            length += count;
            if (!overflow && length > maxBytes + 1) // + 1: room for a \r before the \n
            {
                overflow = true;
                line.Write(bytes, offset, count);
                prefix = line.GetBuffer().AsSpan(0, (int)Math.Min(line.Length, PrefixBytes)).ToArray();
                line.SetLength(0);
                line.Capacity = 0; // let the long line go
            }
            else if (!overflow)
            {
                line.Write(bytes, offset, count);
            }
        }

        bool TryTake(out RawLine raw)
        {
            raw = default;
            var span = line.GetBuffer().AsSpan(0, (int)line.Length);
            long len = length;
            if (!overflow && span.Length > 0 && span[^1] == (byte)'\r')
            {
                span = span[..^1];
                len--;
            }
            bool blank = !overflow && span.Trim(" \t\r"u8).IsEmpty;
            if (!blank)
                raw = overflow ? new RawLine(number, null, prefix, len) : new RawLine(number, span.ToArray(), [], len);
            line.SetLength(0);
            length = 0;
            overflow = false;
            prefix = [];
            return !blank;
        }
    }

    internal static BatchItem ToItem(RawLine line, string source, long maxBytes)
    {
        var fallbackId = $"{source}#{line.Number.ToString(CultureInfo.InvariantCulture)}";
        if (line.Bytes is null)
        {
            return BatchItem.Failed(
                IdFromPrefix(line.Prefix) ?? fallbackId,
                new BatchError(BatchErrorCodes.TooLarge, $"line {line.Number} has {line.Length} bytes; the limit is {maxBytes} (--max-bytes)"),
                line.Length);
        }
        var bytes = line.Bytes;
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            return BatchItem.Failed(fallbackId, new BatchError(BatchErrorCodes.Binary, $"line {line.Number}: binary content (NUL bytes), not text"), line.Length);
        long bad = InputFile.FirstInvalidUtf8(bytes);
        if (bad >= 0)
            return BatchItem.Failed(fallbackId, new BatchError(BatchErrorCodes.InvalidUtf8, $"line {line.Number}: not valid UTF-8 (byte {bad} of the line)"), line.Length);

        string? id = null;
        string? text = null;
        DateOnly? referenceDate = null;
        string? problem = null;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return BatchItem.Failed(fallbackId, new BatchError(BatchErrorCodes.InvalidJson, $"line {line.Number}: not a JSON object"), line.Length);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        JsonTokenType.Null => null,
                        _ => Problem(ref problem, "\"id\" is neither a string nor a number", ref reader),
                    };
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    text = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => Problem(ref problem, "\"text\" is not a string", ref reader),
                    };
                }
                else if (reader.ValueTextEquals("referenceDate"u8))
                {
                    reader.Read();
                    referenceDate = null;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var s = reader.GetString()!;
                        if (s.Length > 0)
                        {
                            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                                referenceDate = d;
                            else
                                problem ??= $"\"referenceDate\" '{s}' is not a date YYYY-MM-DD";
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        Problem(ref problem, "\"referenceDate\" is not a string", ref reader);
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.Read())
                return BatchItem.Failed(fallbackId, new BatchError(BatchErrorCodes.InvalidJson, $"line {line.Number}: more than one JSON value"), line.Length);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return BatchItem.Failed(id is { Length: > 0 } ? id : fallbackId, new BatchError(BatchErrorCodes.InvalidJson, $"line {line.Number}: {OneLine(e.Message)}"), line.Length);
        }

        if (string.IsNullOrEmpty(id))
            id = fallbackId;
        if (problem is null && text is null)
            problem = "no \"text\" string";
        if (problem is not null)
            return BatchItem.Failed(id, new BatchError(BatchErrorCodes.InvalidRecord, $"line {line.Number}: {problem}"), line.Length);
        if (text!.Contains('\0', StringComparison.Ordinal))
            return BatchItem.Failed(id, new BatchError(BatchErrorCodes.Binary, $"line {line.Number}: binary content (NUL characters), not text"), line.Length);
        return BatchItem.FromText(id, text, referenceDate, line.Length);
    }

    private static string? Problem(ref string? problem, string message, ref Utf8JsonReader reader)
    {
        problem ??= message;
        reader.Skip();
        return null;
    }

    /// <summary>The <c>id</c> of a record whose line was too long to keep, if it comes early enough.</summary>
    internal static string? IdFromPrefix(byte[] prefix)
    {
        try
        {
            var reader = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8))
                {
                    if (!reader.Read())
                        return null;
                    var id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                    return string.IsNullOrEmpty(id) ? null : id;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }
        return null;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}

/// <summary>A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/> (stdin given as text, in tests).</summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 3 + 8];
    private int _start;
    private int _end;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_start == _end)
        {
            // A chunk may end inside a surrogate pair: the encoder keeps its half for the next one.
            int chars = reader.Read(_chars, 0, _chars.Length);
            _start = 0;
            _end = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: chars == 0);
            if (chars == 0 && _end == 0)
                return 0;
        }
        int n = Math.Min(count, _end - _start);
        Array.Copy(_bytes, _start, buffer, offset, n);
        _start += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
