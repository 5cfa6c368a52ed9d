using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>A predicted fact as the scorer sees it: the quantity span (in code points) and the scored fields.</summary>
public sealed class PredictedFact
{
    internal PredictedFact(JsonElement element, int index, long start, long end, JsonElement? quantity)
    {
        Element = element;
        Index = index;
        Start = start;
        End = end;
        TextValue = Py.Get(quantity, "text");
        NormalizedValueValue = Py.Get(quantity, "normalizedValue");
        NormalizedUnitValue = Py.Get(quantity, "normalizedUnit");
        var time = Py.Get(element, "time");
        YearValue = Py.Truthy(time) ? Py.Get(time, "year") : null;
        KindValue = Py.Get(element, "kind");
        var subject = Py.Get(element, "subject");
        if (!Py.Truthy(subject))
            subject = null;
        SubjectValue = subject is null ? null : Py.IsDict(subject) ? Py.Get(subject, "text") : subject;
    }

    /// <summary>The fact as predicted (SPEC section 4).</summary>
    public JsonElement Element { get; }

    /// <summary>Position in the prediction's <c>facts</c>.</summary>
    public int Index { get; }

    /// <summary>Start of the quantity, in code points of the text (converted from UTF-16).</summary>
    public long Start { get; }

    /// <summary>End of the quantity (exclusive), in code points.</summary>
    public long End { get; }

    /// <summary><c>quantity.text</c>.</summary>
    public string? Text => Py.Str(TextValue);

    /// <summary><c>quantity.normalizedValue</c> when it is a number.</summary>
    public double? NormalizedValue => Py.IsNumber(NormalizedValueValue) ? Py.Float(NormalizedValueValue!.Value) : null;

    /// <summary><c>quantity.normalizedUnit</c>.</summary>
    public string? NormalizedUnit => Py.Str(NormalizedUnitValue);

    /// <summary><c>time.year</c>.</summary>
    public int? Year => YearValue is { ValueKind: JsonValueKind.Number } y && y.TryGetInt32(out var i) ? i : null;

    /// <summary><c>kind</c>.</summary>
    public string? Kind => Py.Str(KindValue);

    /// <summary><c>subject.text</c> (or <c>subject</c> when it is a plain string).</summary>
    public string? Subject => Py.Str(SubjectValue);

    internal JsonElement? TextValue { get; }

    internal JsonElement? NormalizedValueValue { get; }

    internal JsonElement? NormalizedUnitValue { get; }

    internal JsonElement? YearValue { get; }

    internal JsonElement? KindValue { get; }

    internal JsonElement? SubjectValue { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Text}@{Start}..{End} {Kind} {Subject}/{Year}/{NormalizedValue} {NormalizedUnit}";
}

/// <summary>
/// Scores predictions against gold exactly as <c>tools/score.py</c> does: each gold fact is paired with
/// the prediction whose quantity span overlaps it most, one to one (pairs taken greedily in descending
/// order of (overlap, gold index, prediction index)); optional gold facts count neither way; unmatched
/// predictions over a non-fact are leaks.
/// </summary>
public static class Scorer
{
    /// <summary>Relative tolerance of <c>normalizedValue</c>.</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Absolute tolerance of <c>normalizedValue</c> (for values near zero).</summary>
    public const double AbsoluteTolerance = 1e-9;

    /// <summary>How far (in characters) a predicted subject may run past the longer of gold subject and core.</summary>
    public const int SubjectSlack = 6;

    /// <summary>Scores every gold document; a document without a prediction is scored as empty.</summary>
    public static EvaluationResult Score(IEnumerable<GoldDocument> gold, IReadOnlyDictionary<string, JsonElement> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var docs = new List<DocumentScore>();
        var totals = LevelCounts.Zero;
        foreach (var g in gold)
        {
            var found = predictions.TryGetValue(g.Name, out var p);
            var score = ScoreDocument(g, found ? p : null);
            docs.Add(score);
            totals += score.Counts;
        }
        return new EvaluationResult(docs, totals);
    }

