using System.Diagnostics;
using System.Globalization;
using FactExtractor.Generate;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx bench</c>: a quick throughput check on this machine. Extracts the inputs (files, or a
/// generated news text) once to warm up, then <c>--runs</c> times on one thread, and reports the
/// medians: characters and facts per second, bytes allocated per character, the peak working set,
/// and the cold start (a fresh <c>factx</c> process, from its start to its first fact).
/// </summary>
internal static class BenchCommand
{
    /// <summary>The child process mode that measures a cold start: extract one sentence, print when the first fact is out.</summary>
    internal const string FirstFactMode = "--first-fact";

    private const string ColdStartText = "2023年，全市实现地区生产总值1228.5亿元，比上年增长6.1%。";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args is [FirstFactMode])
            return FirstFact(stdout);

        double? generateMb = null;
        int runs = 5, coldRuns = 5;
        ScoringMode? scoring = null;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--generate":
                    generateMb = ParsePositive(ExtractCommand.Value(args, ref i), "--generate", 1000);
                    break;
                case "--runs":
                    runs = (int)ParsePositive(ExtractCommand.Value(args, ref i), "--runs", 1000);
                    break;
                case "--cold-runs":
                    var cold = ExtractCommand.Value(args, ref i);
                    coldRuns = cold == "0" ? 0 : (int)ParsePositive(cold, "--cold-runs", 100);
                    break;
                case "--scoring":
                    scoring = ExtractCommand.ParseScoring(ExtractCommand.Value(args, ref i));
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'");
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count > 0 && generateMb is not null)
            throw new UsageException("bench takes FILEs or --generate MB, not both");

        // Cold start first, while this process has loaded nothing it could share.
        var coldMs = new List<double>();
        var coldCpuMs = new List<double>();
        for (int i = 0; i < coldRuns; i++)
        {
            var ms = ColdStart(stderr);
            if (ms is null)
                return CommandLine.SomeFailed;
            coldMs.Add(ms.Value.Wall);
            coldCpuMs.Add(ms.Value.Cpu);
        }

        string[] documents;
        string source;
        if (files.Count > 0)
        {
            try
            {
                documents = [.. files.Select(f => InputFile.Read(f, stdin))];
            }
            catch (InputException e)
            {
                stderr.WriteLine($"factx: {e.Message}");
                return CommandLine.SomeFailed;
            }
            source = files.Count == 1 ? files[0] : $"{files.Count} files";
        }
        else
        {
            double mb = generateMb ?? 5;
            documents = [new Articles(1).Text((long)(mb * 1_000_000))];
            source = $"generated news text (factx-generate text --size-mb {mb.ToString(CultureInfo.InvariantCulture)}, seed 1)";
        }
        long chars = documents.Sum(d => (long)d.Length);
        long bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d));

        var pipeline = scoring is null ? Facts.DefaultPipeline : ExtractCommand.BuildPipeline(scoring, null);
        // Warm-up: loads the dictionary, lexicons and model, and compiles the hot paths.
        int facts = Extract(pipeline, documents);

        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        var allocated = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            facts = Extract(pipeline, documents);
            watch.Stop();
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            seconds.Add(watch.Elapsed.TotalSeconds);
            self.Refresh();
            cpuSeconds.Add((self.TotalProcessorTime - cpu).TotalSeconds);
        }
        self.Refresh();
        long peak = self.PeakWorkingSet64;
        // What stays alive: the pipeline's tables and the inputs, then also one extraction's result.
        long loaded = GC.GetTotalMemory(forceFullCollection: true);
        _ = Extract(pipeline, documents, out var results);
        long live = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(results);

        double median = Median(seconds);
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine($"factx bench: {source}");
        stdout.WriteLine(string.Create(inv, $"  input           {documents.Length} document(s), {chars:N0} characters, {bytes / 1e6:F2} MB UTF-8, {facts:N0} facts"));
        stdout.WriteLine(string.Create(inv, $"  scoring         {(scoring ?? ScoringMode.Model).ToString().ToLowerInvariant()}, one thread, median of {runs} run(s) after a warm-up"));
        stdout.WriteLine(string.Create(inv, $"  time            {median * 1000:F0} ms (min {seconds.Min() * 1000:F0}, max {seconds.Max() * 1000:F0}); CPU {Median(cpuSeconds) * 1000:F0} ms (all threads: a busy machine inflates the first, not the second)"));
        stdout.WriteLine(string.Create(inv, $"  throughput      {chars / median:N0} characters/s, {bytes / median / 1e6:F2} MB/s, {facts / median:N0} facts/s"));
        stdout.WriteLine(string.Create(inv, $"  allocated       {Median(allocated) / chars:F1} bytes/character ({Median(allocated) / 1e6:F0} MB a run)"));
        stdout.WriteLine(string.Create(inv, $"  peak working set {peak / 1e6:F0} MB (this process, over the warm-up and the runs)"));
        stdout.WriteLine(string.Create(inv, $"  managed heap    {loaded / 1e6:F0} MB loaded (dictionaries, model, inputs), {live / 1e6:F0} MB with one result held (after full GCs)"));
        if (coldMs.Count > 0)
        {
            stdout.WriteLine(string.Create(inv, $"  cold start      {Median(coldMs):F0} ms from starting a fresh factx to its first fact, median of {coldMs.Count} (min {coldMs.Min():F0}, max {coldMs.Max():F0});"));
            stdout.WriteLine(string.Create(inv, $"                  CPU {Median(coldCpuMs):F0} ms in that process"));
        }
        return CommandLine.Success;
    }

    private static int Extract(FactPipeline pipeline, string[] documents, out FactDocument[] results)
    {
        results = new FactDocument[documents.Length];
        int facts = 0;
        for (int i = 0; i < documents.Length; i++)
            facts += (results[i] = pipeline.Extract(documents[i])).Facts.Count;
        return facts;
    }

    private static int Extract(FactPipeline pipeline, string[] documents)
    {
        int facts = 0;
        foreach (var document in documents)
            facts += pipeline.Extract(document).Facts.Count;
        return facts;
    }

    /// <summary>The child: extract a sentence and print its first fact.</summary>
    private static int FirstFact(TextWriter stdout)
    {
        var doc = Facts.Extract(ColdStartText);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        stdout.WriteLine(doc.Facts.Count > 0 ? $"first fact: {doc.Facts[0].Quantity.Text}, cpu ms {cpu}" : "no fact");
        stdout.Flush();
        return doc.Facts.Count > 0 ? CommandLine.Success : CommandLine.SomeFailed;
    }

    /// <summary>
    /// Starts <c>factx bench --first-fact</c> as a new process and times it from just before the start
    /// to the line that reports its first fact.
    /// </summary>
    private static (double Wall, double Cpu)? ColdStart(TextWriter stderr)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var host = Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        // Run as `dotnet factx.dll`, the child needs the assembly path; as an apphost, it does not.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factx.dll"));
        start.ArgumentList.Add("bench");
        start.ArgumentList.Add(FirstFactMode);
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start);
        if (child is null)
        {
            stderr.WriteLine("factx: bench could not start a child process for the cold start");
            return null;
        }
        var line = child.StandardOutput.ReadLine();
        double ms = watch.Elapsed.TotalMilliseconds;
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        if (line is null || !line.StartsWith("first fact", StringComparison.Ordinal) || child.ExitCode != 0)
        {
            stderr.WriteLine($"factx: bench's cold-start process failed (exit {child.ExitCode}): {line} {error}".TrimEnd());
            return null;
        }
        return (ms, double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ParsePositive(string s, string option, double max) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= max
            ? v
            : throw new UsageException($"{option} '{s}' is not a number above 0 and at most {max.ToString(CultureInfo.InvariantCulture)}");
}
