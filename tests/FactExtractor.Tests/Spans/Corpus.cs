namespace FactExtractor.Tests.Spans;

/// <summary>The project's annotated corpus (<c>corpus/*.txt</c> at the repository root).</summary>
internal static class Corpus
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root: the first folder above the test binaries that holds FactExtractor.sln.</summary>
    public static string RepoRoot => s_root.Value;

    public static string Directory => Path.Combine(RepoRoot, "corpus");

    /// <summary>The embedded models' folder in the source tree (what <c>factx train</c> writes).</summary>
    public static string ModelDirectory => Path.Combine(RepoRoot, "src", "FactExtractor", "Resources", "Models");

    /// <summary>Paths of the corpus documents, in ordinal order.</summary>
    public static IReadOnlyList<string> DocumentPaths() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Stem and text of every corpus document (UTF-8, read as the CLI reads it).</summary>
    public static IReadOnlyList<(string Name, string Text)> Documents() =>
        [.. DocumentPaths().Select(p => (Path.GetFileNameWithoutExtension(p), File.ReadAllText(p)))];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactExtractor.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"FactExtractor.sln not found above {AppContext.BaseDirectory}");
    }
}
