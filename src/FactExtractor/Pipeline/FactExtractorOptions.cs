namespace FactExtractor;

/// <summary>Build-time options of a <see cref="FactPipeline"/>.</summary>
public sealed record FactExtractorOptions
{
    /// <summary>Default options.</summary>
    public static FactExtractorOptions Default { get; } = new();

    /// <summary>
    /// Longest document accepted, in UTF-16 code units (default 10 million); longer input is
    /// rejected with <see cref="DocumentTooLargeException"/>.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 10_000_000;

    /// <summary>
    /// How facts get their confidence (default <see cref="ScoringMode.Model"/>: the learned scorer's
    /// calibrated probability; <see cref="ScoringMode.Rules"/>: 0.9 for every fact).
    /// </summary>
    public ScoringMode Scoring { get; init; } = ScoringMode.Model;

    /// <summary>Facts whose confidence is below this are dropped (default 0: keep all).</summary>
    public double MinConfidence { get; init; }
}
