using System.Globalization;
using System.Runtime.InteropServices;
using Parquet;

namespace FactExtractor.Cli.Commands;

/// <summary>The output formats of <c>factx batch</c>.</summary>
internal enum BatchFormat
{
    /// <summary>One SPEC section 4 document (or error record) per line.</summary>
    Jsonl,
    /// <summary>One row per fact, RFC 4180; errors in a file beside it.</summary>
    Csv,
    /// <summary>The CSV's columns, typed; errors in a file beside it.</summary>
    Parquet,
}

/// <summary>The options of one <c>factx batch</c> run.</summary>
internal sealed record BatchSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required string Output { get; init; }
    public BatchFormat Format { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public BatchShard? Shard { get; init; }
    public DateOnly? ReferenceDate { get; init; }
    public bool Resume { get; init; }
    public double? MinConfidence { get; init; }
    public ScoringMode? Scoring { get; init; }
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>For tests: stop like a killed process once this many documents were written (no flush, no finish).</summary>
    public long? KillAfter { get; init; }

    /// <summary>For tests: flush (and checkpoint) after every this many documents, besides every megabyte or second.</summary>
    public int? FlushEvery { get; init; }

    /// <summary>
    /// Documents (files or JSON lines) larger than this are error records, not read: 1 MB, about
    /// 330,000 Chinese characters, longer than any article or report. Extraction needs about
    /// 100 MB of memory per MB of text, so this bound is what keeps memory flat.
    /// </summary>
    public const long DefaultMaxBytes = 1_000_000;

    /// <summary>What shapes the records; a CSV checkpoint written with other values is not resumed.</summary>
    public string Fingerprint() => string.Create(CultureInfo.InvariantCulture,
        $"format={Format} shard={Shard} referenceDate={ReferenceDate:yyyy-MM-dd} scoring={Scoring} minConfidence={MinConfidence} maxBytes={MaxBytes}");
}

