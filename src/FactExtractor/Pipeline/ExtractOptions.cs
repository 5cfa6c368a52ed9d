namespace FactExtractor;

/// <summary>Per-call options of <see cref="FactPipeline.Extract(string, ExtractOptions)"/>.</summary>
public readonly record struct ExtractOptions
{
    /// <summary>
    /// Publication date of the text. Relative words (今年, 去年, 目前) resolve against it; without
    /// it they give no year.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Identifier written to <c>document.id</c>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// Cancels a long extraction with an <see cref="OperationCanceledException"/>; checked between
    /// sentences and periodically inside a long one.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
