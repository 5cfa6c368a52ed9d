namespace FactExtractor.Normalization;

/// <summary>
/// Text after normalization, with a map from each of its characters back to the caller's
/// original string, so that every span the pipeline finds can cite the original.
/// </summary>
internal sealed class NormalizedText
{
    // Null when no character was dropped: each offset is its own original offset.
    private readonly int[]? _toOriginal;

    /// <param name="original">The caller's text.</param>
    /// <param name="text">The normalized text.</param>
    /// <param name="toOriginal">The original offset of each character of <paramref name="text"/>; null when they are equal (nothing dropped).</param>
    public NormalizedText(string original, string text, int[]? toOriginal)
    {
        Original = original;
        Text = text;
        _toOriginal = toOriginal;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>Original offset of the normalized character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index) =>
        _toOriginal is null ? Math.Min(index, Original.Length)
        : index < _toOriginal.Length ? _toOriginal[index] : Original.Length;

    /// <summary>Maps a normalized span <c>[start, end)</c> to the original string.</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        end <= start ? (ToOriginal(start), ToOriginal(start)) : (ToOriginal(start), ToOriginal(end - 1) + 1);

    /// <summary>The original text of a normalized span.</summary>
    public string OriginalSlice(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return Original[s..e];
    }
}
