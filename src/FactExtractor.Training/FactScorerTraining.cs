using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;
using FactExtractor.Scoring;

namespace FactExtractor.Training;

/// <summary>Which models <see cref="FactScorerTraining.CrossValidate"/> measures.</summary>
public enum CrossValidationPart
{
    /// <summary>The subject model, then the fact scorer.</summary>
    Both,

    /// <summary>The subject model alone.</summary>
    Subjects,

    /// <summary>The fact scorer alone (the subject model's cross-validation still decides its subjects, unreported).</summary>
    Facts,

    /// <summary>The experiment of learned kind and modality against the rules (subjects as the subject model's cross-validation decides).</summary>
    Qualifiers,
}

/// <summary>What <see cref="FactScorerTraining.Train"/> learned and wrote.</summary>
/// <param name="FactExamples">Candidates the fact scorer learned from.</param>
/// <param name="FactPositives">Of those, checkable facts.</param>
/// <param name="SubjectQuantities">Quantities the subject model learned from.</param>
/// <param name="SubjectCandidates">Their candidate phrases.</param>
/// <param name="RulesFullF1">Full-level F1 with the rules' subjects, in the deciding cross-validation.</param>
/// <param name="LearnedFullF1">Full-level F1 with the learned subjects, in the same cross-validation.</param>
/// <param name="SubjectModelUsed">Whether the pipeline uses the subject model (by default: whether it beat the rules).</param>
/// <param name="FactModelPath">The fact scorer's zip (its weights beside it).</param>
/// <param name="SubjectModelPath">The subject model's zip (its weights beside it).</param>
public sealed record TrainingSummary(int FactExamples, int FactPositives, int SubjectQuantities, int SubjectCandidates,
    double RulesFullF1, double LearnedFullF1, bool SubjectModelUsed, string FactModelPath, string SubjectModelPath);

/// <summary>
/// Trains the fact scorer that <see cref="ScoringMode.Model"/> uses, and measures it by
/// leave-documents-out cross-validation. Only the gold folder given is read (the project trains
/// on <c>corpus/</c>; the measuring set stays unseen).
/// </summary>
public static class FactScorerTraining
{
    /// <summary>Document folds of the cross-validation that decides whether the subject model is used.</summary>
    public const int SubjectDecisionFolds = 5;

    /// <summary>A fold count for <see cref="CrossValidate"/>: one fold per document-name prefix, that is per annotator of corpus/.</summary>
    public const int ByAnnotator = SubjectModelTraining.ByPrefix;

    /// <summary>File name of the subject model, written beside the fact scorer.</summary>
    public const string SubjectModelFileName = "subject-model.zip";

