using System.Globalization;
using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>
/// One annotated document (SPEC section 5): the text exactly as in <c>NAME.txt</c> and its
/// <c>NAME.gold.json</c>. Gold offsets count code points, as Python's <c>str</c> does.
/// </summary>
public sealed class GoldDocument
{
    private int[]? _cpToUtf16;
    private int[]? _utf16ToCp;
    private bool _utf16ToCpDone;

    /// <summary>Creates a document from its text and the parsed gold file.</summary>
    /// <param name="name">The stem (<c>NAME</c>), which predictions are keyed by.</param>
    /// <param name="text">The text, exactly as annotated (a byte-order mark, if any, stays in).</param>
    /// <param name="gold">The root of the gold file.</param>
    /// <param name="textPath">Where the text was read from, if anywhere.</param>
    public GoldDocument(string name, string text, JsonElement gold, string? textPath = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        Text = text;
        Gold = gold.Clone();
        TextPath = textPath;
        Facts = Items(Gold, "facts").Select((e, i) => new GoldFact(e, i)).ToArray();
        NonFacts = Items(Gold, "nonFacts").Select((e, i) => new GoldNonFact(e, i)).ToArray();
    }

    /// <summary>Parses <paramref name="goldJson"/> (the content of a gold file).</summary>
    public static GoldDocument Parse(string name, string text, string goldJson)
    {
        using var json = JsonDocument.Parse(goldJson);
        return new GoldDocument(name, text, json.RootElement);
    }

    /// <summary>The stem (<c>NAME</c>).</summary>
    public string Name { get; }

    /// <summary>The annotated text.</summary>
    public string Text { get; }

    /// <summary>Path of the text file, when loaded from disk.</summary>
    public string? TextPath { get; }

    /// <summary>The gold file's root object, as read.</summary>
    public JsonElement Gold { get; }

    /// <summary>The gold facts, in file order.</summary>
    public IReadOnlyList<GoldFact> Facts { get; }

    /// <summary>Numerals that are not facts (names, slogans, dates …).</summary>
    public IReadOnlyList<GoldNonFact> NonFacts { get; }

    /// <summary><c>referenceDate</c> as written, or null.</summary>
    public string? ReferenceDateText => Py.Str(Py.Get(Gold, "referenceDate"));

    /// <summary><c>referenceDate</c> when it is a date YYYY-MM-DD, else null.</summary>
    public DateOnly? ReferenceDate =>
        DateOnly.TryParseExact(ReferenceDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Length of the text in code points (what gold offsets count).</summary>
    public int CodePointLength => CodePointOffsets.Length - 1;

    /// <summary><c>text[start:end]</c> in code points.</summary>
    public string Slice(int start, int end)
    {
        var map = CodePointOffsets;
        return Text[map[start]..map[end]];
    }

    /// <summary>Code point offset of UTF-16 offset u, or null when the text is all BMP (offsets agree).</summary>
    internal int[]? Utf16ToCodePoint
    {
        get
        {
            if (!_utf16ToCpDone)
            {
                _utf16ToCp = Py.Utf16ToCodePoint(Text);
                _utf16ToCpDone = true;
            }
            return _utf16ToCp;
        }
    }

    private int[] CodePointOffsets => _cpToUtf16 ??= Py.CodePointToUtf16(Text);

    private static IEnumerable<JsonElement> Items(JsonElement gold, string key) =>
        Py.Get(gold, key) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Facts.Count} facts, {NonFacts.Count} non-facts)";
}

/// <summary>A span of a gold file (fact or non-fact), in code points.</summary>
public abstract class GoldSpan
{
    private protected GoldSpan(JsonElement element, int index)
    {
        Element = element;
        Index = index;
    }

    /// <summary>The entry as written in the gold file.</summary>
    public JsonElement Element { get; }

    /// <summary>Position in its list (<c>facts[i]</c> / <c>nonFacts[i]</c>).</summary>
    public int Index { get; }

    /// <summary><c>text</c>, or null when it is not a string.</summary>
    public string? Text => Py.Str(Py.Get(Element, "text"));

    /// <summary><c>start</c> when it is an integer.</summary>
    public long? Start => AsLong(Py.Get(Element, "start"));

    /// <summary><c>end</c> (exclusive) when it is an integer.</summary>
    public long? End => AsLong(Py.Get(Element, "end"));

    internal (long Start, long End) Span(string document, string list) =>
        Start is { } s && End is { } e
            ? (s, e)
            : throw new InvalidDataException($"{document} {list}[{Index}]: start/end are not integers (run factx eval --check)");

    private static long? AsLong(JsonElement? v) =>
        Py.IsInt(v) && Py.Int(v!.Value) is var i && i >= long.MinValue && i <= long.MaxValue ? (long)i : null;
}

/// <summary>A gold fact (SPEC section 5).</summary>
public sealed class GoldFact : GoldSpan
{
    internal GoldFact(JsonElement element, int index)
        : base(element, index)
    {
    }

    /// <summary><c>kind</c>: value, change, ratio, share or rank.</summary>
    public string? Kind => Py.Str(Py.Get(Element, "kind"));

    /// <summary><c>subject</c>: the phrase the quantity measures.</summary>
    public string? Subject => Py.Str(Py.Get(Element, "subject"));

    /// <summary><c>subjectCore</c>: one string, or alternatives (a predicted subject must contain one).</summary>
    public IReadOnlyList<string> SubjectCores => Py.Get(Element, "subjectCore") switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray(),
        _ => [],
    };

    /// <summary><c>year</c>, null when not fixed by the text.</summary>
    public int? Year => Py.Get(Element, "year") is { ValueKind: JsonValueKind.Number } y && y.TryGetInt32(out var i) ? i : null;

    /// <summary><c>normalizedValue</c> when it is a number.</summary>
    public double? NormalizedValue => Py.Get(Element, "normalizedValue") is { } v && Py.IsNumber(v) ? Py.Float(v) : null;

    /// <summary><c>normalizedUnit</c>.</summary>
    public string? NormalizedUnit => Py.Str(Py.Get(Element, "normalizedUnit"));

    /// <summary><c>optional</c>: neither rewarded nor punished.</summary>
    public bool Optional => Py.Truthy(Py.Get(Element, "optional"));

    /// <inheritdoc/>
    public override string ToString() => $"{Text}@{Start}..{End} {Kind} {Subject}/{Year}/{NormalizedValue} {NormalizedUnit}";
}

/// <summary>A gold non-fact: a numeral that must not be extracted.</summary>
public sealed class GoldNonFact : GoldSpan
{
    internal GoldNonFact(JsonElement element, int index)
        : base(element, index)
    {
    }

    /// <summary><c>why</c>, the annotator's reason (name, date, code …), if given.</summary>
    public string? Why => Py.Str(Py.Get(Element, "why"));

    /// <inheritdoc/>
    public override string ToString() => $"{Text}@{Start}..{End}";
}
