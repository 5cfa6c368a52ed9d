using System.Runtime.CompilerServices;
using FactExtractor.Generate;

namespace FactExtractor.Benchmarks;

/// <summary>The texts the benchmarks read: the generated news text and the team corpus.</summary>
public static class Inputs
{
    /// <summary>Megabytes (UTF-8) of the generated news text; <c>FACTX_BENCH_MB</c> overrides 5.</summary>
    public static int NewsMegabytes =>
        int.TryParse(Environment.GetEnvironmentVariable("FACTX_BENCH_MB"), out var mb) && mb > 0 ? mb : 5;

    /// <summary>
    /// The generated news text: <c>factx-generate text FILE --size-mb 5</c> writes the same string
    /// (seed 1), and <c>factx bench --generate 5</c> reads the same.
    /// </summary>
    public static string News() => new Articles(1).Text(NewsMegabytes * 1_000_000L);

    /// <summary>The documents of <c>corpus/</c> (the repository's own gold corpus), by file name.</summary>
    public static string[] Corpus()
    {
        var dir = Path.Combine(RepositoryRoot(), "corpus");
        return [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>The documents of an input name: <c>news</c> (one document) or <c>corpus</c>.</summary>
    public static string[] Documents(string input) => input switch
    {
        "news" => [News()],
        "corpus" => Corpus(),
        _ => throw new ArgumentException($"Unknown input '{input}'.", nameof(input)),
    };

    /// <summary>The repository root: the folder above this one that holds FactExtractor.sln.</summary>
    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in (string[])[AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "."])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactExtractor.sln")))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("FactExtractor.sln not found above the benchmark's folder.");
    }
}