    /// <summary>
    /// Trains both learned models on every document of <paramref name="goldDirectory"/>: first the
    /// subject model, which the pipeline uses only if leave-documents-out cross-validation on the same
    /// folder finds it better than the rules at the full level; then the fact scorer, over the
    /// subjects the pipeline will then give.
    /// </summary>
    /// <remarks>
    /// Writes four files: <paramref name="modelPath"/>, the fact scorer's ML.NET zip, and beside it
    /// the same name with the extension <c>.weights</c>, its exported weights and calibration, which
    /// the library embeds and scores with plain C#; and the same two for the subject model
    /// (<see cref="SubjectModelFileName"/> in the same folder). Seeded and single-threaded: the same
    /// folder gives the same bytes.
    /// </remarks>
    /// <param name="goldDirectory">The gold folder to learn from.</param>
    /// <param name="modelPath">Where the fact scorer's zip goes; the other files go beside it.</param>
    /// <param name="useSubjectModel">Whether the pipeline uses the subject model: null lets the cross-validation decide (the default), true or false overrides it.</param>
    public static TrainingSummary Train(string goldDirectory, string modelPath, bool? useSubjectModel = null)
    {
        var gold = GoldCorpus.Load(goldDirectory);
        var corpusName = Path.GetFileName(Path.TrimEndingDirectorySeparator(goldDirectory));
        var dir = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (dir is not null)
            Directory.CreateDirectory(dir);

        // The subject model, and whether it beats the rules.
        var subjectSettings = SubjectModelTraining.DefaultSettings;
        var groups = SubjectExamples.Collect(gold);
        var comparison = SubjectModelTraining.CrossValidate(gold, SubjectDecisionFolds, subjectSettings, groups);
        var subjects = SubjectModelTraining.Fit(groups, subjectSettings);
        bool use = useSubjectModel ?? comparison.ModelWins;
        var subjectLinear = subjects.Linear.WithProperty(MlSubjectChooser.UseProperty, use ? "true" : "false");
        var subjectPath = SubjectModelPath(modelPath);
        WriteAtomically(subjectPath, s => BinaryTrainer.SaveZip(subjects.Model, s));
        int subjectExamples = groups.Where(g => g.Reachable).Sum(g => g.Candidates.Count);
        WriteWeights(subjectLinear, WeightsPath(subjectPath), string.Create(CultureInfo.InvariantCulture,
            $"subject model: logistic regression over hashed (quantity, candidate phrase) features (Scoring/SubjectFeatures.cs); the best-scored candidate is the subject\n" +
            $"trained by `factx train` on {corpusName}/: {groups.Count(g => g.Reachable)} quantities, {subjectExamples} candidates\n" +
            $"{SubjectDecisionFolds}-fold cross-validation on {corpusName}/, full F1: rules {comparison.Rules.Full.F1:0.000}, learned {comparison.Model.Full.F1:0.000}; used: {(use ? "yes" : "no")}{(useSubjectModel is null ? "" : " (set by the caller)")}\n" +
            $"{subjectSettings}"));

        // The fact scorer, over the subjects the pipeline will give.
        var chooser = use ? new MlSubjectChooser(subjectLinear) : null;
        var examples = FactExamples.Collect(gold, chooser);
        var settings = new TrainerSettings();
        var trained = BinaryTrainer.Train(examples, FactFeatures.NumberCount, settings);
        int positives = examples.Count(e => e.Label);
        WriteAtomically(modelPath, s => BinaryTrainer.SaveZip(trained.Model, s));
        WriteWeights(trained.Linear, WeightsPath(modelPath), string.Create(CultureInfo.InvariantCulture,
            $"fact scorer: calibrated logistic regression over hashed candidate features (Scoring/FactFeatures.cs)\n" +
            $"trained by `factx train` on {corpusName}/: {examples.Count} candidates, {positives} facts, {examples.Count - positives} not; subjects from the {(chooser is null ? "rules" : "subject model")}\n" +
            $"{settings}"));
        return new TrainingSummary(examples.Count, positives, groups.Count(g => g.Reachable), subjectExamples, comparison.Rules.Full.F1, comparison.Model.Full.F1, use, modelPath, subjectPath);
    }

