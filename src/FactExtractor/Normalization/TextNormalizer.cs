using System.Text;

namespace FactExtractor.Normalization;

/// <summary>
/// Normalizes news text for the later stages while keeping an offset map:
/// full-width digits, letters and number signs become ASCII, ideographic spaces become spaces,
/// a layout line break inside a sentence is removed, and stray spaces inside numbers
/// (<c>9 .5%</c>) are dropped. Every kept character maps to exactly one original character.
/// </summary>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var sb = new StringBuilder(original.Length);
        // Where the kept characters' offsets start to differ from the original ones, and by how much:
        // (kept index, characters dropped before it) pairs, one per run of drops. Null while none.
        List<int>? shifts = null;
        int dropped = 0;
        int kept = 0;
        bool folded = false;
        // Every space of a run has the same neighbours, so the run is judged once (a megabyte of
        // spaces would otherwise be rescanned for each of its spaces).
        int runEnd = -1;
        bool dropRun = false;
        for (int i = 0; i < original.Length; i++)
        {
            char c = Fold(original[i]);
            bool drop = (c == '\r' && i + 1 < original.Length && original[i + 1] == '\n')
                || (c == '\n' && IsLayoutBreak(original, i));
            if (!drop && c == ' ')
            {
                if (i >= runEnd)
                {
                    runEnd = i + 1;
                    while (runEnd < original.Length && Fold(original[runEnd]) == ' ')
                        runEnd++;
                    dropRun = IsSpaceInsideNumber(original, i - 1, runEnd);
                }
                drop = dropRun;
            }
            if (drop)
            {
                dropped++;
                continue;
            }
            folded |= c != original[i];
            sb.Append(c);
            if (dropped > 0 && (shifts is null || shifts[^1] != dropped))
            {
                shifts ??= [];
                shifts.Add(kept);
                shifts.Add(dropped);
            }
            kept++;
        }
        if (shifts is null)
        {
            // Nothing dropped before a kept character (most texts): offsets are the same, and with
            // nothing folded so is the text.
            return new NormalizedText(original, folded || kept < original.Length ? sb.ToString() : original, null);
        }
        return new NormalizedText(original, sb.ToString(), [.. shifts]);
    }

    /// <summary>Full-width ASCII forms (digits, letters, ％ ． ＋ － ／ ～ ＜ ＞) to ASCII; U+3000 to a space.</summary>
    internal static char Fold(char c)
    {
        if (c == '\u3000')
            return ' ';
        if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ'
            or '％' or '．' or '＋' or '－' or '／' or '～' or '＜' or '＞' or '＝')
            return (char)(c - 0xFEE0);
        return c;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsDigit(char c) => Fold(c) is >= '0' and <= '9';

    /// <summary>
    /// A line break left by page layout: between two CJK characters (or a digit and a CJK
    /// character), on a line that reads as prose (it already holds a comma or a sentence end)
    /// and does not itself end a sentence. Headlines, which carry no such punctuation, stay lines.
    /// </summary>
    private static bool IsLayoutBreak(string s, int i)
    {
        int p = i - 1;
        if (p >= 0 && s[p] == '\r')
            p--;
        if (p < 0 || i + 1 >= s.Length)
            return false;
        char before = s[p], after = s[i + 1];
        if (!(IsCjk(before) || IsDigit(before)) || !(IsCjk(after) || IsDigit(after)))
            return false;
        int lineStart = p == 0 ? 0 : s.LastIndexOf('\n', p) + 1;
        var line = s.AsSpan(lineStart, p + 1 - lineStart);
        return line.IndexOfAny("，；,。！？") >= 0 && line.IndexOf('\t') < 0;
    }

    /// <summary>A space between a digit and a decimal point or a percent sign: <c>9 .5%</c>, <c>2. 6</c>, <c>3 %</c>.</summary>
    /// <param name="s">The original text.</param>
    /// <param name="a">The character before the run of spaces (-1 at the start).</param>
    /// <param name="b">The character after the run (the length at the end).</param>
    private static bool IsSpaceInsideNumber(string s, int a, int b)
    {
        if (a < 0 || b >= s.Length)
            return false;
        char before = Fold(s[a]), after = Fold(s[b]);
        return (IsDigit(before) && after is '.' or '%')
            || (before == '.' && a > 0 && IsDigit(s[a - 1]) && IsDigit(after));
    }
}
