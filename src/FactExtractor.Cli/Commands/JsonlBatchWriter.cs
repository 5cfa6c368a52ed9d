using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>--format jsonl</c>: one SPEC section 4 document per line, written by the same serializer as
/// <c>factx extract --compact</c>; a failed document is the line
/// <c>{"document":{"id":…},"error":{"code":…,"message":…}}</c>.
/// </summary>
internal sealed class JsonlBatchWriter(RecordFile file) : BatchWriter
{
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Continues an output that already holds <paramref name="state"/>'s documents.</summary>
    public JsonlBatchWriter(RecordFile file, BatchResumeState state)
        : this(file)
    {
        Documents = state.Documents;
        Errors = state.Errors;
        LastId = state.LastId;
    }

    // One buffer per worker thread, kept between documents: a growing stream per document
    // allocated twice the bytes of the record it made.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    private const int MaxKeptBuffer = 4 << 20;

    /// <summary>Makes the line of <paramref name="result"/> (on a worker).</summary>
    public static void Encode(BatchResult result)
    {
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        if (result.Document is not null)
            FactJson.Serialize(buffer, result.Document, indented: false);
        else
            WriteError(buffer, result.Item.Id, result.Error!);
        buffer.WriteByte((byte)'\n');
        // The record waits for its turn in a pooled array (given back once written): a new array per
        // document was a quarter of all the batch allocated, and the larger ones went to the large object heap.
        int length = (int)buffer.Length;
        result.Payload = ArrayPool<byte>.Shared.Rent(length);
        result.PayloadLength = length;
        buffer.GetBuffer().AsSpan(0, length).CopyTo(result.Payload);
        // A very large document's buffer is not kept for the small ones after it.
        if (buffer.Capacity > MaxKeptBuffer)
            t_buffer = null;
    }

    /// <summary>The error record of a document, without the line end.</summary>
    internal static void WriteError(Stream utf8, string id, BatchError error)
    {
        using var json = new Utf8JsonWriter(utf8, s_json);
        json.WriteStartObject();
        json.WriteStartObject("document");
        json.WriteString("id", id);
        json.WriteEndObject();
        json.WriteStartObject("error");
        json.WriteString("code", error.Code);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public override void Complete() => Flush();

    public override void Dispose() => file.Dispose();

    protected override void Append(BatchResult result)
    {
        file.Add(result.Payload.AsSpan(0, result.PayloadLength));
        ArrayPool<byte>.Shared.Return(result.Payload!);
        result.Payload = null;
    }

    protected override long PendingBytes => file.PendingBytes;

    protected override void FlushCore() => file.Flush();
}