/// <summary>
/// <c>factx batch INPUT... --out PATH</c>: many documents in, one JSON Lines, CSV or Parquet
/// output, in input order, on all cores; bad documents become error records and the run goes on.
/// </summary>
internal static class BatchCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(Parse(args), stdin, stdout, stderr);

    internal static BatchSettings Parse(string[] args)
    {
        var inputs = new List<string>();
        string? output = null;
        string? format = null;
        int jobs = Environment.ProcessorCount;
        BatchShard? shard = null;
        DateOnly? referenceDate = null;
        bool resume = false;
        double? minConfidence = null;
        ScoringMode? scoring = null;
        long maxBytes = BatchSettings.DefaultMaxBytes;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = ExtractCommand.Value(args, ref i);
                    break;
                case "--format":
                    format = ExtractCommand.Value(args, ref i);
                    if (format is not ("jsonl" or "csv" or "parquet"))
                        throw new UsageException($"--format '{format}' is not jsonl, csv or parquet");
                    break;
                case "--jobs":
                    var j = ExtractCommand.Value(args, ref i);
                    if (!int.TryParse(j, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1)
                        throw new UsageException($"--jobs '{j}' is not a whole number of at least 1");
                    break;
                case "--shard":
                    shard = BatchShard.Parse(ExtractCommand.Value(args, ref i));
                    break;
                case "--reference-date":
                    var date = ExtractCommand.Value(args, ref i);
                    referenceDate = date.Length == 0 ? null : ExtractCommand.ParseDate(date);
                    break;
                case "--resume":
                    resume = true;
                    break;
                case "--min-confidence":
                    minConfidence = ExtractCommand.ParseConfidence(ExtractCommand.Value(args, ref i));
                    break;
                case "--scoring":
                    scoring = ExtractCommand.ParseScoring(ExtractCommand.Value(args, ref i));
                    break;
                case "--max-bytes":
                    var m = ExtractCommand.Value(args, ref i);
                    if (!long.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out maxBytes) || maxBytes < 1)
                        throw new UsageException($"--max-bytes '{m}' is not a whole number of at least 1");
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0)
            throw new UsageException("batch needs at least one INPUT (file, folder, glob, or - for JSON Lines on stdin)");
        if (output is null)
            throw new UsageException("batch needs --out PATH (- for JSON Lines on stdout)");
        var kind = format switch
        {
            "csv" => BatchFormat.Csv,
            "parquet" => BatchFormat.Parquet,
            "jsonl" => BatchFormat.Jsonl,
            _ => Path.GetExtension(output).ToLowerInvariant() switch
            {
                ".csv" => BatchFormat.Csv,
                ".parquet" => BatchFormat.Parquet,
                _ => BatchFormat.Jsonl,
            },
        };
        if (output == "-" && kind != BatchFormat.Jsonl)
            throw new UsageException("--out - (stdout) is for --format jsonl; CSV and Parquet need a file for their errors beside them");
        if (output == "-" && resume)
            throw new UsageException("--resume needs --out FILE: stdout cannot be continued");
        return new BatchSettings
        {
            Inputs = inputs, Output = output, Format = kind, Jobs = jobs, Shard = shard, ReferenceDate = referenceDate,
            Resume = resume, MinConfidence = minConfidence, Scoring = scoring, MaxBytes = maxBytes,
        };
    }

    internal static int Run(BatchSettings settings, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var err = TextWriter.Synchronized(stderr);
        bool realProcess = ReferenceEquals(stderr, Console.Error);
        using var cancel = new CancellationTokenSource();
        using var sigint = realProcess ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop) : null;
        using var sigterm = realProcess ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) : null;

        var paths = settings.Output == "-" ? null : BatchPaths.For(settings.Output, settings.Format);
        BatchWriter? writer;
        try
        {
            if (paths is not null && Path.GetDirectoryName(Path.GetFullPath(paths.Output)) is { } folder)
                Directory.CreateDirectory(folder);
            writer = OpenWriter(settings, paths, stdout, err);
        }
        catch (BatchException e)
        {
            err.WriteLine($"factx: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            err.WriteLine($"factx: cannot write {settings.Output}: {e.Message}");
            return CommandLine.SomeFailed;
        }
        if (writer is null)
            return CommandLine.Success; // a finished output: nothing to resume (OpenWriter said so)
        writer.FlushEveryDocuments = settings.FlushEvery;

        int problems = 0;
        var inputs = new BatchInputs(settings.Inputs, stdin, settings.MaxBytes, message =>
        {
            Interlocked.Increment(ref problems);
            err.WriteLine($"factx: {message}");
        });
        var resumed = new BatchResumeState(writer.Documents, writer.Errors, writer.LastId);
        bool terminal = realProcess && !Console.IsErrorRedirected;
        var progress = new BatchProgress(terminal ? err : null);
        if (terminal)
            _ = Task.Run(() => EstimateTotal(settings, stdin, progress));

        var pipeline = settings.Scoring is null && settings.MinConfidence is null
            ? Facts.DefaultPipeline
            : ExtractCommand.BuildPipeline(settings.Scoring, settings.MinConfidence);
        var processor = new BatchProcessor(pipeline, settings.ReferenceDate, settings.MaxBytes, BatchWriter.Encoder(settings.Format));
        var items = Select(inputs.Enumerate(), settings.Shard, resumed, progress);
        try
        {
            new BatchRunner(settings.Jobs).Run(items, processor.Process, result =>
            {
                writer.Write(result);
                progress.Written(result);
                if (progress.Documents == settings.KillAfter)
                    throw new SimulatedKillException();
            }, cancel.Token);
            writer.Complete();
        }
        catch (SimulatedKillException)
        {
            progress.Dispose();
            writer.Dispose();
            return 137;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            writer.Flush();
            writer.Dispose();
            progress.Dispose();
            err.WriteLine($"factx: interrupted after {writer.Documents} documents; run the same command with --resume to continue");
            return CommandLine.SomeFailed;
        }
        catch (BatchException e)
        {
            writer.Dispose();
            progress.Dispose();
            err.WriteLine($"factx: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer.Dispose();
            progress.Dispose();
            err.WriteLine($"factx: cannot write {settings.Output}: {e.Message}");
            return CommandLine.SomeFailed;
        }
        writer.Dispose();
        progress.Dispose();
        err.WriteLine(Summary(settings, paths, progress, resumed));
        return writer.Errors > 0 || problems > 0 ? CommandLine.SomeFailed : CommandLine.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    /// <summary>The documents of this shard, after those an earlier run already wrote.</summary>
    private static IEnumerable<BatchItem> Select(IEnumerable<BatchItem> all, BatchShard? shard, BatchResumeState done, BatchProgress progress)
    {
        long n = 0;
        foreach (var item in all)
        {
            if (shard is not null && !shard.Contains(item.Id))
                continue;
            n++;
            if (n > done.Documents)
            {
                yield return item;
                continue;
            }
            progress.Skipped(item);
            if (n == done.Documents && item.Id != done.LastId)
            {
                throw new BatchException(
                    $"cannot resume: document {n} of the inputs is '{item.Id}' but the output's last one is '{done.LastId}' (were the inputs or options changed?)",
                    CommandLine.UsageError);
            }
        }
        if (n < done.Documents)
            throw new BatchException($"cannot resume: the output holds {done.Documents} documents but the inputs have {n}", CommandLine.UsageError);
    }

    /// <summary>Opens the output to start or to continue; null when <c>--resume</c> finds it finished.</summary>
    private static BatchWriter? OpenWriter(BatchSettings settings, BatchPaths? paths, TextWriter stdout, TextWriter err)
    {
        if (paths is null)
        {
            var stream = StandardOutput.Open(stdout);
            return new JsonlBatchWriter(RecordFile.Over(stream));
        }
        switch (settings.Format)
        {
            case BatchFormat.Jsonl when settings.Resume:
                var (state, length) = JsonlResume.Scan(paths.Output);
                if (File.Exists(paths.Output) && new FileInfo(paths.Output).Length > length)
                    err.WriteLine($"factx: --resume: cut off a partial last line of {paths.Output}");
                return new JsonlBatchWriter(RecordFile.Open(paths.Output, length), state);
            case BatchFormat.Jsonl:
                return new JsonlBatchWriter(RecordFile.Create(paths.Output));
            case BatchFormat.Csv:
                var checkpoint = settings.Resume ? BatchCheckpoint.Load(paths.Checkpoint) : null;
                if (checkpoint is null && settings.Resume && File.Exists(paths.Output))
                    return Finished(paths, CountCsvRecords(paths.Errors!) - 1, err);
                if (checkpoint is not null)
                {
                    if (checkpoint.Settings != settings.Fingerprint())
                        throw new BatchException($"cannot resume: {paths.Checkpoint} was written with other options ({checkpoint.Settings})", CommandLine.UsageError);
                    if (Length(paths.Output) < checkpoint.OutputBytes || Length(paths.Errors!) < checkpoint.ErrorBytes)
                        throw new BatchException($"cannot resume: {paths.Output} is shorter than {paths.Checkpoint} says; start over without --resume");
                }
                return CsvBatchWriter.Open(paths, checkpoint ?? new BatchCheckpoint(paths.Checkpoint, settings.Fingerprint()));
            default:
                if (settings.Resume && File.Exists(paths.Output) && !File.Exists(paths.Output + ".partial"))
                    return Finished(paths, ParquetRows(paths.Errors!), err);
                if (settings.Resume)
                    err.WriteLine("factx: --resume: a Parquet file is written whole at the end, so an interrupted one starts over");
                return ParquetBatchWriter.Create(paths);
        }
    }

    private static BatchWriter? Finished(BatchPaths paths, long errors, TextWriter err)
    {
        err.WriteLine($"factx batch: nothing to resume: {paths.Output} is complete ({errors} failed documents in {paths.Errors})");
        if (errors > 0)
            throw new BatchException($"{errors} documents failed in the finished run", CommandLine.SomeFailed);
        return null;
    }

    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <summary>Records in an RFC 4180 file (line breaks inside quotes do not count).</summary>
    private static long CountCsvRecords(string path)
    {
        if (!File.Exists(path))
            return 1;
        long records = 0;
        bool quoted = false;
        foreach (var b in File.ReadAllBytes(path))
        {
            if (b == (byte)'"')
                quoted = !quoted;
            else if (b == (byte)'\n' && !quoted)
                records++;
        }
        return records;
    }

    private static long ParquetRows(string path)
    {
        if (!File.Exists(path))
            return 0;
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            return reader.Metadata?.NumRows ?? 0;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void EstimateTotal(BatchSettings settings, TextReader stdin, BatchProgress progress)
    {
        try
        {
            var total = new BatchInputs(settings.Inputs, stdin, settings.MaxBytes, _ => { }).EstimateBytes();
            progress.TotalBytes = total / (settings.Shard?.Count ?? 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No ETA then.
        }
    }

    private static string Summary(BatchSettings settings, BatchPaths? paths, BatchProgress progress, BatchResumeState resumed)
    {
        double seconds = progress.Elapsed.TotalSeconds;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"factx batch: {progress.Documents} documents ({progress.Documents - progress.Errors} ok, {progress.Errors} failed), {progress.Facts} facts in {seconds:F1} s ({progress.Documents / Math.Max(seconds, 0.001):F1} documents/s)");
        if (resumed.Documents > 0)
            summary += string.Create(CultureInfo.InvariantCulture, $"; {resumed.Documents} written before --resume ({resumed.Errors} failed)");
        if (settings.Shard is not null)
            summary += $"; shard {settings.Shard}";
        summary += paths is null ? "" : paths.Errors is null ? $" -> {paths.Output}" : $" -> {paths.Output}, errors in {paths.Errors}";
        return summary;
    }

    private sealed class SimulatedKillException : Exception;
}
