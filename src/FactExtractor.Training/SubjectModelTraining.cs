using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;
using FactExtractor.Scoring;

namespace FactExtractor.Training;

/// <summary>Rules vs learned subjects on the same documents: group accuracy and the scorer's totals.</summary>
/// <param name="Groups">Quantities paired with a gold fact that names a subject core.</param>
/// <param name="Reachable">Of those, quantities with an accepted candidate (the most a chooser can get right).</param>
/// <param name="RulesRight">Quantities whose rules' subject is accepted.</param>
/// <param name="ModelRight">Quantities whose learned subject is accepted (on the rules' candidates).</param>
/// <param name="Rules">Evaluation totals with the rules' subjects.</param>
/// <param name="Model">Evaluation totals with the learned subjects.</param>
/// <param name="Mistakes">Quantities where the rules and the learned subject disagree and one is wrong: document, quantity, rules' subject, learned subject, which is right.</param>
internal sealed record SubjectComparison(int Groups, int Reachable, int RulesRight, int ModelRight, LevelCounts Rules, LevelCounts Model, IReadOnlyList<string> Mistakes)
{
    /// <summary>The learned subjects give a higher full-level F1 than the rules.</summary>
    public bool ModelWins => Model.Full.F1 > Rules.Full.F1;
}

/// <summary>
/// Trains the subject model (a binary classifier over quantity–candidate pairs: does score.py's
/// subject test accept this candidate?) and measures it against the rules by leave-documents-out
/// cross-validation on the training folder.
/// </summary>
internal static class SubjectModelTraining
{
    /// <summary>The settings <c>factx train</c> uses for the subject model (chosen by cross-validation on corpus/).</summary>
    public static TrainerSettings DefaultSettings { get; } = new() { Algorithm = Algorithm.Lbfgs, HashBits = 14, L2 = 1f, CalibrationFolds = 0 };

    /// <summary>Trains on the groups a chooser can get right (those with an accepted candidate).</summary>
    /// <remarks>The exported model carries the settings' margin as its <see cref="MlSubjectChooser.MarginProperty"/>.</remarks>
    public static TrainedScorer Fit(IReadOnlyList<SubjectGroup> groups, TrainerSettings settings)
    {
        var trained = BinaryTrainer.Train([.. groups.Where(g => g.Reachable).SelectMany(g => g.Candidates)], SubjectFeatures.NumberCount, settings);
        return trained with { Linear = trained.Linear.WithProperty(MlSubjectChooser.MarginProperty, settings.Margin.ToString("R", CultureInfo.InvariantCulture)) };
    }

    /// <summary>The candidate <paramref name="chooser"/> picks in <paramref name="group"/>.</summary>
    public static int Pick(MlSubjectChooser chooser, SubjectGroup group) =>
        MlSubjectChooser.Pick([.. group.Candidates.Select(c => chooser.Model.Score(c.Features))], group.RulesIndex, chooser.Margin);

    /// <summary>
    /// Fold of each document: names in ordinal order, dealt round-robin (as <see cref="BinaryTrainer.FoldOf"/>);
    /// with <see cref="ByPrefix"/> folds, one fold per name prefix (the text before the first '-':
    /// corpus/ names its two annotators' documents a-… and b-…), so each fold is tested on an
    /// annotator the model never saw.
    /// </summary>
    public static Dictionary<string, int> Folds(IEnumerable<GoldDocument> gold, int folds)
    {
        var names = gold.Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        if (folds != ByPrefix)
            return names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i % folds, StringComparer.Ordinal);
        var prefixes = names.Select(Prefix).Distinct().ToList();
        return names.ToDictionary(n => n, n => prefixes.IndexOf(Prefix(n)), StringComparer.Ordinal);

        static string Prefix(string name) => name.Split('-', 2)[0];
    }

    /// <summary>The fold count that asks <see cref="Folds"/> for one fold per document-name prefix.</summary>
    public const int ByPrefix = -1;

    /// <summary>How many folds <see cref="Folds"/> makes.</summary>
    public static int FoldCount(IEnumerable<GoldDocument> gold, int folds) =>
        folds == ByPrefix ? gold.Select(g => g.Name.Split('-', 2)[0]).Distinct().Count() : folds;

    /// <summary>
    /// Leave-documents-out cross-validation: each fold's documents get subjects from a model trained
    /// on the other folds only; the rules' subjects are scored on the same documents.
    /// </summary>
    public static SubjectComparison CrossValidate(IReadOnlyList<GoldDocument> gold, int folds, TrainerSettings settings, IReadOnlyList<SubjectGroup>? groups = null)
    {
        groups ??= SubjectExamples.Collect(gold);
        var foldOf = Folds(gold, folds);
        folds = FoldCount(gold, folds);
        var rulesPipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(null).Build();
        var rules = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var model = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        int modelRight = 0;
        var mistakes = new List<string>();
        for (int f = 0; f < folds; f++)
        {
            var test = gold.Where(g => foldOf[g.Name] == f).ToList();
            if (test.Count == 0)
                continue;
            var chooser = new MlSubjectChooser(Fit([.. groups.Where(g => foldOf[g.Document] != f)], settings).Linear);
            foreach (var g in groups.Where(g => foldOf[g.Document] == f))
            {
                int pick = Pick(chooser, g);
                if (g.Candidates[pick].Label)
                    modelRight++;
                if (g.Candidates[pick].Label != g.RulesRight)
                {
                    var accepted = string.Join(" ", g.Texts.Where((_, i) => g.Candidates[i].Label));
                    mistakes.Add($"{(g.RulesRight ? "worse" : "better")} {g.Document} {g.Quantity}: rules '{(g.RulesIndex >= 0 ? g.Texts[g.RulesIndex] : "")}' learned '{g.Texts[pick]}' accepted: {accepted}");
                }
                else if (!g.RulesRight)
                {
                    var accepted = string.Join(" ", g.Texts.Where((_, i) => g.Candidates[i].Label));
                    mistakes.Add($"both {g.Document} {g.Quantity}: rules '{(g.RulesIndex >= 0 ? g.Texts[g.RulesIndex] : "")}' learned '{g.Texts[pick]}' accepted: {accepted}");
                }
            }
            var learnedPipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(chooser).Build();
            foreach (var (name, json) in PipelinePredictions.Create(rulesPipeline, test))
                rules[name] = json;
            foreach (var (name, json) in PipelinePredictions.Create(learnedPipeline, test))
                model[name] = json;
        }
        return new SubjectComparison(
            groups.Count, groups.Count(g => g.Reachable), groups.Count(g => g.RulesRight), modelRight,
            Scorer.Score(gold, rules).Totals, Scorer.Score(gold, model).Totals, mistakes);
    }

    /// <summary>Writes <paramref name="c"/> as a small table.</summary>
    public static void Report(SubjectComparison c, TextWriter report, int mistakes = 0)
    {
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"subjects of {c.Groups} quantities with a gold subject core: an accepted candidate for {c.Reachable} ({(double)c.Reachable / c.Groups:0.000})"));
        report.WriteLine("subjects   right  accuracy  year F1  full P  full R  full F1");
        Row("rules", c.RulesRight, c.Rules);
        Row("learned", c.ModelRight, c.Model);
        foreach (var line in c.Mistakes.Take(mistakes))
            report.WriteLine("  " + line);

        void Row(string name, int right, LevelCounts totals) =>
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {right,6}  {(double)right / c.Groups,8:0.000}  {totals.Year.F1,7:0.000}  {totals.Full.Precision,6:0.000}  {totals.Full.Recall,6:0.000}  {totals.Full.F1,7:0.000}"));
    }
}
