using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx eval</c>: scores predictions (or the pipeline itself) against a gold folder with the same
/// numbers and lines as <c>tools/score.py</c>; <c>--check</c> validates the gold files.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? pred = null;
        bool check = false;
        var options = new ReportOptions();
        var dirs = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pred":
                    pred = ExtractCommand.Value(args, ref i);
                    break;
                case "--check":
                    check = true;
                    break;
                case "--per-doc":
                    options = options with { PerDocument = true };
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--errors":
                    var n = ExtractCommand.Value(args, ref i);
                    if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                        throw new UsageException($"--errors '{n}' is not a count");
                    options = options with { Errors = count };
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'");
                default:
                    dirs.Add(args[i]);
                    break;
            }
        }
        if (dirs.Count != 1)
            throw new UsageException("eval needs one GOLD_DIR");
        var goldDir = dirs[0];
        if (!Directory.Exists(goldDir))
        {
            stderr.WriteLine($"factx: {goldDir}: no such directory");
            return CommandLine.SomeFailed;
        }
        if (pred is not null && !Directory.Exists(pred) && !File.Exists(pred))
        {
            stderr.WriteLine($"factx: {pred}: no such file or directory");
            return CommandLine.SomeFailed;
        }

        IReadOnlyList<GoldDocument> gold;
        try
        {
            gold = GoldCorpus.Load(goldDir);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factx: {e.Message}");
            return CommandLine.SomeFailed;
        }

        if (check)
        {
            var problems = GoldCorpus.Check(gold);
            foreach (var problem in problems)
                stdout.WriteLine(problem);
            stdout.WriteLine(GoldCorpus.CheckSummary(gold, problems.Count));
            return problems.Count == 0 ? CommandLine.Success : CommandLine.SomeFailed;
        }

        IReadOnlyDictionary<string, JsonElement> predictions;
        try
        {
            predictions = pred is null
                ? PipelinePredictions.Create(Facts.DefaultPipeline, gold, stderr)
                : PredictionSet.Load(pred, stderr);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"factx: {e.Message}");
            return CommandLine.SomeFailed;
        }

        EvaluationResult result;
        try
        {
            result = Scorer.Score(gold, predictions);
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"factx: {e.Message}");
            return CommandLine.SomeFailed;
        }
        ScoreReport.Write(result, options, stdout);
        return CommandLine.Success;
    }
}