    /// <summary>Where <see cref="Train"/> writes the subject model's zip, beside the fact scorer's <paramref name="modelPath"/>.</summary>
    public static string SubjectModelPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath) ?? "", SubjectModelFileName);

    private static void WriteWeights(LinearModel model, string path, string comment) =>
        WriteAtomically(path, s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            model.Write(writer, comment);
        });

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
    /// <param name="settings">Training settings as <c>name=value</c> pairs (algorithm, l1, l2, bits, seed, calibration); a name prefixed <c>subject.</c> sets the subject model's; null for the defaults.</param>
    /// <param name="part">Which models to measure.</param>
    /// <remarks><paramref name="folds"/> may be <see cref="ByAnnotator"/>: one fold per document-name prefix (a-…, b-…).</remarks>
    /// <param name="mistakes">How many quantities to list where the learned subject differs from the rules' and one of them is wrong.</param>
    public static void CrossValidate(string goldDirectory, int folds, IReadOnlyList<double> thresholds, TextWriter report, string? predictionDirectory = null,
        IReadOnlyDictionary<string, string>? settings = null, CrossValidationPart part = CrossValidationPart.Both, int mistakes = 0)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(report);
        var gold = GoldCorpus.Load(goldDirectory);
        var (trainer, subjectTrainer, qualifierTrainer) = ParseSettings(settings);

        // The subject model against the rules; its result decides which subjects the fact scorer sees.
        var groups = SubjectExamples.Collect(gold);
        var comparison = SubjectModelTraining.CrossValidate(gold, folds, subjectTrainer, groups);
        if (part is CrossValidationPart.Both or CrossValidationPart.Subjects)
        {
            report.WriteLine($"subject model: leave-documents-out cross-validation on {gold.Count} documents, {FoldsName(folds)}; {subjectTrainer}");
            SubjectModelTraining.Report(comparison, report, mistakes);
        }
        if (part == CrossValidationPart.Subjects)
            return;
        if (part == CrossValidationPart.Qualifiers)
        {
            var foldOf = SubjectModelTraining.Folds(gold, folds);
            report.WriteLine($"kind and modality: leave-documents-out cross-validation on {gold.Count} documents, {FoldsName(folds)}; {qualifierTrainer}; subjects from {(comparison.ModelWins ? "each fold's subject model" : "the rules")}");
            QualifierExperiment.Run(gold, folds, f => comparison.ModelWins
                ? new MlSubjectChooser(SubjectModelTraining.Fit([.. groups.Where(g => foldOf[g.Document] != f)], subjectTrainer).Linear)
                : null, qualifierTrainer, report);
            return;
        }

        var (rules, model) = CrossValidatedPredictions(gold, folds, trainer, comparison.ModelWins ? (subjectTrainer, groups) : null);
        if (predictionDirectory is not null)
        {
            Directory.CreateDirectory(predictionDirectory);
            foreach (var (name, doc) in model)
                File.WriteAllText(Path.Combine(predictionDirectory, name + ".json"), FactJson.Serialize(doc) + "\n");
        }
        report.WriteLine($"fact scorer: leave-documents-out cross-validation on {gold.Count} documents, {FoldsName(folds)}; {trainer}");
        report.WriteLine($"subjects: the rules' in the rules row; {(comparison.ModelWins ? "each fold's subject model" : "the rules' (the subject model does not beat them)")} in the model rows");
        var (_, _, _, _, auc) = Measure(gold, model, 0);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model ranking of its candidates: AUC {auc:0.000}"));
        report.WriteLine("scoring         minConf  value P  value R  value F1  full F1  leaks  facts   ECE");
        WriteRow(report, "rules", 0, gold, rules);
        foreach (var t in thresholds)
            WriteRow(report, "model", t, gold, model);
    }

    private static string FoldsName(int folds) => folds == ByAnnotator ? "one fold per annotator (name prefix)" : $"{folds} folds";

    /// <summary>The settings of the fact scorer, the subject model and the kind/modality experiment: defaults changed by <c>name=value</c> pairs (<c>subject.name</c>, <c>qualifier.name</c> for the latter two).</summary>
    internal static (TrainerSettings Facts, TrainerSettings Subjects, TrainerSettings Qualifiers) ParseSettings(IReadOnlyDictionary<string, string>? values)
    {
        var facts = new TrainerSettings();
        var subjects = SubjectModelTraining.DefaultSettings;
        var qualifiers = new TrainerSettings { Algorithm = Algorithm.Lbfgs, L2 = 1f, CalibrationFolds = 0 };
        foreach (var (key, value) in (values ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith("subject.", StringComparison.Ordinal))
                subjects = With(subjects, key["subject.".Length..], value);
            else if (key.StartsWith("qualifier.", StringComparison.Ordinal))
                qualifiers = With(qualifiers, key["qualifier.".Length..], value);
            else
                facts = With(facts, key, value);
        }
        return (facts, subjects, qualifiers);
    }

    private static TrainerSettings With(TrainerSettings s, string key, string value) =>
            key switch
            {
                "algorithm" => s with { Algorithm = Enum.Parse<Algorithm>(value, ignoreCase: true) },
                "l1" => s with { L1 = float.Parse(value, CultureInfo.InvariantCulture) },
                "l2" => s with { L2 = float.Parse(value, CultureInfo.InvariantCulture) },
                "bits" => s with { HashBits = int.Parse(value, CultureInfo.InvariantCulture) },
                "seed" => s with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "calibration" => s with { CalibrationFolds = int.Parse(value, CultureInfo.InvariantCulture) },
                "margin" => s with { Margin = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown training setting '{key}'.", nameof(key)),
            };

    /// <summary>
    /// Out-of-fold facts per document: the rules' and the model's (minimum confidence 0). With
    /// <paramref name="subjects"/>, each fold's model rows also take their subjects from a subject
    /// model trained on the other folds' groups, and the fold's fact scorer learns over those subjects.
    /// </summary>
    internal static (Dictionary<string, FactDocument> Rules, Dictionary<string, FactDocument> Model) CrossValidatedPredictions(
        IReadOnlyList<GoldDocument> gold, int folds, TrainerSettings settings, (TrainerSettings Settings, IReadOnlyList<SubjectGroup> Groups)? subjects = null)
    {
        var foldOf = SubjectModelTraining.Folds(gold, folds);
        folds = SubjectModelTraining.FoldCount(gold, folds);
        var rulesPipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        var rules = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        var model = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        for (int f = 0; f < folds; f++)
        {
            var test = gold.Where(g => foldOf[g.Name] == f).ToList();
            if (test.Count == 0)
                continue;
            var trainDocuments = gold.Where(g => foldOf[g.Name] != f).ToList();
            MlSubjectChooser? chooser = null;
            if (subjects is { } sub)
                chooser = new MlSubjectChooser(SubjectModelTraining.Fit([.. sub.Groups.Where(g => foldOf[g.Document] != f)], sub.Settings).Linear);
            var trained = BinaryTrainer.Train(FactExamples.Collect(trainDocuments, chooser), FactFeatures.NumberCount, settings);
            var pipeline = new FactPipelineBuilder().UseModel(trained.Linear).UseSubjectChooser(chooser).Build();
            foreach (var g in test)
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
