namespace FactExtractor.Cli.Commands;

/// <summary>
/// One input document of <c>factx batch</c>, in input order. A file is read by the worker that
/// processes it; a JSON Lines record arrives already parsed (or already failed).
/// </summary>
internal sealed class BatchItem
{
    private BatchItem(string id, long bytes)
    {
        Id = id;
        Bytes = bytes;
    }

    /// <summary>The document id written to the output (stable: see the README's Batch section).</summary>
    public string Id { get; }

    /// <summary>Size of the input in bytes, for progress.</summary>
    public long Bytes { get; }

    /// <summary>The file to read, for a file input.</summary>
    public string? Path { get; private init; }

    /// <summary>The text, for a JSON Lines record.</summary>
    public string? Text { get; private init; }

    /// <summary>The record's own reference date (JSON Lines), overriding <c>--reference-date</c>.</summary>
    public DateOnly? ReferenceDate { get; private init; }

    /// <summary>Set when the input failed before extraction (bad JSON, too long a line, missing file).</summary>
    public BatchError? Error { get; private init; }

    public static BatchItem FromFile(string id, string path, long bytes) => new(id, bytes) { Path = path };

    public static BatchItem FromText(string id, string text, DateOnly? referenceDate, long bytes) =>
        new(id, bytes) { Text = text, ReferenceDate = referenceDate };

    public static BatchItem Failed(string id, BatchError error, long bytes) => new(id, bytes) { Error = error };
}

/// <summary>Why a document has no facts record: the <c>error</c> object of an error record.</summary>
/// <param name="Code">One of the <see cref="BatchErrorCodes"/>.</param>
/// <param name="Message">One line for people.</param>
internal sealed record BatchError(string Code, string Message);

/// <summary>The error codes of error records (camelCase, like every other JSON name).</summary>
internal static class BatchErrorCodes
{
    /// <summary>Missing, not permitted, or an I/O error.</summary>
    public const string Unreadable = "unreadable";
    /// <summary>NUL bytes: not text.</summary>
    public const string Binary = "binary";
    /// <summary>Not UTF-8.</summary>
    public const string InvalidUtf8 = "invalidUtf8";
    /// <summary>Larger than <c>--max-bytes</c> (or the pipeline's length limit).</summary>
    public const string TooLarge = "tooLarge";
    /// <summary>No text, or only white space.</summary>
    public const string Empty = "empty";
    /// <summary>A JSON Lines line that is not a JSON object.</summary>
    public const string InvalidJson = "invalidJson";
    /// <summary>A JSON object without a string <c>text</c>, or with a bad <c>id</c> or <c>referenceDate</c>.</summary>
    public const string InvalidRecord = "invalidRecord";
    /// <summary>The extractor failed on the text (a bug: please report it with the document).</summary>
    public const string ExtractionFailed = "extractionFailed";
}

/// <summary>What a worker made of a <see cref="BatchItem"/>: facts or an error, and its encoded output.</summary>
internal sealed class BatchResult(BatchItem item)
{
    public BatchItem Item { get; } = item;

    /// <summary>The facts; null when <see cref="Error"/> is set.</summary>
    public FactDocument? Document { get; set; }

    /// <summary>Why there are no facts.</summary>
    public BatchError? Error { get; set; }

    /// <summary>The original text (kept until the writer has encoded what it needs of it).</summary>
    public string? Text { get; set; }

    /// <summary>The record as the output format writes it (UTF-8), made on the worker thread.</summary>
    public byte[]? Payload { get; set; }

    /// <summary>The bytes of <see cref="Payload"/> that are the record (all of them unless the array is pooled).</summary>
    public int PayloadLength { get; set; }

    /// <summary>The error row, for formats that write errors to a file of their own.</summary>
    public byte[]? ErrorPayload { get; set; }

    /// <summary>Rows for a columnar format, made on the worker thread.</summary>
    public FactRow[]? Rows { get; set; }

    public int FactCount => Document?.Facts.Count ?? 0;
}