    /// <summary>Scores one document; <paramref name="prediction"/> null means no prediction (scored as empty).</summary>
    /// <exception cref="InvalidDataException">A gold span is not a pair of integers.</exception>
    public static DocumentScore ScoreDocument(GoldDocument gold, JsonElement? prediction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var preds = PredictedFacts(gold, prediction);
        var golds = gold.Facts;
        var goldSpans = golds.Select(g => g.Span(gold.Name, "facts")).ToArray();
        var nonFactSpans = gold.NonFacts.Select(n => n.Span(gold.Name, "nonFacts")).ToArray();

        var (gmatch, pmatch) = Pair(goldSpans, preds);

        var counts = new int[4, 3]; // level × (tp, gold, pred)
        var misses = new List<Miss>();
        var leaks = new List<Leak>();
        for (int gi = 0; gi < golds.Count; gi++)
        {
            var g = golds[gi];
            if (g.Optional)
                continue;
            var p = gmatch.TryGetValue(gi, out var pi) ? preds[pi] : null;
            var ok = p is null ? new bool[4] : LevelsOf(g, p);
            for (int lv = 0; lv < 4; lv++)
            {
                counts[lv, 1]++;
                if (ok[lv])
                    counts[lv, 0]++;
            }
            int firstBad = Array.IndexOf(ok, false);
            if (firstBad >= 0)
                misses.Add(new Miss(gold.Name, (MissKind)firstBad, g, p));
        }
        for (int pi = 0; pi < preds.Count; pi++)
        {
            var p = preds[pi];
            var span = (p.Start, p.End);
            if (pmatch.TryGetValue(pi, out var gi) && golds[gi].Optional)
                continue;
            if (!pmatch.ContainsKey(pi) && Enumerable.Range(0, golds.Count).Any(i => golds[i].Optional && Overlap(goldSpans[i], span) > 0))
                continue;
            for (int lv = 0; lv < 4; lv++)
                counts[lv, 2]++;
            if (!pmatch.ContainsKey(pi))
            {
                int bad = Array.FindIndex(nonFactSpans, n => Overlap(n, span) > 0);
                if (bad >= 0)
                    leaks.Add(new Leak(gold.Name, p, gold.NonFacts[bad]));
                misses.Add(new Miss(gold.Name, MissKind.Extra, null, p));
            }
        }
        LevelCount At(int lv) => new(counts[lv, 0], counts[lv, 1], counts[lv, 2]);
        return new DocumentScore(gold.Name, new LevelCounts(At(0), At(1), At(2), At(3)), misses, leaks, prediction is not null);
    }

    /// <summary>
    /// What became of each predicted fact of one document under the same one-to-one pairing as
    /// <see cref="ScoreDocument"/>: the gold fact it was paired with, whether it passes the value
    /// level, whether it counts at all (not when it overlaps only optional gold facts) and the
    /// non-fact it leaks onto. One entry per scorable prediction, in prediction order.
    /// </summary>
    /// <exception cref="InvalidDataException">A gold span is not a pair of integers.</exception>
    public static IReadOnlyList<PredictionOutcome> Align(GoldDocument gold, JsonElement? prediction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var preds = PredictedFacts(gold, prediction);
        var golds = gold.Facts;
        var goldSpans = golds.Select(g => g.Span(gold.Name, "facts")).ToArray();
        var nonFactSpans = gold.NonFacts.Select(n => n.Span(gold.Name, "nonFacts")).ToArray();
        var (_, pmatch) = Pair(goldSpans, preds);
        var result = new List<PredictionOutcome>(preds.Count);
        for (int pi = 0; pi < preds.Count; pi++)
        {
            var p = preds[pi];
            var span = (p.Start, p.End);
            GoldFact? g = pmatch.TryGetValue(pi, out var gi) ? golds[gi] : null;
            bool counted = g is null
                ? !Enumerable.Range(0, golds.Count).Any(i => golds[i].Optional && Overlap(goldSpans[i], span) > 0)
                : !g.Optional;
            int bad = g is null ? Array.FindIndex(nonFactSpans, n => Overlap(n, span) > 0) : -1;
            result.Add(new PredictionOutcome(p, g, counted && g is not null && SameValue(g, p), counted, bad >= 0 ? gold.NonFacts[bad] : null));
        }
        return result;
    }

    /// <summary>score.py's pairing: (overlap, gold index, prediction index) taken greedily in descending order.</summary>
    private static (Dictionary<int, int> GoldToPred, Dictionary<int, int> PredToGold) Pair((long Start, long End)[] goldSpans, List<PredictedFact> preds)
    {
        var pairs = new List<(long Overlap, int Gi, int Pi)>();
        for (int gi = 0; gi < goldSpans.Length; gi++)
        {
            for (int pi = 0; pi < preds.Count; pi++)
            {
                var o = Overlap(goldSpans[gi], (preds[pi].Start, preds[pi].End));
                if (o > 0)
                    pairs.Add((o, gi, pi));
            }
        }
        pairs.Sort((a, b) => b.CompareTo(a)); // sorted(..., reverse=True): overlap, then gi, then pi, all descending
        var gmatch = new Dictionary<int, int>();
        var pmatch = new Dictionary<int, int>();
        foreach (var (_, gi, pi) in pairs)
        {
            if (!gmatch.ContainsKey(gi) && !pmatch.ContainsKey(pi))
            {
                gmatch[gi] = pi;
                pmatch[pi] = gi;
            }
        }
        return (gmatch, pmatch);
    }

    /// <summary>The levels a matched pair passes (span, value, year, full), each including the ones before.</summary>
    public static IReadOnlyList<bool> Levels(GoldFact gold, PredictedFact predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return LevelsOf(gold, predicted);
    }

