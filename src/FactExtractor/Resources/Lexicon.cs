using System.Reflection;

namespace FactExtractor.Resources;

/// <summary>Reads the data files embedded in the library (unit tables, cue words).</summary>
internal static class Lexicon
{
    /// <summary>The non-comment, non-empty lines of an embedded lexicon, split on tabs.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        var name = "FactExtractor.Lexicons." + fileName;
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from {typeof(Lexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }

    /// <summary>Whether <paramref name="text"/> contains any of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with any of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with any of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
