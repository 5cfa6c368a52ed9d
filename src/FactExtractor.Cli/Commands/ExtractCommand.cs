using System.Globalization;
using System.Text;

namespace FactExtractor.Cli.Commands;

/// <summary><c>factx extract</c>: facts of each input file as SPEC section 4 JSON.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        DateOnly? referenceDate = null;
        string? outDir = null;
        bool compact = false;
        ScoringMode? scoring = null;
        double? minConfidence = null;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reference-date":
                    var date = Value(args, ref i);
                    if (date.Length == 0)
                        break; // an empty value means no reference date
                    if (!IsDate(date) && File.Exists(date))
                    {
                        // Shell scripts that build the option from an empty field shift a file
                        // name into its place: read it as an input, say so, and go on undated.
                        stderr.WriteLine($"factx: --reference-date '{date}' is a file, not a date; reading it as an input without a reference date");
                        files.Add(date);
                        break;
                    }
                    referenceDate = ParseDate(date);
                    break;
                case "--out":
                    outDir = Value(args, ref i);
                    break;
                case "--compact":
                    compact = true;
                    break;
                case "--scoring":
                    scoring = ParseScoring(Value(args, ref i));
                    break;
                case "--min-confidence":
                    minConfidence = ParseConfidence(Value(args, ref i));
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'");
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0)
            throw new UsageException("extract needs at least one FILE");

        if (outDir is not null)
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factx: cannot create output directory {outDir}: {e.Message}");
                return CommandLine.SomeFailed;
            }
        }
        var pipeline = scoring is null && minConfidence is null ? Facts.DefaultPipeline : BuildPipeline(scoring, minConfidence);
        bool jsonLines = outDir is null && files.Count > 1;
        bool indented = !(compact || jsonLines);
        // The JSON goes out as it is made, not as one string: a 5 MB document makes 65 MB of JSON.
        using var output = outDir is null ? StandardOutput.Open(stdout) : null;
        int failed = 0;
        foreach (var file in files)
        {
            FactDocument doc;
            try
            {
                var text = InputFile.Read(file, stdin);
                doc = pipeline.Extract(text, new ExtractOptions { ReferenceDate = referenceDate, DocumentId = InputFile.Stem(file) });
                if (outDir is not null)
                {
                    WriteAtomically(Path.Combine(outDir, InputFile.Stem(file) + ".json"), json => WriteDocument(json, doc, indented));
                    continue;
                }
            }
            catch (Exception e) when (e is InputException or DocumentTooLargeException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factx: {(e is InputException ? e.Message : file + ": " + e.Message)}");
                failed++;
                continue;
            }
            try
            {
                WriteDocument(output!, doc, indented);
                output!.Flush();
            }
            catch (IOException e)
            {
                // A full disk or a closed pipe: the inputs after this one could not be written either.
                stderr.WriteLine($"factx: cannot write standard output: {e.Message}");
                return CommandLine.SomeFailed;
            }
        }
        return failed == 0 ? CommandLine.Success : CommandLine.SomeFailed;
    }

    /// <summary>The default pipeline with the scoring and minimum confidence given on the command line.</summary>
    internal static FactPipeline BuildPipeline(ScoringMode? scoring, double? minConfidence)
    {
        var builder = new FactPipelineBuilder();
        if (scoring is { } s)
            builder.UseScoring(s);
        if (minConfidence is { } c)
            builder.UseMinConfidence(c);
        return builder.Build();
    }

    internal static ScoringMode ParseScoring(string s) => s switch
    {
        "model" => ScoringMode.Model,
        "rules" => ScoringMode.Rules,
        _ => throw new UsageException($"--scoring '{s}' is not model or rules"),
    };

    internal static double ParseConfidence(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c >= 0 && c <= 1
            ? c
            : throw new UsageException($"--min-confidence '{s}' is not a number from 0 to 1");

    private static void WriteDocument(Stream utf8, FactDocument doc, bool indented)
    {
        FactJson.Serialize(utf8, doc, indented);
        utf8.WriteByte((byte)'\n');
    }

    /// <summary>Writes to a temporary file and renames it, so a killed run leaves no half-written file.</summary>
    internal static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            write(stream);
        OutputFile.Replace(temp, path);
    }

    internal static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
            throw new UsageException($"option {args[i]} needs a value");
        return args[++i];
    }

    private static bool IsDate(string s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static DateOnly ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"--reference-date '{s}' is not a date YYYY-MM-DD");
}