    private static bool[] LevelsOf(GoldFact g, PredictedFact p)
    {
        bool value = SameValue(g, p);
        bool year = value && Py.Equal(Py.Get(g.Element, "year"), p.YearValue);
        bool full = year && Py.Equal(Py.Get(g.Element, "kind"), p.KindValue) && SubjectOk(g, p);
        return [true, value, year, full];
    }

    private static bool SameValue(GoldFact g, PredictedFact p)
    {
        var gv = Py.Get(g.Element, "normalizedValue");
        var pv = p.NormalizedValueValue;
        if (!Py.IsNumber(gv) || !Py.IsNumber(pv))
            return false;
        return Py.Equal(Py.Get(g.Element, "normalizedUnit"), p.NormalizedUnitValue)
            && Py.IsClose(Py.Float(gv!.Value), Py.Float(pv!.Value), RelativeTolerance, AbsoluteTolerance);
    }

    /// <summary>
    /// Whether a predicted subject of <paramref name="subject"/> would pass the full level's subject
    /// test for <paramref name="gold"/>: it contains a <c>subjectCore</c> (any one of a list) and is at
    /// most 6 characters longer than the longer of the gold subject and core. Always true when the
    /// gold fact has no core. Null or empty means no subject.
    /// </summary>
    public static bool SubjectAccepts(GoldFact gold, string? subject)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var ps = subject ?? "";
        return SubjectOk(gold, ps, Py.Len(ps));
    }

    /// <summary>The subject must contain a core (a list gives alternatives) and not run far past it.</summary>
    private static bool SubjectOk(GoldFact g, PredictedFact p)
    {
        var ps = Py.Truthy(p.SubjectValue) ? Py.Str(p.SubjectValue) : "";
        return SubjectOk(g, ps, ps is null ? LenOf(p.SubjectValue) : Py.Len(ps));
    }

    private static bool SubjectOk(GoldFact g, string? ps, int psLen)
    {
        var coresValue = Py.Get(g.Element, "subjectCore");
        JsonElement?[] cores = !Py.Truthy(coresValue) ? [null]
            : Py.IsList(coresValue) ? coresValue!.Value.EnumerateArray().Select(e => (JsonElement?)e).ToArray()
            : [coresValue];
        if (!cores.Any(Py.Truthy))
            return true;
        var subjValue = Py.Get(g.Element, "subject");
        int subjLen = Py.Truthy(subjValue) ? LenOf(subjValue) : 0;
        bool contains = cores.Any(c => Py.Truthy(c) && ps is not null && Py.Str(c) is { } core && ps.Contains(core, StringComparison.Ordinal));
        int limit = Math.Max(subjLen, cores.Select(c => Py.Truthy(c) ? LenOf(c) : 0).Max()) + SubjectSlack;
        return contains && psLen <= limit;
    }

    private static int LenOf(JsonElement? v) => v switch
    {
        { ValueKind: JsonValueKind.String } s => Py.Len(s.GetString()!),
        { ValueKind: JsonValueKind.Array } a => a.GetArrayLength(),
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Count(),
        _ => 0,
    };

    private static long Overlap((long Start, long End) a, (long Start, long End) b) =>
        Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>score.py's <c>pred_fact</c>: facts with integer quantity offsets, mapped from UTF-16 to code points.</summary>
    private static List<PredictedFact> PredictedFacts(GoldDocument gold, JsonElement? prediction)
    {
        var result = new List<PredictedFact>();
        if (Py.Get(prediction, "facts") is not { ValueKind: JsonValueKind.Array } facts)
            return result;
        var table = gold.Utf16ToCodePoint;
        int index = -1;
        foreach (var p in facts.EnumerateArray())
        {
            index++;
            if (p.ValueKind != JsonValueKind.Object)
                continue;
            var q = Py.Get(p, "quantity");
            if (!Py.Truthy(q))
                q = null;
            else if (!Py.IsDict(q))
                continue;
            var s = Py.Get(q, "start");
            var e = Py.Get(q, "end");
            if (!Py.IsInt(s) || !Py.IsInt(e))
                continue;
            var bs = Py.Int(s!.Value);
            var be = Py.Int(e!.Value);
            if (bs < long.MinValue || bs > long.MaxValue || be < long.MinValue || be > long.MaxValue)
                continue;
            long start = (long)bs, end = (long)be;
            if (table is not null)
            {
                // table[start], table[min(end, len(table) - 1)], with Python's negative indexing.
                end = Math.Min(end, table.Length - 1);
                if (start < 0)
                    start += table.Length;
                if (end < 0)
                    end += table.Length;
                if (start < 0 || start >= table.Length || end < 0)
                    continue; // score.py would stop with an IndexError
                start = table[start];
                end = table[end];
            }
            result.Add(new PredictedFact(p, index, start, end, q));
        }
        return result;
    }
}
