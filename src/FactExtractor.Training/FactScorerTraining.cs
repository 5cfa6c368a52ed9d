using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;
using FactExtractor.Scoring;

namespace FactExtractor.Training;

/// <summary>
/// Trains the fact scorer that <see cref="ScoringMode.Model"/> uses, and measures it by
/// leave-documents-out cross-validation. Only the gold folder given is read (the project trains
/// on <c>corpus/</c>; the measuring set stays unseen).
/// </summary>
public static class FactScorerTraining
{
    /// <summary>Trains on every document of <paramref name="goldDirectory"/> and writes the model zip.</summary>
    /// <returns>The number of examples, positives and negatives, for the log.</returns>
    /// <remarks>
    /// Writes two files of one model: <paramref name="modelPath"/>, the ML.NET zip, and beside it
    /// the same name with the extension <c>.weights</c>, its exported weights and calibration, which
    /// the library embeds and scores with plain C#.
    /// </remarks>
    public static (int Examples, int Positives, int Negatives) Train(string goldDirectory, string modelPath)
    {
        var examples = FactExamples.Collect(GoldCorpus.Load(goldDirectory));
        var settings = new TrainerSettings();
        var trained = BinaryTrainer.Train(examples, FactFeatures.NumberCount, settings);
        var dir = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (dir is not null)
            Directory.CreateDirectory(dir);
        int positives = examples.Count(e => e.Label);
        WriteAtomically(modelPath, s => BinaryTrainer.SaveZip(trained.Model, s));
        var comment = string.Create(CultureInfo.InvariantCulture,
            $"fact scorer: calibrated logistic regression over hashed candidate features (Scoring/FactFeatures.cs)\n" +
            $"trained by `factx train` on {Path.GetFileName(Path.TrimEndingDirectorySeparator(goldDirectory))}/: {examples.Count} candidates, {positives} facts, {examples.Count - positives} not\n" +
            $"{settings}");
        WriteAtomically(WeightsPath(modelPath), s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            trained.Linear.Write(writer, comment);
        });
        return (examples.Count, positives, examples.Count - positives);
    }

    /// <summary>Where <see cref="Train"/> writes the exported weights of the zip at <paramref name="modelPath"/>.</summary>
    public static string WeightsPath(string modelPath) => Path.ChangeExtension(modelPath, ".weights");

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        // An existing empty destination may be a device (/dev/null, /dev/full): renaming over it
        // would replace the device itself when run as root, so it is written through instead.
        if (File.Exists(path) && new FileInfo(path).Length == 0)
        {
            using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
            write(device);
            return;
        }
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
            write(file);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Leave-documents-out cross-validation: each fold's documents are scored by a model trained
    /// (and calibrated) on the other folds only; the rules are scored on the same documents.
    /// Writes a table of rules vs model at each minimum confidence in <paramref name="thresholds"/>.
    /// </summary>
    /// <param name="goldDirectory">Gold folder to train and test on.</param>
    /// <param name="folds">Number of document folds.</param>
    /// <param name="thresholds">Minimum confidences to report for the model.</param>
    /// <param name="report">Where the table goes.</param>
    /// <param name="predictionDirectory">When given, the model's out-of-fold predictions (minimum confidence 0) are written there as NAME.json, for score.py and ece.py.</param>
    /// <param name="settings">Training settings as <c>name=value</c> pairs (algorithm, l1, l2, bits, seed); null for the defaults.</param>
    public static void CrossValidate(string goldDirectory, int folds, IReadOnlyList<double> thresholds, TextWriter report, string? predictionDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(report);
        var gold = GoldCorpus.Load(goldDirectory);
        var trainer = ParseSettings(settings);
        var (rules, model) = CrossValidatedPredictions(gold, folds, trainer);
        if (predictionDirectory is not null)
        {
            Directory.CreateDirectory(predictionDirectory);
            foreach (var (name, doc) in model)
                File.WriteAllText(Path.Combine(predictionDirectory, name + ".json"), FactJson.Serialize(doc) + "\n");
        }
        report.WriteLine($"leave-documents-out cross-validation on {gold.Count} documents, {folds} folds; {trainer}");
        var (_, _, _, _, auc) = Measure(gold, model, 0);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model ranking of its candidates: AUC {auc:0.000}"));
        report.WriteLine("scoring         minConf  value P  value R  value F1  full F1  leaks  facts   ECE");
        WriteRow(report, "rules", 0, gold, rules);
        foreach (var t in thresholds)
            WriteRow(report, "model", t, gold, model);
    }

    private static TrainerSettings ParseSettings(IReadOnlyDictionary<string, string>? values)
    {
        var s = new TrainerSettings();
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            s = key switch
            {
                "algorithm" => s with { Algorithm = Enum.Parse<Algorithm>(value, ignoreCase: true) },
                "l1" => s with { L1 = float.Parse(value, CultureInfo.InvariantCulture) },
                "l2" => s with { L2 = float.Parse(value, CultureInfo.InvariantCulture) },
                "bits" => s with { HashBits = int.Parse(value, CultureInfo.InvariantCulture) },
                "seed" => s with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown training setting '{key}'.", nameof(values)),
            };
        }
        return s;
    }

    /// <summary>Out-of-fold facts per document: the rules' and the model's (minimum confidence 0).</summary>
    internal static (Dictionary<string, FactDocument> Rules, Dictionary<string, FactDocument> Model) CrossValidatedPredictions(
        IReadOnlyList<GoldDocument> gold, int folds, TrainerSettings settings)
    {
        var examples = FactExamples.Collect(gold);
        var fold = BinaryTrainer.FoldOf(examples, folds);
        var foldOfDoc = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < examples.Count; i++)
            foldOfDoc[examples[i].Document] = fold[i];
        var rulesPipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        var rules = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        var model = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).Select(i => examples[i]).ToList();
            var trained = BinaryTrainer.Train(train, FactFeatures.NumberCount, settings);
            var pipeline = new FactPipelineBuilder().UseModel(trained.Linear).Build();
            foreach (var g in gold.Where(g => foldOfDoc.TryGetValue(g.Name, out var df) ? df == f : f == 0))
            {
                var options = new ExtractOptions { ReferenceDate = g.ReferenceDate, DocumentId = g.Name };
                rules[g.Name] = rulesPipeline.Extract(FactExamples.GoldText(g), options);
                model[g.Name] = pipeline.Extract(FactExamples.GoldText(g), options);
            }
        }
        return (rules, model);
    }

    /// <summary>Scores facts kept at <paramref name="minConfidence"/>: the evaluation totals, leaks and ECE.</summary>
    internal static (LevelCounts Totals, int Leaks, double Ece, int Facts, double Auc) Measure(
        IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, FactDocument> predictions, double minConfidence)
    {
        var json = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var pairs = new List<(double Confidence, bool Correct)>();
        foreach (var g in gold)
        {
            if (!predictions.TryGetValue(g.Name, out var doc))
                continue;
            var kept = doc with { Facts = [.. doc.Facts.Where(f => f.Confidence >= minConfidence)] };
            using var parsed = JsonDocument.Parse(FactJson.Serialize(kept, indented: false));
            json[g.Name] = parsed.RootElement.Clone();
            foreach (var o in Scorer.Align(g, json[g.Name]))
            {
                if (o.Counted)
                    pairs.Add((o.Predicted.Element.GetProperty("confidence").GetDouble(), o.ValueCorrect));
            }
        }
        var result = Scorer.Score(gold, json);
        return (result.Totals, result.Leaks.Count, Calibration.ExpectedError(pairs), pairs.Count, Calibration.Auc(pairs));
    }

    private static void WriteRow(TextWriter report, string name, double minConfidence, IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, FactDocument> predictions)
    {
        var (totals, leaks, ece, facts, _) = Measure(gold, predictions, minConfidence);
        var v = totals.Value;
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-15} {minConfidence,7:0.00}  {v.Precision,7:0.000}  {v.Recall,7:0.000}  {v.F1,8:0.000}  {totals.Full.F1,7:0.000}  {leaks,5}  {facts,5}  {ece,6:0.0000}"));
    }
}

