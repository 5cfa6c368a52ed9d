namespace FactExtractor;

/// <summary>One checkable quantity with what it measures and when (SPEC sections 1–2).</summary>
/// <param name="Id">Identifier within its document (<c>f1</c>, <c>f2</c>, …).</param>
/// <param name="Kind">Value, change, ratio, share or rank.</param>
/// <param name="Modality">Actual or target.</param>
/// <param name="Subject">The indicator the quantity measures, when found.</param>
/// <param name="Predicate">The verb of a count after a verb (<c>引进</c> in <c>引进院士3人</c>).</param>
/// <param name="Quantity">The number, its unit and normalization.</param>
/// <param name="Time">Year, base year and period.</param>
/// <param name="Sentence">The sentence that states it.</param>
/// <param name="Confidence">Confidence in 0–1 that this is a correct, checkable fact.</param>
public sealed record Fact(
    string Id,
    FactKind Kind,
    Modality Modality,
    TextSpan? Subject,
    string? Predicate,
    Quantity Quantity,
    TimeInfo Time,
    TextRange Sentence,
    double Confidence);

/// <summary>A piece of the original text with UTF-16 offsets <c>[Start, End)</c>.</summary>
public sealed record TextSpan(string Text, int Start, int End);

/// <summary>UTF-16 offsets <c>[Start, End)</c> into the original text.</summary>
public sealed record TextRange(int Start, int End);

/// <summary>A number as written, with its unit and its value in the canonical unit.</summary>
/// <param name="Text">The quantity as written in the original (bound cues outside, except 余/多).</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Value">The number as written, Chinese numerals converted (for a range: its low end).</param>
/// <param name="Scale">Multiplier of the scale word (万 = 1e4, 亿 = 1e8; none = 1).</param>
/// <param name="Unit">The unit as written without the scale (empty when none is written).</param>
/// <param name="NormalizedValue">Value × scale × unit factor in the canonical unit, negative for decreases.</param>
/// <param name="NormalizedUnit">Canonical unit (<c>CNY</c>, <c>m2</c>, <c>percent</c>, <c>count</c>, …).</param>
/// <param name="Dimension">Dimension of the unit (<c>currency</c>, <c>area</c>, …).</param>
/// <param name="Bound">How the number bounds the amount.</param>
/// <param name="Cue">The bound cue as written (<c>约</c>, <c>超过</c>), if any.</param>
/// <param name="Low">Low end of a range, normalized; null unless a range.</param>
/// <param name="High">High end of a range, normalized; null unless a range.</param>
public sealed record Quantity(
    string Text,
    int Start,
    int End,
    decimal Value,
    decimal Scale,
    string Unit,
    double NormalizedValue,
    string NormalizedUnit,
    string Dimension,
    Bound Bound,
    string? Cue,
    double? Low,
    double? High);

/// <summary>When a fact is true of.</summary>
/// <param name="Year">Calendar year, or null when the text does not fix it.</param>
/// <param name="Text">The time expression that gave the year, as written.</param>
/// <param name="Source">Where the year came from.</param>
/// <param name="BaseYear">The year a change or ratio is measured against.</param>
/// <param name="Period">The span of years a change or total covers.</param>
public sealed record TimeInfo(int? Year, string? Text, TimeSource? Source, int? BaseYear, YearPeriod? Period)
{
    /// <summary>No time information.</summary>
    public static TimeInfo None { get; } = new(null, null, null, null, null);
}

/// <summary>A span of calendar years, both ends included.</summary>
public sealed record YearPeriod(int From, int To);
