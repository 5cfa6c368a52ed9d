using System.Text;
using System.Text.Json;

namespace FactExtractor.Cli.Commands;

/// <summary>How far an earlier run got: the first <see cref="Documents"/> selected documents are in the output.</summary>
internal sealed record BatchResumeState(long Documents, long Errors, string? LastId)
{
    public static BatchResumeState None { get; } = new(0, 0, null);
}

/// <summary>
/// The output files of a batch run: the output itself, the errors file beside a CSV or
/// Parquet output (<c>facts.csv</c> → <c>facts.errors.csv</c>) and the checkpoint of a CSV
/// run in progress (<c>facts.csv.checkpoint</c>).
/// </summary>
internal sealed record BatchPaths(string Output, string? Errors, string Checkpoint)
{
    public static BatchPaths For(string output, BatchFormat format)
    {
        if (format == BatchFormat.Jsonl)
            return new BatchPaths(output, null, output + ".checkpoint");
        var ext = Path.GetExtension(output);
        var stem = ext.Length > 0 ? output[..^ext.Length] : output;
        if (ext.Length == 0)
            ext = format == BatchFormat.Csv ? ".csv" : ".parquet";
        return new BatchPaths(output, stem + ".errors" + ext, output + ".checkpoint");
    }
}

/// <summary>
/// Resuming a JSON Lines output needs no side file: every document is one line, so the
/// complete lines are the documents done. A trailing partial line (a write cut short by a
/// kill) is cut off.
/// </summary>
internal static class JsonlResume
{
    /// <summary>Reads <paramref name="path"/>: the documents it holds and the length of its complete lines.</summary>
    public static (BatchResumeState State, long Length) Scan(string path)
    {
        if (!File.Exists(path))
            return (BatchResumeState.None, 0);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long documents = 0, errors = 0, position = 0, lineStart = 0, lastLineStart = -1;
        var head = new byte[12]; // enough to tell {"document": (an error record) from {"schemaVersion":
        int headLength = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int pos = 0;
            while (pos < read)
            {
                if (headLength < head.Length && position + pos - lineStart < head.Length)
                {
                    int take = (int)Math.Min(head.Length - headLength, read - pos);
                    take = Math.Min(take, head.Length - (int)(position + pos - lineStart));
                    buffer.AsSpan(pos, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }
                int nl = Array.IndexOf(buffer, (byte)'\n', pos, read - pos);
                if (nl < 0)
                    break;
                documents++;
                if (head.AsSpan(0, headLength).StartsWith("{\"document\""u8))
                    errors++;
                lastLineStart = lineStart;
                lineStart = position + nl + 1;
                headLength = 0;
                pos = nl + 1;
            }
            position += read;
        }
        string? lastId = null;
        if (lastLineStart >= 0)
        {
            stream.Position = lastLineStart;
            var last = new byte[lineStart - lastLineStart];
            stream.ReadExactly(last);
            lastId = DocumentId(last);
        }
        return (new BatchResumeState(documents, errors, lastId), lineStart);
    }

    private static string? DocumentId(byte[] line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("document").GetProperty("id").GetString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BatchException($"cannot resume: the last line of the output is not a factx record: {Encoding.UTF8.GetString(line.AsSpan(0, Math.Min(line.Length, 80)))}");
        }
    }
}

/// <summary>
/// The progress of a CSV run, saved (write to a temporary file, then rename) after every chunk
/// of records and deleted when the run finishes; <c>--resume</c> cuts the outputs back to the
/// lengths it names and continues after its documents.
/// </summary>
internal sealed class BatchCheckpoint(string path, string settings)
{
    public string Path { get; } = path;

    /// <summary>The options that shape the output; a resume with other options is refused.</summary>
    public string Settings { get; } = settings;

    public long Documents { get; set; }
    public long Errors { get; set; }
    public string? LastId { get; set; }
    public long OutputBytes { get; set; }
    public long ErrorBytes { get; set; }

    public BatchResumeState State => new(Documents, Errors, LastId);

    public void Save()
    {
        var temp = Path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("settings", Settings);
            json.WriteNumber("documents", Documents);
            json.WriteNumber("errors", Errors);
            json.WriteString("lastId", LastId);
            json.WriteNumber("outputBytes", OutputBytes);
            json.WriteNumber("errorBytes", ErrorBytes);
            json.WriteEndObject();
        }
        File.Move(temp, Path, overwrite: true);
    }

    public void Delete() => File.Delete(Path);

    /// <summary>Reads the checkpoint at <paramref name="path"/>, or null when there is none.</summary>
    public static BatchCheckpoint? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            return new BatchCheckpoint(path, root.GetProperty("settings").GetString()!)
            {
                Documents = root.GetProperty("documents").GetInt64(),
                Errors = root.GetProperty("errors").GetInt64(),
                LastId = root.GetProperty("lastId").GetString(),
                OutputBytes = root.GetProperty("outputBytes").GetInt64(),
                ErrorBytes = root.GetProperty("errorBytes").GetInt64(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BatchException($"cannot resume: {path} is not a factx checkpoint ({e.Message})");
        }
    }
}

/// <summary>A failure that ends the batch (not one document's): reported in one line, exit code 1 or 2.</summary>
internal sealed class BatchException(string message, int exitCode = CommandLine.SomeFailed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
