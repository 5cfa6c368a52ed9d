using FactExtractor.Quantities;

namespace FactExtractor.Units;

/// <summary>
/// 每吨柴油价格上涨千元, 每吨价格回落了17万元: an amount of money said of a subject that opens with
/// 每 and a measure (吨, 平方米, 千瓦时) is per that measure, as 千元/吨 would be (CNY/kg).
/// Runs once the subjects are final.
/// </summary>
internal static class PerUnitSubjects
{
    private static readonly string[] Measures = ["mass", "volume", "area", "energy", "length", "standardCoal"];

    public static void Apply(string text, IReadOnlyList<QuantityMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Unit.Dimension != "currency" || m.SubjectEnd - m.SubjectStart < 2 || m.SubjectEnd > m.Start)
                continue;
            // 每 inside the subject (新房每平方米均价) or right before it (每吨柴油价格 → 柴油价格).
            int from = m.SubjectStart;
            while (from > 0 && m.SubjectStart - from < MaxReach && QuantityDetector.IsCjk(text[from - 1]))
                from--;
            for (int at = text.IndexOf('每', from, m.SubjectEnd - from); at >= 0; at = text.IndexOf('每', at + 1, m.SubjectEnd - at - 1))
            {
                var denominator = UnitCatalogue.Default.MatchAt(text.AsSpan(0, m.SubjectEnd), at + 1);
                if (denominator is not null && Array.IndexOf(Measures, denominator.Dimension) >= 0)
                {
                    m.Unit = UnitCatalogue.Rate(m.Unit, denominator);
                    break;
                }
            }
        }
    }

    /// <summary>每平方米 is the longest: 5 characters before the subject.</summary>
    private const int MaxReach = 5;
}
