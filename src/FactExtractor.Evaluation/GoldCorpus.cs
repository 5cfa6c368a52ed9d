using System.Numerics;
using System.Text;
using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>Loads a gold folder (<c>NAME.txt</c> + <c>NAME.gold.json</c>) and validates it, as <c>tools/score.py</c> does.</summary>
public static class GoldCorpus
{
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] s_kinds = ["value", "change", "ratio", "share", "rank"];
    private static readonly string[] s_requiredKeys = ["kind", "normalizedValue", "normalizedUnit", "year", "subjectCore"];
    private static readonly string[] s_scaledUnits = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "count", "times", "pp", "rank"];

    /// <summary>
    /// Every <c>*.gold.json</c> of <paramref name="directory"/>, sorted by file name, with the text its
    /// <c>document</c> names (else <c>NAME.txt</c>), read as UTF-8 exactly (no newline or BOM changes).
    /// </summary>
    /// <exception cref="InvalidDataException">A gold file is not JSON, or a text is not UTF-8.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IReadOnlyList<GoldDocument> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var names = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.EndsWith(".gold.json", StringComparison.Ordinal))
            .ToList();
        names.Sort(Py.CompareCodePoints);
        var docs = new List<GoldDocument>(names.Count);
        foreach (var name in names)
        {
            var stem = name[..^".gold.json".Length];
            var goldPath = Path.Combine(directory, name);
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{goldPath}: not valid JSON ({e.Message})", e);
            }
            using (json)
            {
                var document = Py.Get(json.RootElement, "document");
                var textName = Py.Truthy(document) && Py.Str(document) is { } s ? s : stem + ".txt";
                var textPath = Path.Combine(directory, textName);
                docs.Add(new GoldDocument(stem, ReadText(textPath), json.RootElement, textPath));
            }
        }
        return docs;
    }

    /// <summary>Reads a text file as strict UTF-8, keeping everything (a BOM stays as U+FEFF).</summary>
    internal static string ReadText(string path)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{path}: not valid UTF-8", e);
        }
    }

    /// <summary>
    /// Validates gold files; one line per problem, worded as <c>score.py --check</c> prints them: bad or
    /// mismatched spans, missing keys, non-numeric <c>normalizedValue</c> of a required fact, unknown
    /// <c>kind</c>, a first <c>subjectCore</c> outside the subject, <c>value × scale</c> off the normalized
    /// value for units without a factor, and overlapping spans.
    /// </summary>
    public static IReadOnlyList<string> Check(IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var problems = new List<string>();
        foreach (var doc in documents)
        {
            var spans = new List<(BigInteger Start, BigInteger End, string Where)>();
            foreach (var list in (string[])["facts", "nonFacts"])
            {
                var items = Py.Get(doc.Gold, list) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToArray() : [];
                for (int i = 0; i < items.Length; i++)
                {
                    var f = items[i];
                    var where = $"{doc.Name} {list}[{i}] {Py.ToRepr(Py.Get(f, "text"))}";
                    var s = Py.Get(f, "start");
                    var e = Py.Get(f, "end");
                    BigInteger si = Py.IsInt(s) ? Py.Int(s!.Value) : -1, ei = Py.IsInt(e) ? Py.Int(e!.Value) : -1;
                    if (!Py.IsInt(s) || !Py.IsInt(e) || !(si >= 0 && si < ei && ei <= doc.CodePointLength))
                    {
                        problems.Add($"{where}: bad span {Py.ToStr(s)}..{Py.ToStr(e)}");
                        continue;
                    }
                    var slice = doc.Slice((int)si, (int)ei);
                    if (!string.Equals(slice, Py.Str(Py.Get(f, "text")), StringComparison.Ordinal))
                        problems.Add($"{where}: text at {Py.ToStr(s)}..{Py.ToStr(e)} is {Py.StrRepr(slice)}");
                    spans.Add((si, ei, where));
                    if (list != "facts")
                        continue;
                    CheckFact(f, where, problems);
                }
            }
            spans.Sort((x, y) =>
            {
                int c = x.Start.CompareTo(y.Start);
                if (c == 0)
                    c = x.End.CompareTo(y.End);
                return c != 0 ? c : Py.CompareCodePoints(x.Where, y.Where);
            });
            for (int i = 0; i + 1 < spans.Count; i++)
            {
                if (spans[i + 1].Start < spans[i].End)
                    problems.Add($"overlap: {spans[i].Where} and {spans[i + 1].Where}");
            }
        }
        return problems;
    }

    /// <summary>The last line of <c>--check</c>: <c>20 documents, 1002 gold facts, 0 problems</c>.</summary>
    public static string CheckSummary(IReadOnlyCollection<GoldDocument> documents, int problems)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return $"{documents.Count} documents, {documents.Sum(d => Py.Get(d.Gold, "facts") is { ValueKind: JsonValueKind.Array } a ? a.GetArrayLength() : 0)} gold facts, {problems} problems";
    }

    private static void CheckFact(JsonElement f, string where, List<string> problems)
    {
        foreach (var key in s_requiredKeys)
        {
            if (!Py.Has(f, key))
                problems.Add($"{where}: missing {key}");
        }
        if (!Py.Truthy(Py.Get(f, "optional")) && !Py.IsNumber(Py.Get(f, "normalizedValue")))
            problems.Add($"{where}: normalizedValue is not a number");
        var kind = Py.Get(f, "kind");
        if (Py.Str(kind) is not { } k || !s_kinds.Contains(k))
            problems.Add($"{where}: kind {Py.ToRepr(kind)}");

        // cores, subj = f.get("subjectCore") or "", f.get("subject") or ""; the first core must be inside.
        var cores = Py.Get(f, "subjectCore");
        var subj = Py.Get(f, "subject");
        JsonElement? first = Py.Truthy(cores) ? (Py.IsList(cores) ? cores!.Value[0] : cores) : null;
        if (Py.Truthy(first))
        {
            var subjText = Py.Truthy(subj) ? Py.Str(subj) : "";
            bool inside = Py.Str(first) is { } c && subjText is not null && subjText.Contains(c, StringComparison.Ordinal);
            if (!inside)
                problems.Add($"{where}: first subjectCore {Py.ToRepr(first)} not inside subject {(Py.Truthy(subj) ? Py.ToRepr(subj) : "''")}");
        }

        var v = Py.Get(f, "value");
        var sc = Py.Get(f, "scale");
        var nv = Py.Get(f, "normalizedValue");
        if (Py.IsNumber(v) && Py.IsNumber(sc) && Py.IsNumber(nv) && Py.Str(Py.Get(f, "normalizedUnit")) is { } nu && s_scaledUnits.Contains(nu))
        {
            double product;
            string printed;
            if (Py.IsInt(v) && Py.IsInt(sc))
            {
                var p = Py.Int(v!.Value) * Py.Int(sc!.Value);
                product = (double)p;
                printed = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                product = Py.Float(v!.Value) * Py.Float(sc!.Value);
                printed = Py.FloatRepr(product);
            }
            if (!Py.IsClose(Math.Abs(product), Math.Abs(Py.Float(nv!.Value)), 1e-6))
                problems.Add($"{where}: value*scale {printed} != normalizedValue {Py.ToStr(nv)}");
        }
    }
}
