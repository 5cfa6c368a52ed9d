namespace FactExtractor.Normalization;

/// <summary>
/// Text after normalization, with a map from each of its characters back to the caller's
/// original string, so that every span the pipeline finds can cite the original.
/// </summary>
internal sealed class NormalizedText
{
    // Pairs (index in Text, characters dropped before it), in order: from that index on, the
    // original offset is the index plus the count. One pair per run of dropped characters, not
    // one number per character. Null when nothing was dropped before a kept character.
    private readonly int[]? _shifts;

    /// <param name="original">The caller's text.</param>
    /// <param name="text">The normalized text.</param>
    /// <param name="shifts">(index in <paramref name="text"/>, characters dropped before it) pairs where that count changes; null when it is 0 throughout.</param>
    public NormalizedText(string original, string text, int[]? shifts)
    {
        Original = original;
        Text = text;
        _shifts = shifts;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>Original offset of the normalized character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index)
    {
        if (index >= Text.Length)
            return Original.Length;
        if (_shifts is null)
            return index;
        // The last pair that starts at or before index.
        int lo = 0, hi = _shifts.Length / 2 - 1, shift = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_shifts[2 * mid] <= index)
            {
                shift = _shifts[2 * mid + 1];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return index + shift;
    }

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
