using System.Collections.Frozen;
using System.Globalization;
using FactExtractor.Resources;

namespace FactExtractor.Units;

/// <summary>
/// The unit table of SPEC section 3, loaded from <c>units.tsv</c> and <c>count-classifiers.txt</c>,
/// with longest-match lookup and rates (<c>元/吨</c>, <c>元/股</c>).
/// </summary>
internal sealed class UnitCatalogue
{
    public static UnitCatalogue Default { get; } = new();

    private readonly FrozenDictionary<string, Unit> _units;
    private readonly FrozenDictionary<string, Unit>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;

    /// <summary>Unit for numbers that carry no unit at all (an index value, a ratio).</summary>
    public static readonly Unit Number = new("", "number", 1m, "number");

    public static readonly Unit Yuan = new("", "CNY", 1m, "currency");

    public static readonly Unit BareCount = new("", "count", 1m, "count");

    public static readonly Unit Rank = new("", "rank", 1m, "rank");

    /// <summary>A rank with the word it is written with (第9位 → 位, 首位), or <see cref="Rank"/> for none.</summary>
    public static Unit RankWrittenAs(string written) => written.Length == 0 ? Rank : new(written, "rank", 1m, "rank");

    private UnitCatalogue()
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var classifier in Lexicon.ReadRows("count-classifiers.txt"))
            units[classifier[0]] = new Unit(classifier[0], "count", 1m, "count");
        foreach (var row in Lexicon.ReadRows("units.tsv"))
            units[row[0]] = new Unit(row[0], row[1], decimal.Parse(row[2], NumberStyles.Float, CultureInfo.InvariantCulture), row[3]);
        _units = units.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = _units.Keys.Max(k => k.Length);
    }

    public bool TryGet(string written, out Unit unit) => _units.TryGetValue(written, out unit!);

    /// <summary>The longest unit written at <paramref name="start"/>, or null.</summary>
    public Unit? MatchAt(ReadOnlySpan<char> text, int start)
    {
        int max = Math.Min(_maxLength, text.Length - start);
        for (int len = max; len > 0; len--)
        {
            if (_lookup.TryGetValue(text.Slice(start, len), out var unit))
                return unit;
        }
        return null;
    }

    /// <summary>
    /// A unit at <paramref name="start"/>, extended to a rate when a slash and a denominator
    /// follow (<c>元/吨</c> → CNY/kg with factor 1/1000; <c>元/股</c> → CNY/股).
    /// </summary>
    public Unit? MatchWithRate(ReadOnlySpan<char> text, int start)
    {
        var unit = MatchAt(text, start);
        if (unit is null)
            return null;
        int slash = start + unit.Written.Length;
        if (slash < text.Length && text[slash] is '/' && !unit.IsCount)
        {
            var denominator = MatchAt(text, slash + 1);
            if (denominator is not null)
                return Rate(unit, denominator);
        }
        return unit;
    }

    /// <summary>A rate such as 元/吨: each side canonical, a classifier denominator kept as written.</summary>
    public static Unit Rate(Unit numerator, Unit denominator)
    {
        var denominatorName = denominator.IsCount ? denominator.Written : denominator.Canonical;
        return new Unit(
            numerator.Written + "/" + denominator.Written,
            numerator.Canonical + "/" + denominatorName,
            numerator.Factor / denominator.Factor,
            "rate");
    }
}
