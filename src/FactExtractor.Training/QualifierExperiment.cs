using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;
using FactExtractor.Quantities;
using FactExtractor.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtractor.Training;

/// <summary>
/// Learned kind and modality against the rules, by leave-documents-out cross-validation: a
/// multiclass logistic regression (ML.NET L-BFGS maximum entropy) over the fact scorer's features
/// (which include the rules' kind and modality) and the subject's last characters predicts the gold
/// kind; a binary one predicts the gold modality. Measured only: the pipeline keeps the rules' kind
/// and modality unless this shows a model beating them.
/// </summary>
internal static class QualifierExperiment
{
    private sealed record Item(string Document, int FactIndex, CandidateFeatures Features, string GoldKind, string RulesKind, string GoldModality, string RulesModality);

    private sealed class KindRow
    {
        public VBuffer<float> Features { get; set; }

        public string Label { get; set; } = "";
    }

    private sealed class KindPrediction
    {
        [ColumnName("PredictedLabel")]
        public string Predicted { get; set; } = "";
    }

    /// <summary>Runs the experiment on <paramref name="gold"/> and writes its table.</summary>
    /// <param name="gold">The documents.</param>
    /// <param name="folds">Document folds (or <see cref="SubjectModelTraining.ByPrefix"/>).</param>
    /// <param name="subjects">The subject chooser the pipeline runs with (null: the rules').</param>
    /// <param name="settings">The learners' settings (seed, L2, hash bits).</param>
    /// <param name="report">Where the table goes.</param>
    public static void Run(IReadOnlyList<GoldDocument> gold, int folds, Func<int, MlSubjectChooser?> subjects, TrainerSettings settings, TextWriter report)
    {
        var foldOf = SubjectModelTraining.Folds(gold, folds);
        folds = SubjectModelTraining.FoldCount(gold, folds);
        var rulesDocs = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        var learnedDocs = new Dictionary<string, FactDocument>(StringComparer.Ordinal);
        int n = 0, rulesKind = 0, learnedKind = 0, rulesModality = 0, learnedModality = 0, targets = 0;
        for (int f = 0; f < folds; f++)
        {
            var chooser = subjects(f);
            var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(chooser).Build();
            var train = new List<Item>();
            var test = new List<Item>();
            foreach (var g in gold)
            {
                var (doc, items) = Collect(pipeline, g);
                if (foldOf[g.Name] == f)
                {
                    test.AddRange(items);
                    rulesDocs[g.Name] = doc;
                }
                else
                {
                    train.AddRange(items);
                }
            }
            var kinds = PredictKinds(train, test, settings);
            var modalities = PredictModalities(train, test, settings);
            var changed = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
            for (int i = 0; i < test.Count; i++)
            {
                var t = test[i];
                n++;
                rulesKind += t.RulesKind == t.GoldKind ? 1 : 0;
                learnedKind += kinds[i] == t.GoldKind ? 1 : 0;
                rulesModality += t.RulesModality == t.GoldModality ? 1 : 0;
                learnedModality += modalities[i] == t.GoldModality ? 1 : 0;
                targets += t.GoldModality == "target" ? 1 : 0;
                if (!changed.TryGetValue(t.Document, out var map))
                    changed[t.Document] = map = [];
                map[t.FactIndex] = kinds[i];
            }
            foreach (var g in gold.Where(g => foldOf[g.Name] == f))
            {
                var doc = rulesDocs[g.Name];
                var map = changed.GetValueOrDefault(g.Name) ?? [];
                learnedDocs[g.Name] = doc with
                {
                    Facts = [.. doc.Facts.Select((fact, i) => map.TryGetValue(i, out var k) ? fact with { Kind = Enum.Parse<FactKind>(k, ignoreCase: true) } : fact)],
                };
            }
        }
        var rulesFull = Full(gold, rulesDocs);
        var learnedFull = Full(gold, learnedDocs);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind and modality of {n} quantities paired with a required gold fact ({targets} targets)"));
        report.WriteLine("qualifiers  kind right  kind acc  full F1  modality right  modality acc");
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules       {rulesKind,10}  {(double)rulesKind / n,8:0.000}  {rulesFull,7:0.000}  {rulesModality,14}  {(double)rulesModality / n,12:0.000}"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned     {learnedKind,10}  {(double)learnedKind / n,8:0.000}  {learnedFull,7:0.000}  {learnedModality,14}  {(double)learnedModality / n,12:0.000}"));
    }

    private static double Full(IReadOnlyList<GoldDocument> gold, Dictionary<string, FactDocument> docs)
    {
        var json = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, doc) in docs)
        {
            using var parsed = JsonDocument.Parse(FactJson.Serialize(doc, indented: false));
            json[name] = parsed.RootElement.Clone();
        }
        return Scorer.Score(gold, json).Totals.Full.F1;
    }

    /// <summary>The rules' facts of one document and an item per fact paired with a required gold fact.</summary>
    private static (FactDocument Doc, List<Item> Items) Collect(FactPipeline pipeline, GoldDocument gold)
    {
        var analyzed = pipeline.Analyze(FactExamples.GoldText(gold), new ExtractOptions { ReferenceDate = gold.ReferenceDate, DocumentId = gold.Name });
        var features = new Dictionary<QuantityMention, CandidateFeatures>(ReferenceEqualityComparer.Instance);
        foreach (var mentions in analyzed.MentionsBySentence)
        {
            for (int k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                var basic = FactFeatures.Compute(analyzed, mentions, k);
                var subject = m.SubjectEnd > m.SubjectStart ? analyzed.Normalized[m.SubjectStart..m.SubjectEnd] : "";
                string[] extra = ["s2=" + (subject.Length >= 2 ? subject[^2..] : subject), "s1=" + (subject.Length >= 1 ? subject[^1..] : "")];
                features[m] = new CandidateFeatures([.. basic.Tokens, .. extra], basic.Numbers);
            }
        }
        var emitted = new List<QuantityMention>();
        var doc = FactAssembler.Assemble(analyzed, 0, emitted);
        using var json = JsonDocument.Parse(FactJson.Serialize(doc, indented: false));
        var items = new List<Item>();
        foreach (var o in Scorer.Align(gold, json.RootElement))
        {
            if (!o.Counted || o.Gold is not { } g || g.Kind is not { } goldKind)
                continue;
            var goldModality = g.Element.TryGetProperty("modality", out var mo) && mo.ValueKind == JsonValueKind.String ? mo.GetString()! : "actual";
            var fact = doc.Facts[o.Predicted.Index];
            items.Add(new Item(gold.Name, o.Predicted.Index, features[emitted[o.Predicted.Index]], goldKind,
                fact.Kind.ToString().ToLowerInvariant(), goldModality, fact.Modality.ToString().ToLowerInvariant()));
        }
        return (doc, items);
    }

    private static string[] PredictKinds(List<Item> train, List<Item> test, TrainerSettings settings)
    {
        var ml = new MLContext(settings.Seed);
        int length = FeatureHasher.Length(settings.HashBits, FactFeatures.NumberCount);
        var schema = SchemaDefinition.Create(typeof(KindRow));
        schema[nameof(KindRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        KindRow Row(Item i)
        {
            var x = FeatureHasher.Vectorize(i.Features, settings.HashBits);
            return new KindRow { Features = new VBuffer<float>(x.Length, x.Indices.Length, x.Values, x.Indices), Label = i.GoldKind };
        }
        var data = ml.Data.LoadFromEnumerable(train.Select(Row).ToList(), schema);
        var model = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(KindRow.Label))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(KindRow.Features),
                L2Regularization = settings.L2,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"))
            .Fit(data);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(test.Select(Row).ToList(), schema));
        return [.. ml.Data.CreateEnumerable<KindPrediction>(scored, reuseRowObject: false).Select(p => p.Predicted)];
    }

    private static string[] PredictModalities(List<Item> train, List<Item> test, TrainerSettings settings)
    {
        var examples = train.Select(i => new Example(i.Document, i.Features, i.GoldModality == "target", "")).ToList();
        if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            return [.. test.Select(i => i.RulesModality)];
        var trained = BinaryTrainer.Train(examples, FactFeatures.NumberCount, settings with { CalibrationFolds = 0 });
        return [.. test.Select(i => trained.Linear.Probability(i.Features) >= 0.5 ? "target" : "actual")];
    }
}
