using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>What <see cref="ScoreReport.Write(EvaluationResult, ReportOptions)"/> prints besides the table.</summary>
public readonly record struct ReportOptions
{
    /// <summary>One line per document (full P/R/F1 and value F1) before the summary.</summary>
    public bool PerDocument { get; init; }

    /// <summary>List this many leaks and this many misses after the table.</summary>
    public int Errors { get; init; }

    /// <summary>Print the summary as one JSON object instead of the table.</summary>
    public bool Json { get; init; }
}

/// <summary>Formats an <see cref="EvaluationResult"/> line for line as <c>tools/score.py</c> prints it.</summary>
public static class ScoreReport
{
    /// <summary>The level names, as printed.</summary>
    public static string Name(Level level) => level switch
    {
        Level.Span => "span",
        Level.Value => "value",
        Level.Year => "year",
        Level.Full => "full",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The miss kinds, as printed.</summary>
    public static string Name(MissKind kind) => kind == MissKind.Extra ? "extra" : Name((Level)kind);

    /// <summary><c>span   P=0.998 R=0.995 F1=0.996  (tp 566, gold 569, predicted 567)</c>.</summary>
    public static string LevelLine(Level level, LevelCount c) =>
        $"{Name(level),-6} P={Py.Fixed(c.Precision, 3)} R={Py.Fixed(c.Recall, 3)} F1={Py.Fixed(c.F1, 3)}  (tp {c.TruePositives}, gold {c.Gold}, predicted {c.Predicted})";

    /// <summary>The four level lines and the leak line.</summary>
    public static IReadOnlyList<string> SummaryLines(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = LevelCounts.Levels.Select(lv => LevelLine(lv, result.Totals[lv])).ToList();
        lines.Add($"non-fact leaks: {result.Leaks.Count}; documents: {result.Documents.Count}; without prediction: {result.MissingPredictions.Count}");
        return lines;
    }

    /// <summary><c>NAME(padded to 40) full P=… R=… F1=…  value F1=…</c>.</summary>
    public static string DocumentLine(DocumentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var full = score.Counts.Full;
        return $"{Py.PadRight(score.Document, 40)} full P={Py.Fixed(full.Precision, 3)} R={Py.Fixed(full.Recall, 3)} F1={Py.Fixed(full.F1, 3)}  value F1={Py.Fixed(score.Counts.Value.F1, 3)}";
    }

    /// <summary>The first <paramref name="count"/> leaks, then the first <paramref name="count"/> misses.</summary>
    public static IReadOnlyList<string> ErrorLines(EvaluationResult result, int count)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>();
        if (count <= 0)
            return lines;
        foreach (var leak in result.Leaks.Take(count))
            lines.Add($"  leak {leak.Document}: {Py.ToRepr(leak.Predicted.TextValue)} over non-fact {Py.ToRepr(Py.Get(leak.NonFact.Element, "text"))}");
        foreach (var miss in result.Misses.Take(count))
            lines.Add($"  {miss.Document} [{Name(miss.Kind)}] gold {Describe(miss.Gold)} | predicted {Describe(miss.Predicted)}");
        return lines;
    }

    private static string Describe(GoldFact? g)
    {
        if (g is null)
            return "-";
        string F(string key) => Py.ToStr(Py.Get(g.Element, key));
        return $"{Py.ToRepr(Py.Get(g.Element, "text"))} {F("subject")}/{F("year")}/{F("kind")}/{F("normalizedValue")} {F("normalizedUnit")}";
    }

    private static string Describe(PredictedFact? p) =>
        p is null
            ? "-"
            : $"{Py.ToRepr(p.TextValue)} {Py.ToStr(p.SubjectValue)}/{Py.ToStr(p.YearValue)}/{Py.ToStr(p.KindValue)}/{Py.ToStr(p.NormalizedValueValue)} {Py.ToStr(p.NormalizedUnitValue)}";

    /// <summary>The summary as score.py's <c>--json</c> prints it (one line).</summary>
    public static string Json(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder("{");
        foreach (var lv in LevelCounts.Levels)
        {
            var c = result.Totals[lv];
            sb.Append(CultureInfo.InvariantCulture,
                $"\"{Name(lv)}\": {{\"precision\": {Py.JsonFloat(c.Precision)}, \"recall\": {Py.JsonFloat(c.Recall)}, \"f1\": {Py.JsonFloat(c.F1)}, \"tp\": {c.TruePositives}, \"gold\": {c.Gold}, \"pred\": {c.Predicted}}}, ");
        }
        sb.Append(CultureInfo.InvariantCulture, $"\"leaks\": {result.Leaks.Count}, \"documents\": {result.Documents.Count}, \"missingPredictions\": [");
        sb.AppendJoin(", ", result.MissingPredictions.Select(Py.JsonString));
        return sb.Append("]}").ToString();
    }

    /// <summary>Everything score.py prints for these options, as lines.</summary>
    public static IReadOnlyList<string> Lines(EvaluationResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>();
        if (options.PerDocument)
            lines.AddRange(result.Documents.Select(DocumentLine));
        if (options.Json)
        {
            lines.Add(Json(result));
            return lines;
        }
        lines.AddRange(SummaryLines(result));
        lines.AddRange(ErrorLines(result, options.Errors));
        return lines;
    }

    /// <summary>Writes <see cref="Lines"/> to <paramref name="output"/>.</summary>
    public static void Write(EvaluationResult result, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in Lines(result, options))
            output.WriteLine(line);
    }

    /// <summary>Everything score.py prints for these options, as one string.</summary>
    public static string Write(EvaluationResult result, ReportOptions options)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, options, w);
        return w.ToString();
    }

    /// <summary>Parses score.py's <c>--json</c> summary back into counts (for comparing two runs).</summary>
    public static LevelCounts ParseJsonTotals(string json)
    {
        using var doc = JsonDocument.Parse(json);
        LevelCount At(Level lv)
        {
            var o = doc.RootElement.GetProperty(Name(lv));
            return new(o.GetProperty("tp").GetInt32(), o.GetProperty("gold").GetInt32(), o.GetProperty("pred").GetInt32());
        }
        return new(At(Level.Span), At(Level.Value), At(Level.Year), At(Level.Full));
    }
}