/// <summary>Expected calibration error, as <c>tools/ece.py</c> computes it (equal-width bins), and ranking quality.</summary>
internal static class Calibration
{
    /// <summary>Area under the ROC curve: how often a correct fact outranks a wrong one (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Confidence, bool Correct)> pairs)
    {
        var pos = pairs.Where(p => p.Correct).Select(p => p.Confidence).ToArray();
        var neg = pairs.Where(p => !p.Correct).Select(p => p.Confidence).ToArray();
        if (pos.Length == 0 || neg.Length == 0)
            return double.NaN;
        double wins = 0;
        foreach (var p in pos)
        {
            foreach (var n in neg)
                wins += p > n ? 1 : p == n ? 0.5 : 0;
        }
        return wins / ((double)pos.Length * neg.Length);
    }

    public static double ExpectedError(IReadOnlyList<(double Confidence, bool Correct)> pairs, int bins = 10)
    {
        if (pairs.Count == 0)
            return 0;
        double ece = 0;
        for (int b = 0; b < bins; b++)
        {
            double lo = (double)b / bins, hi = (double)(b + 1) / bins;
            var sel = pairs.Where(p => (lo <= p.Confidence && p.Confidence < hi) || (b == bins - 1 && p.Confidence == 1.0)).ToList();
            if (sel.Count == 0)
                continue;
            double accuracy = sel.Count(p => p.Correct) / (double)sel.Count;
            double confidence = sel.Average(p => p.Confidence);
            ece += sel.Count / (double)pairs.Count * Math.Abs(accuracy - confidence);
        }
        return ece;
    }
}
