using System.Globalization;
using FactExtractor.Training;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>factx train</c>: trains the learned fact scorer from a gold folder and writes its model zip;
/// with <c>--cross-validate K</c> it measures rules vs model by leave-documents-out folds instead.
/// </summary>
internal static class TrainCommand
{
    private static readonly double[] Thresholds = [0, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95];

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // ML.NET compiles code at run time (its data views over C# rows): the native build has no JIT.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            throw new UsageException("train needs the .NET runtime's JIT, which this native build of factx has not: run it with the factx .NET tool or `dotnet run --project src/FactExtractor.Cli -c Release -- train ...`");
        string? corpus = null, output = null, predictions = null, only = null;
        int folds = 0, mistakes = 0;
        // The subject model is off unless asked for: it wins cross-validation on corpus/ but not on
        // unseen articles (README, "Confidence and learned scorer").
        bool? useSubjectModel = false;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus":
                    corpus = ExtractCommand.Value(args, ref i);
                    break;
                case "--out":
                    output = ExtractCommand.Value(args, ref i);
                    break;
                case "--cross-validate":
                    var k = ExtractCommand.Value(args, ref i);
                    if (k == "annotators")
                        folds = FactScorerTraining.ByAnnotator;
                    else if (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out folds) || folds < 2)
                        throw new UsageException($"--cross-validate '{k}' is not a number of folds (2 or more) or 'annotators'");
                    break;
                case "--only":
                    only = ExtractCommand.Value(args, ref i);
                    if (only is not ("subjects" or "facts" or "qualifiers"))
                        throw new UsageException($"--only '{only}' is not subjects, facts or qualifiers");
                    break;
                case "--subject-model":
                    useSubjectModel = ExtractCommand.Value(args, ref i) switch
                    {
                        "auto" => null,
                        "on" => true,
                        "off" => false,
                        var v => throw new UsageException($"--subject-model '{v}' is not auto, on or off"),
                    };
                    break;
                case "--errors":
                    var n = ExtractCommand.Value(args, ref i);
                    if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out mistakes))
                        throw new UsageException($"--errors '{n}' is not a number");
                    break;
                case "--cv-pred":
                    predictions = ExtractCommand.Value(args, ref i);
                    break;
                case "--set":
                    var pair = ExtractCommand.Value(args, ref i).Split('=', 2);
                    if (pair.Length != 2)
                        throw new UsageException($"--set needs NAME=VALUE");
                    settings[pair[0]] = pair[1];
                    break;
                case var a:
                    throw new UsageException(a.StartsWith("--", StringComparison.Ordinal) ? $"unknown option '{a}'" : $"unexpected argument '{a}'");
            }
        }
        if (corpus is null)
            throw new UsageException("train needs --corpus GOLD_DIR");
        if (folds == 0 && output is null)
            throw new UsageException("train needs --out MODEL.zip (or --cross-validate K)");
        if (!Directory.Exists(corpus))
        {
            stderr.WriteLine($"factx: {corpus}: no such directory");
            return CommandLine.SomeFailed;
        }
        if (folds != 0)
        {
            try
            {
                var part = only switch
                {
                    "subjects" => CrossValidationPart.Subjects,
                    "facts" => CrossValidationPart.Facts,
                    "qualifiers" => CrossValidationPart.Qualifiers,
                    _ => CrossValidationPart.Both,
                };
                FactScorerTraining.CrossValidate(corpus, folds, Thresholds, stdout, predictions, settings, part, mistakes);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new UsageException(e.Message);
            }
            return CommandLine.Success;
        }
        var r = FactScorerTraining.Train(corpus, output!, useSubjectModel);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"subject model: {r.SubjectCandidates} candidates of {r.SubjectQuantities} quantities from {corpus}; cross-validated full F1 rules {r.RulesFullF1:0.000}, learned {r.LearnedFullF1:0.000}: {(r.SubjectModelUsed ? "used" : "not used")}{(useSubjectModel is null ? " (auto)" : "")}; wrote {r.SubjectModelPath} and {FactScorerTraining.WeightsPath(r.SubjectModelPath)}"));
        stdout.WriteLine($"fact scorer: {r.FactExamples} candidates ({r.FactPositives} facts, {r.FactExamples - r.FactPositives} not) from {corpus}; wrote {r.FactModelPath} and {FactScorerTraining.WeightsPath(r.FactModelPath)}");
        return CommandLine.Success;
    }
}
