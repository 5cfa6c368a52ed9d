using System.Reflection;
using System.Runtime.CompilerServices;

namespace FactExtractor.Segmentation;

/// <summary>
/// Puts jieba.NET's data files on disk and points jieba at them.
/// </summary>
/// <remarks>
/// <para>
/// jieba.NET 0.42.2 reads its model from files in <c>JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir</c>,
/// and its NuGet package copies none of them to a consumer's output. This library embeds the files
/// <see cref="JiebaSegmenter"/> needs and extracts them once per user and jieba version to
/// <c>{temp}/factx-{user}/jieba-{version}/</c>. The environment variable <see cref="DirectoryVariable"/>
/// names a folder that already holds them instead.
/// </para>
/// <para>
/// Only three files are read by <c>JiebaSegmenter.Cut</c> (checked in the decompiled 0.42.2 assembly):
/// <c>dict.txt</c> (the <c>WordDictionary</c> singleton), <c>prob_trans.json</c> and
/// <c>prob_emit.json</c> (the HMM in <c>FinalSeg.Viterbi</c>). <c>char_state_tab.json</c> and the
/// <c>pos_prob_*.json</c> files are read only by <c>PosSegmenter</c>; <c>idf.txt</c> and
/// <c>stopwords.txt</c> only by the keyword extractors. None of those is embedded.
/// </para>
/// <para>
/// jieba captures the dictionary path in a static field when its types first initialize, and it swallows a
/// missing <c>dict.txt</c> (every word then becomes single characters). So <see cref="EnsureConfigured"/>
/// must run before any jieba type is touched, and it fails loudly when a file is missing.
/// </para>
/// </remarks>
internal static class JiebaResources
{
    /// <summary>Environment variable naming a folder that already holds jieba's data files.</summary>
    public const string DirectoryVariable = "FACTX_JIEBA_DIR";

    /// <summary>The prefix of the embedded resources' logical names (see FactExtractor.csproj).</summary>
    internal const string ResourcePrefix = "FactExtractor.Jieba.";

    /// <summary>The main dictionary; jieba degrades silently without it.</summary>
    internal const string MainDictionaryFile = "dict.txt";

    /// <summary>The files <c>JiebaSegmenter.Cut</c> reads with HMM on.</summary>
    internal static readonly IReadOnlyList<string> FileNames = [MainDictionaryFile, "prob_trans.json", "prob_emit.json"];

    private static readonly Lock s_gate = new();
    private static volatile string? s_directory;

    /// <summary>The folder jieba reads from, once <see cref="EnsureConfigured"/> has succeeded; otherwise <see langword="null"/>.</summary>
    public static string? Directory => s_directory;

    /// <summary>
    /// Makes sure jieba's data files exist on disk (extracting them if needed) and sets
    /// <c>ConfigManager.ConfigFileBaseDir</c>. Idempotent and thread-safe; a failure is not cached.
    /// </summary>
    /// <returns>The folder holding the files.</returns>
    /// <exception cref="FileNotFoundException">A required file is missing from the folder that was probed.</exception>
    public static string EnsureConfigured()
    {
        var directory = s_directory;
        if (directory is not null)
        {
            return directory;
        }

        lock (s_gate)
        {
            if (s_directory is null)
            {
                directory = Resolve(Environment.GetEnvironmentVariable(DirectoryVariable));
                SetJiebaDirectory(directory);
                s_directory = directory;
            }

            return s_directory;
        }
    }

    /// <summary>
    /// Finds or creates the data folder without touching jieba: the override folder if one is given
    /// (it must hold every file), otherwise the extraction folder under the temp directory.
    /// </summary>
    /// <param name="overrideDirectory">A folder that already holds the files, or <see langword="null"/>/empty for the default.</param>
    /// <returns>The full path of a folder holding every file in <see cref="FileNames"/>.</returns>
    /// <exception cref="FileNotFoundException">A required file is missing from the probed folder.</exception>
    internal static string Resolve(string? overrideDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
        {
            var directory = Path.GetFullPath(overrideDirectory);
            Verify(directory, $"the folder named by {DirectoryVariable}");
            return directory;
        }

        var target = DefaultDirectory();
        Extract(target);
        Verify(target, "the extraction folder");
        return target;
    }

    /// <summary><c>{temp}/factx-{user}/jieba-{jieba assembly version}</c>.</summary>
    internal static string DefaultDirectory()
    {
        // typeof() loads jieba's metadata but runs no static initializer, so the path is not yet captured.
        var version = typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.GetName().Version?.ToString() ?? "unknown";
        return Path.Combine(UserDirectory(), "jieba-" + version);
    }

    /// <summary>
    /// Where <see cref="SegmenterCache"/> keeps the loaded segmenter: <c>{temp}/factx-{user}/segmenter</c>,
    /// or <see langword="null"/> (load every time) when the environment variable <see cref="NoCacheVariable"/> is 1.
    /// </summary>
    internal static string? CacheDirectory() =>
        Environment.GetEnvironmentVariable(NoCacheVariable) == "1" ? null : Path.Combine(UserDirectory(), "segmenter");

    /// <summary>Environment variable: 1 turns the saved segmenter off.</summary>
    public const string NoCacheVariable = "FACTX_NO_SEGMENTER_CACHE";

    private static string UserDirectory() => Path.Combine(Path.GetTempPath(), "factx-" + SafeName(Environment.UserName));

    private static void Extract(string directory)
    {
        CreateDirectory(Path.GetDirectoryName(directory)!);
        CreateDirectory(directory);

        var assembly = typeof(JiebaResources).Assembly;
        foreach (var name in FileNames)
        {
            using var source = OpenResource(assembly, name);
            var target = Path.Combine(directory, name);
            if (HasLength(target, source.Length))
            {
                continue;
            }

            // Write under a unique name, then rename: readers (other threads or processes) never see a partial file.
            var temporary = Path.Combine(directory, $"{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    source.CopyTo(output);
                }

                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && HasLength(target, source.Length))
            {
                // Another process put the same file there first (on Windows it may hold it open): use theirs.
            }
            finally
            {
                TryDelete(temporary);
            }
        }
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException(
            $"Embedded resource '{ResourcePrefix}{name}' is missing from {assembly.GetName().Name}; the library was built without jieba's data.");

    private static void Verify(string directory, string description)
    {
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"jieba data file not found: '{path}' ({description}). jieba.NET would silently segment every character apart without {MainDictionaryFile}. "
                    + $"Unset {DirectoryVariable} to use the copy embedded in FactExtractor, or point it at a folder holding {string.Join(", ", FileNames)}.",
                    path);
            }
        }
    }

    // Kept out of line so that no jieba type is resolved before the caller has the folder in hand.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetJiebaDirectory(string directory) =>
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = directory;

    /// <summary>Creates a folder (and its parents) that only the user may read and write, where the platform allows.</summary>
    internal static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
        }
        else
        {
            // Private to the user: the temp directory is shared.
            System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool HasLength(string path, long length)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == length;
    }

    /// <summary>Deletes a file if it can; a leftover temporary file is harmless.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray .tmp file is harmless.
        }
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(invalid, chars[i]) >= 0 || char.IsWhiteSpace(chars[i]))
            {
                chars[i] = '_';
            }
        }

        return chars.Length == 0 ? "user" : new string(chars);
    }
}
