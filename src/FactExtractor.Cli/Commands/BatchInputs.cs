namespace FactExtractor.Cli.Commands;

/// <summary>
/// Turns the INPUT arguments of <c>factx batch</c> into documents, lazily and in a fixed order:
/// arguments in the order given; within a folder or a glob, depth first with the entries of
/// each folder sorted by name (ordinal). Ids are paths relative to the input's root (the
/// folder named, the fixed part of a glob, the folder of a file), with <c>/</c> separators, so
/// they do not depend on where the corpus is mounted.
/// </summary>
/// <param name="args">Files, folders (their <c>*.txt</c>, recursively), glob patterns, <c>.jsonl</c> files, or <c>-</c>.</param>
/// <param name="stdin">Read for <c>-</c> as JSON Lines.</param>
/// <param name="maxBytes">Longest document (file or JSON line) read, in bytes.</param>
/// <param name="problem">Called for a problem that is no document: a glob that matches nothing, an unreadable folder.</param>
internal sealed class BatchInputs(IReadOnlyList<string> args, TextReader stdin, long maxBytes, Action<string> problem)
{
    public IEnumerable<BatchItem> Enumerate()
    {
        foreach (var arg in args)
        {
            IEnumerable<BatchItem> items;
            if (arg == "-")
                items = JsonLinesInput.Read(OpenStdin(), "stdin", maxBytes);
            else if (Directory.Exists(arg))
                items = Walk(new DirectoryInfo(arg), "", 0, int.MaxValue, IsText).SelectMany(File);
            else if (System.IO.File.Exists(arg))
                items = File((arg, Name(arg), SizeOf(arg)));
            else if (BatchGlob.IsPattern(arg))
                items = Glob(arg);
            else
                items = [BatchItem.Failed(Name(arg), new BatchError(BatchErrorCodes.Unreadable, $"{arg}: no such file or folder"), 0)];
            foreach (var item in items)
                yield return item;
        }
    }

    /// <summary>
    /// The total size of the inputs in bytes, found without reading them (for the progress
    /// line's ETA); null when stdin is among them.
    /// </summary>
    public long? EstimateBytes()
    {
        long total = 0;
        foreach (var arg in args)
        {
            if (arg == "-")
                return null;
            if (Directory.Exists(arg))
                total += Walk(new DirectoryInfo(arg), "", 0, int.MaxValue, IsText).Sum(f => f.Length);
            else if (System.IO.File.Exists(arg))
                total += SizeOf(arg);
            else if (BatchGlob.IsPattern(arg) && BatchGlob.Parse(arg) is var glob && Directory.Exists(glob.Root))
                total += Walk(new DirectoryInfo(glob.Root), "", 0, glob.MaxDepth, glob.IsMatch).Sum(f => f.Length);
        }
        return total;
    }

    /// <summary>Whether a file is read as JSON Lines (many documents) rather than as one text.</summary>
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string relative) => relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static string Name(string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : path;
    }

    private IEnumerable<BatchItem> Glob(string pattern)
    {
        var glob = BatchGlob.Parse(pattern);
        bool any = false;
        if (Directory.Exists(glob.Root))
        {
            foreach (var match in Walk(new DirectoryInfo(glob.Root), "", 0, glob.MaxDepth, glob.IsMatch))
            {
                any = true;
                foreach (var item in File(match))
                    yield return item;
            }
        }
        if (!any)
            problem($"{pattern}: no file matches");
    }

    /// <summary>A file as one document, or a JSON Lines file as many.</summary>
    private IEnumerable<BatchItem> File((string Path, string Relative, long Length) file)
    {
        if (!IsJsonLines(file.Path))
            return [BatchItem.FromFile(file.Relative, file.Path, file.Length)];
        Stream stream;
        try
        {
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [BatchItem.Failed(file.Relative, new BatchError(BatchErrorCodes.Unreadable, $"{file.Path}: {e.Message}"), 0)];
        }
        return ReadAndClose(stream, file.Relative);
    }

    private IEnumerable<BatchItem> ReadAndClose(Stream stream, string source)
    {
        using (stream)
        {
            foreach (var item in JsonLinesInput.Read(stream, source, maxBytes))
                yield return item;
        }
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private Stream OpenStdin() =>
        ReferenceEquals(stdin, Console.In) ? Console.OpenStandardInput() : new TextReaderStream(stdin);

    /// <summary>Files under <paramref name="dir"/>, depth first, each folder's entries sorted by name; symbolic links to folders are not followed.</summary>
    private IEnumerable<(string Path, string Relative, long Length)> Walk(DirectoryInfo dir, string prefix, int depth, int maxDepth, Func<string, bool> include)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem($"{dir.FullName}: {e.Message}");
            yield break;
        }
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                if (depth < maxDepth && !sub.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    foreach (var file in Walk(sub, relative + "/", depth + 1, maxDepth, include))
                        yield return file;
                }
            }
            else if (include(relative))
            {
                yield return (entry.FullName, relative, ((FileInfo)entry).Length);
            }
        }
    }
}
