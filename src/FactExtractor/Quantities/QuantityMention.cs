using FactExtractor.Units;

namespace FactExtractor.Quantities;

/// <summary>A quantity found in the normalized text, filled in by the stages that follow detection.</summary>
internal sealed class QuantityMention
{
    /// <summary>Span in the normalized text, <c>[Start, End)</c>.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public int SentenceIndex { get; set; }

    /// <summary>The number as written (for a range, the low end).</summary>
    public decimal Value { get; set; }

    public decimal Scale { get; set; } = 1m;

    public Unit Unit { get; set; } = UnitCatalogue.Number;

    /// <summary>Range ends as value × scale (before the unit factor); null unless a range.</summary>
    public decimal? LowValue { get; set; }

    public decimal? HighValue { get; set; }

    public Bound Bound { get; set; } = Bound.Exact;

    public string? Cue { get; set; }

    /// <summary>−1 for a decrease (下降, 减少 …) or a written minus sign.</summary>
    public int Sign { get; set; } = 1;

    /// <summary>True when no unit was written and none came from a list or context yet.</summary>
    public bool IsBare { get; set; }

    /// <summary>Exponent form of 翻N番: the value is a number of doublings.</summary>
    public bool IsDoubling { get; set; }

    /// <summary>Written in Chinese numerals (三千五百) rather than digits.</summary>
    public bool IsChinese { get; set; }

    public FactKind Kind { get; set; } = FactKind.Value;

    public Modality Modality { get; set; } = Modality.Actual;

    /// <summary>Subject span in the normalized text, or -1.</summary>
    public int SubjectStart { get; set; } = -1;

    public int SubjectEnd { get; set; } = -1;

    public string? Predicate { get; set; }

    public int? Year { get; set; }

    /// <summary>Normalized span of the time expression that gave the year, or -1.</summary>
    public int YearTextStart { get; set; } = -1;

    public int YearTextEnd { get; set; } = -1;

    public string? YearText { get; set; }

    public TimeSource? YearSource { get; set; }

    public int? BaseYear { get; set; }

    public YearPeriod? Period { get; set; }

    public double Confidence { get; set; } = 0.9;

    /// <summary>Value × scale × unit factor, signed (2^N for 翻N番); null when it does not fit.</summary>
    public decimal? NormalizedValue()
    {
        try
        {
            return IsDoubling ? Sign * (decimal)Math.Pow(2, (double)Value) : Sign * Value * Scale * Unit.Factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>An amount already multiplied by its scale, in the canonical unit, signed; null when it does not fit.</summary>
    public decimal? NormalizeAmount(decimal amount)
    {
        try
        {
            return Sign * amount * Unit.Factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public override string ToString() => $"[{Start},{End}) {Value}×{Scale} {Unit.Written}→{Unit.Canonical} {Bound}";
}
