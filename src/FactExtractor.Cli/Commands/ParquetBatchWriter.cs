using Parquet;
using Parquet.Schema;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>--format parquet</c> (Parquet.Net): the CSV's columns with their own types: strings as
/// UTF-8 strings, year/baseYear/start/end as INT32 (years nullable), value and scale as
/// DECIMAL(38,9), normalizedValue and confidence as DOUBLE. Row groups of about 100,000 rows,
/// Snappy compression. Failed documents go to an errors file beside it. A Parquet file is only
/// readable once its footer is written, so both files are written under a temporary name and
/// renamed when the run finishes: a killed run leaves no half-written Parquet file, and
/// <c>--resume</c> starts a Parquet output over.
/// </summary>
internal sealed class ParquetBatchWriter : BatchWriter
{
    private const int RowGroupRows = 100_000;

    // DECIMAL(38,9): 29 digits before the point hold any System.Decimal's integer part.
    internal const int DecimalPrecision = 38;
    internal const int DecimalScale = 9;

    private static readonly DataField<string> s_documentId = new("documentId", nullable: false);
    private static readonly DataField<string> s_factId = new("factId", nullable: false);
    private static readonly DataField<string> s_subject = new("subject", nullable: true);
    private static readonly DataField<int?> s_year = new("year", nullable: true);
    private static readonly DataField<int?> s_baseYear = new("baseYear", nullable: true);
    private static readonly DataField<string> s_kind = new("kind", nullable: false);
    private static readonly DataField<string> s_modality = new("modality", nullable: false);
    private static readonly DecimalDataField s_value = new("value", DecimalPrecision, DecimalScale, isNullable: false);
    private static readonly DecimalDataField s_scale = new("scale", DecimalPrecision, DecimalScale, isNullable: false);
    private static readonly DataField<string> s_unit = new("unit", nullable: false);
    private static readonly DataField<double> s_normalizedValue = new("normalizedValue", nullable: false);
    private static readonly DataField<string> s_normalizedUnit = new("normalizedUnit", nullable: false);
    private static readonly DataField<string> s_bound = new("bound", nullable: false);
    private static readonly DataField<string> s_text = new("text", nullable: false);
    private static readonly DataField<int> s_start = new("start", nullable: false);
    private static readonly DataField<int> s_end = new("end", nullable: false);
    private static readonly DataField<string> s_sentence = new("sentence", nullable: false);
    private static readonly DataField<double> s_confidence = new("confidence", nullable: false);

    private static readonly DataField<string> s_errorDocumentId = new("documentId", nullable: false);
    private static readonly DataField<string> s_errorCode = new("code", nullable: false);
    private static readonly DataField<string> s_errorMessage = new("message", nullable: false);

    internal static readonly ParquetSchema FactsSchema = new(
        s_documentId, s_factId, s_subject, s_year, s_baseYear, s_kind, s_modality, s_value, s_scale, s_unit,
        s_normalizedValue, s_normalizedUnit, s_bound, s_text, s_start, s_end, s_sentence, s_confidence);

    internal static readonly ParquetSchema ErrorsSchema = new(s_errorDocumentId, s_errorCode, s_errorMessage);

    private readonly BatchPaths _paths;
    private readonly FileStream _factsStream;
    private readonly FileStream _errorsStream;
    private readonly ParquetWriter _facts;
    private readonly ParquetWriter _errors;
    private readonly List<FactRow> _rows = [];
    private readonly List<(string Id, BatchError Error)> _errorRows = [];
    private bool _completed;

    private ParquetBatchWriter(BatchPaths paths, FileStream factsStream, FileStream errorsStream, ParquetWriter facts, ParquetWriter errors)
    {
        _paths = paths;
        _factsStream = factsStream;
        _errorsStream = errorsStream;
        _facts = facts;
        _errors = errors;
    }

