using System.Text;
using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>Predicted documents (SPEC section 4 JSON), keyed by document stem, as <c>tools/score.py</c> loads them.</summary>
public static class PredictionSet
{
    /// <summary>
    /// Loads predictions from a folder of <c>NAME.json</c> (a file that is not valid JSON is reported on
    /// <paramref name="warnings"/> and left out, so its document is scored as empty) or from one JSON Lines
    /// file, keyed by the stem of each line's <c>document.id</c> (a later line with the same key wins).
    /// </summary>
    /// <exception cref="InvalidDataException">A JSON Lines line is not a JSON object.</exception>
    /// <exception cref="IOException">The path cannot be read.</exception>
    public static IReadOnlyDictionary<string, JsonElement> Load(string path, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path))
            {
                var name = Path.GetFileName(file);
                if (!name.EndsWith(".json", StringComparison.Ordinal))
                    continue;
                try
                {
                    result[name[..^".json".Length]] = ParseFile(File.ReadAllBytes(file));
                }
                catch (Exception e) when (e is JsonException or DecoderFallbackException or InvalidDataException)
                {
                    warnings?.WriteLine($"warning: {name} is not valid JSON ({e.Message}); scored as empty");
                }
            }
            return result;
        }
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, GoldCorpus.StrictUtf8))
        {
            lineNo++;
            if (line.Trim().Length == 0)
                continue;
            JsonElement d;
            try
            {
                using var json = JsonDocument.Parse(line);
                d = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNo}: not valid JSON ({e.Message})", e);
            }
            if (d.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path}:{lineNo}: not a JSON object");
            result[KeyOf(d)] = d;
        }
        return result;
    }

    /// <summary>The key of a JSON Lines document: <c>splitext(basename(str(document.id)))[0]</c>.</summary>
    public static string KeyOf(JsonElement document)
    {
        var info = Py.Get(document, "document");
        if (!Py.Truthy(info))
            info = null;
        var id = info is not null && Py.Has(info, "id") ? Py.ToStr(Py.Get(info, "id")) : "";
        var slash = id.LastIndexOf('/');
        var baseName = slash >= 0 ? id[(slash + 1)..] : id;
        return SplitExtStem(baseName);
    }

    private static string SplitExtStem(string p)
    {
        int dot = p.LastIndexOf('.');
        if (dot <= 0)
            return p;
        for (int i = 0; i < dot; i++)
        {
            if (p[i] != '.')
                return p[..dot];
        }
        return p; // only leading dots before the last one: no extension (".json")
    }

    private static JsonElement ParseFile(byte[] bytes)
    {
        // Python's json.load on a utf-8 stream refuses a BOM, and invalid UTF-8 is a ValueError too.
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
            throw new InvalidDataException("Unexpected UTF-8 BOM (decode using utf-8-sig)");
        using var json = JsonDocument.Parse(GoldCorpus.StrictUtf8.GetString(bytes));
        return json.RootElement.Clone();
    }
}
