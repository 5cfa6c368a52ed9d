using System.Buffers;
using System.Globalization;
using System.Text;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>--format csv</c>: one row per fact (<see cref="FactRow.Columns"/>), RFC 4180 (comma, CRLF,
/// a field with a comma, quote or line break in double quotes, quotes doubled), UTF-8 without a
/// byte order mark, a header row first. Failed documents go to an errors file beside it
/// (<see cref="FactRow.ErrorColumns"/>). A document without facts has no row, so progress is
/// kept in a checkpoint file beside the output, which <c>--resume</c> reads and a finished
/// run deletes.
/// </summary>
internal sealed class CsvBatchWriter : BatchWriter
{
    private readonly RecordFile _facts;
    private readonly RecordFile _errors;
    private readonly BatchCheckpoint _checkpoint;

    private CsvBatchWriter(RecordFile facts, RecordFile errors, BatchCheckpoint checkpoint)
    {
        _facts = facts;
        _errors = errors;
        _checkpoint = checkpoint;
        Documents = checkpoint.Documents;
        Errors = checkpoint.Errors;
        LastId = checkpoint.LastId;
    }

    /// <summary>Starts or continues (after <paramref name="checkpoint"/>) the CSV output.</summary>
    public static CsvBatchWriter Open(BatchPaths paths, BatchCheckpoint checkpoint)
    {
        checkpoint.Save(); // first, so that a run killed at any moment leaves one
        var facts = RecordFile.Open(paths.Output, checkpoint.OutputBytes);
        var errors = RecordFile.Open(paths.Errors!, checkpoint.ErrorBytes);
        if (facts.Length == 0)
            facts.Add(Encoding.UTF8.GetBytes(Row(FactRow.Columns)));
        if (errors.Length == 0)
            errors.Add(Encoding.UTF8.GetBytes(Row(FactRow.ErrorColumns)));
        var writer = new CsvBatchWriter(facts, errors, checkpoint);
        writer.Flush();
        return writer;
    }

    /// <summary>Makes the rows of <paramref name="result"/> (on a worker).</summary>
    public static void Encode(BatchResult result)
    {
        if (result.Error is not null)
        {
            result.ErrorPayload = Encoding.UTF8.GetBytes(Row([result.Item.Id, result.Error.Code, result.Error.Message]));
            return;
        }
        var rows = FactRow.From(result.Document!, result.Item.Id, result.Text!);
        var csv = new StringBuilder();
        foreach (var r in rows)
        {
            AppendRow(csv,
            [
                r.DocumentId, r.FactId, r.Subject, Number(r.Year), Number(r.BaseYear), r.Kind, r.Modality,
                Number(r.Value), Number(r.Scale), r.Unit, Number(r.NormalizedValue), r.NormalizedUnit, r.Bound,
                r.Text, Number(r.Start), Number(r.End), r.Sentence, Number(r.Confidence),
            ]);
        }
        // Pooled like the JSON Lines records; given back once written.
        var text = csv.ToString();
        result.Payload = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        result.PayloadLength = Encoding.UTF8.GetBytes(text, result.Payload);
    }

    public override void Complete()
    {
        Flush();
        _checkpoint.Delete();
    }

    public override void Dispose()
    {
        _facts.Dispose();
        _errors.Dispose();
    }

    protected override void Append(BatchResult result)
    {
        if (result.Payload is not null)
        {
            _facts.Add(result.Payload.AsSpan(0, result.PayloadLength));
            ArrayPool<byte>.Shared.Return(result.Payload);
            result.Payload = null;
        }
        if (result.ErrorPayload is not null)
            _errors.Add(result.ErrorPayload);
    }

    protected override long PendingBytes => _facts.PendingBytes + _errors.PendingBytes;

    protected override void FlushCore()
    {
        _facts.Flush();
        _errors.Flush();
        _checkpoint.Documents = Documents;
        _checkpoint.Errors = Errors;
        _checkpoint.LastId = LastId;
        _checkpoint.OutputBytes = _facts.Length;
        _checkpoint.ErrorBytes = _errors.Length;
        _checkpoint.Save();
    }

    /// <summary>One CSV record with its CRLF.</summary>
    internal static string Row(IReadOnlyList<string?> fields)
    {
        var sb = new StringBuilder();
        AppendRow(sb, fields);
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                sb.Append(',');
            var field = fields[i];
            if (field is null)
                continue; // null and empty are both an empty field
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                sb.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                sb.Append(field);
        }
        sb.Append("\r\n");
    }

    // The JSON's number forms: decimals keep their written scale, doubles round-trip.
    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string Number(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