    public static ParquetBatchWriter Create(BatchPaths paths)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var factsStream = new FileStream(Partial(paths.Output), FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        var errorsStream = new FileStream(Partial(paths.Errors!), FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        var facts = ParquetWriter.CreateAsync(FactsSchema, factsStream, options).GetAwaiter().GetResult();
        var errors = ParquetWriter.CreateAsync(ErrorsSchema, errorsStream, options).GetAwaiter().GetResult();
        return new ParquetBatchWriter(paths, factsStream, errorsStream, facts, errors);
    }

    private static string Partial(string path) => path + ".partial";

    /// <summary>Makes the rows of <paramref name="result"/> (on a worker).</summary>
    public static void Encode(BatchResult result)
    {
        if (result.Document is not null)
            result.Rows = FactRow.From(result.Document, result.Item.Id, result.Text!);
    }

    public override void Complete()
    {
        WriteFacts();
        WriteErrors();
        _facts.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _errors.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _factsStream.Dispose();
        _errorsStream.Dispose();
        OutputFile.Replace(Partial(_paths.Errors!), _paths.Errors!);
        OutputFile.Replace(Partial(_paths.Output), _paths.Output);
        _completed = true;
    }

    public override void Dispose()
    {
        if (_completed)
            return;
        _factsStream.Dispose();
        _errorsStream.Dispose();
        File.Delete(Partial(_paths.Output));
        File.Delete(Partial(_paths.Errors!));
    }

    protected override void Append(BatchResult result)
    {
        if (result.Rows is not null)
            _rows.AddRange(result.Rows);
        if (result.Error is not null)
            _errorRows.Add((result.Item.Id, result.Error));
        if (_rows.Count >= RowGroupRows)
            WriteFacts();
        if (_errorRows.Count >= RowGroupRows)
            WriteErrors();
    }

    // Row groups are cut by row count only, so the file does not depend on timing.
    protected override long PendingBytes => 0;

    protected override void FlushCore()
    {
    }

    private void WriteFacts()
    {
        if (_rows.Count == 0)
            return;
        var rows = _rows;
        using (var group = _facts.CreateRowGroup())
        {
            Strings(group, s_documentId, rows, r => r.DocumentId);
            Strings(group, s_factId, rows, r => r.FactId);
            Strings(group, s_subject, rows, r => r.Subject);
            Nullable(group, s_year, rows, r => r.Year);
            Nullable(group, s_baseYear, rows, r => r.BaseYear);
            Strings(group, s_kind, rows, r => r.Kind);
            Strings(group, s_modality, rows, r => r.Modality);
            Values(group, s_value, rows, r => Math.Round(r.Value, DecimalScale));
            Values(group, s_scale, rows, r => Math.Round(r.Scale, DecimalScale));
            Strings(group, s_unit, rows, r => r.Unit);
            Values(group, s_normalizedValue, rows, r => r.NormalizedValue);
            Strings(group, s_normalizedUnit, rows, r => r.NormalizedUnit);
            Strings(group, s_bound, rows, r => r.Bound);
            Strings(group, s_text, rows, r => r.Text);
            Values(group, s_start, rows, r => r.Start);
            Values(group, s_end, rows, r => r.End);
            Strings(group, s_sentence, rows, r => r.Sentence);
            Values(group, s_confidence, rows, r => r.Confidence);
            group.CompleteValidate();
        }
        _rows.Clear();
    }

    private void WriteErrors()
    {
        if (_errorRows.Count == 0)
            return;
        using (var group = _errors.CreateRowGroup())
        {
            Strings(group, s_errorDocumentId, _errorRows, e => e.Id);
            Strings(group, s_errorCode, _errorRows, e => e.Error.Code);
            Strings(group, s_errorMessage, _errorRows, e => e.Error.Message);
            group.CompleteValidate();
        }
        _errorRows.Clear();
    }

    private static void Strings<TRow>(ParquetRowGroupWriter group, DataField field, List<TRow> rows, Func<TRow, string?> get) =>
        group.WriteAsync(field, rows.Select(get).ToArray()).GetAwaiter().GetResult();

    private static void Values<T>(ParquetRowGroupWriter group, DataField field, List<FactRow> rows, Func<FactRow, T> get)
        where T : struct =>
        group.WriteAsync<T>(field, rows.Select(get).ToArray().AsMemory()).GetAwaiter().GetResult();

    private static void Nullable<T>(ParquetRowGroupWriter group, DataField field, List<FactRow> rows, Func<FactRow, T?> get)
        where T : struct =>
        group.WriteAsync<T>(field, rows.Select(get).ToArray().AsMemory()).GetAwaiter().GetResult();
}
