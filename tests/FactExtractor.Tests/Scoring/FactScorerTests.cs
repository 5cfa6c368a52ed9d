using FactExtractor.Evaluation;
using FactExtractor.Scoring;
using FactExtractor.Tests.Spans;
using FactExtractor.Training;

namespace FactExtractor.Tests.Scoring;

/// <summary>The learned fact scorer: embedded model, modes, calibration plumbing, training determinism.</summary>
public sealed class FactScorerTests
{
    // Documents of corpus/ whose candidates include negatives (wrong values, leaks), for small trainings.
    private static readonly string[] SmallSet = ["a-cpi-2023-xiling-may", "a-speech-rural-revitalization", "b-monetary-lpr-cut", "b-finance-flash-0427"];

    [Fact]
    public void The_embedded_model_loads_and_gives_probabilities_between_0_and_1()
    {
        var model = MlFactScorer.Default.Model;
        Assert.Equal(FactFeatures.NumberCount, model.NumberCount);
        Assert.True(model.Slope < 0, "a higher score must mean a higher probability");
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Model).Build();
        var confidences = Corpus.Documents().SelectMany(d => pipeline.Extract(d.Text).Facts).Select(f => f.Confidence).ToList();
        Assert.True(confidences.Count > 500);
        Assert.All(confidences, c => Assert.InRange(c, 0.0, 1.0));
        Assert.True(confidences.Distinct().Count() > 50, "the model must tell candidates apart, not give one constant");
    }

    [Fact]
    public void Model_is_the_default_and_rules_mode_gives_the_same_facts_with_confidence_0_9()
    {
        Assert.Equal(ScoringMode.Model, FactExtractorOptions.Default.Scoring);
        var rules = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        var model = new FactPipelineBuilder().Build();
        foreach (var (_, text) in Corpus.Documents().Take(6))
        {
            var r = rules.Extract(text).Facts;
            var m = model.Extract(text).Facts;
            Assert.All(r, f => Assert.Equal(0.9, f.Confidence));
            Assert.Equal(r.Select(f => (f.Quantity.Start, f.Quantity.End, f.Quantity.NormalizedValue)), m.Select(f => (f.Quantity.Start, f.Quantity.End, f.Quantity.NormalizedValue)));
        }
    }

    [Fact]
    public void Min_confidence_drops_the_facts_below_it()
    {
        var text = Corpus.Documents().Single(d => d.Name == "a-speech-rural-revitalization").Text;
        var all = new FactPipelineBuilder().Build().Extract(text).Facts;
        var cut = all.Select(f => f.Confidence).Order().ElementAt(all.Count / 2);
        var kept = new FactPipelineBuilder().UseMinConfidence(cut).Build().Extract(text).Facts;
        Assert.Equal(all.Count(f => f.Confidence >= cut), kept.Count);
        Assert.True(kept.Count < all.Count);
        Assert.All(kept, f => Assert.True(f.Confidence >= cut));
    }

    [Fact]
    public void A_count_inside_a_title_scores_lower_than_a_plain_fact()
    {
        var doc = Facts.Extract("市政府印发《关于推动民营经济高质量发展的20条措施》，全市地区生产总值达到1228亿元。");
        var title = doc.Facts.Single(f => f.Quantity.Text == "20条");
        var plain = doc.Facts.Single(f => f.Quantity.Text == "1228亿元");
        Assert.True(title.Confidence < plain.Confidence, $"《…20条措施》 {title.Confidence} vs 1228亿元 {plain.Confidence}");
    }

    [Fact]
    public void The_embedded_weights_are_the_ML_NET_zip_exported()
    {
        // The library scores with the exported weights; the zip in the same folder is the ML.NET model they came from.
        using (var stream = typeof(MlFactScorer).Assembly.GetManifestResourceStream(MlFactScorer.ResourceName)!)
        using (var reader = new StreamReader(stream))
            Assert.Equal(File.ReadAllText(Path.Combine(Corpus.ModelDirectory, "fact-scorer.weights")), reader.ReadToEnd());
        using var zip = File.OpenRead(Path.Combine(Corpus.ModelDirectory, "fact-scorer.zip"));
        var mlModel = BinaryModel.Load(zip, FactFeatures.NumberCount);
        var linear = MlFactScorer.Default.Model;
        Assert.Equal(linear.Bits, mlModel.Bits);
        var features = Candidates(Corpus.Documents().Take(5)).ToList();
        var fromZip = mlModel.Predict(features);
        for (int i = 0; i < features.Count; i++)
            Assert.Equal(fromZip[i], linear.Probability(features[i]), tolerance: 1e-5);
    }

    [Fact]
    public void Training_twice_on_the_same_documents_gives_the_same_model_bytes_and_predictions()
    {
        var gold = GoldCorpus.Load(Corpus.Directory).Where(g => SmallSet.Contains(g.Name)).ToList();
        Assert.Equal(SmallSet.Length, gold.Count);
        var examples = FactExamples.Collect(gold);
        Assert.Contains(examples, e => !e.Label);
        var settings = new TrainerSettings();
        var first = BinaryTrainer.Train(examples, FactFeatures.NumberCount, settings);
        var second = BinaryTrainer.Train(examples, FactFeatures.NumberCount, settings);
        Assert.Equal(Zip(first), Zip(second));
        Assert.Equal(Weights(first), Weights(second));
        var features = examples.Select(e => e.Features).ToList();
        Assert.Equal(first.Model.Predict(features), second.Model.Predict(features));
        Assert.Equal(features.Select(first.Linear.Probability), features.Select(second.Linear.Probability));
        // And the exported weights score as the ML.NET model does.
        var ml = first.Model.Predict(features);
        for (int i = 0; i < features.Count; i++)
            Assert.Equal(ml[i], first.Linear.Probability(features[i]), tolerance: 1e-5);
    }

    [Fact]
    public void Platt_scaling_recovers_a_known_sigmoid()
    {
        // Labels drawn deterministically from p = 1 / (1 + exp(-2·s + 1)).
        var random = new Random(7);
        var scores = Enumerable.Range(0, 4000).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < 1 / (1 + Math.Exp(-2 * s + 1))).ToArray();
        var (slope, offset) = Platt.Fit(scores, labels);
        Assert.InRange(slope, -2.3, -1.7);
        Assert.InRange(offset, 0.8, 1.2);
    }

    [Fact]
    public void Aligned_outcomes_agree_with_the_scorer_counts()
    {
        var gold = GoldCorpus.Load(Corpus.Directory);
        var predictions = PipelinePredictions.Create(new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build(), gold);
        foreach (var g in gold)
        {
            var score = Scorer.ScoreDocument(g, predictions[g.Name]);
            var outcomes = Scorer.Align(g, predictions[g.Name]);
            Assert.Equal(score.Counts.Value.TruePositives, outcomes.Count(o => o.ValueCorrect));
            Assert.Equal(score.Counts.Value.Predicted, outcomes.Count(o => o.Counted));
            Assert.Equal(score.Leaks.Count, outcomes.Count(o => o.Leak is not null));
        }
    }

    [Fact]
    public void Scoring_by_hashed_parts_gives_the_probability_of_the_feature_strings_to_the_bit()
    {
        // The scorer hashes features as they are written; training reads them as strings.
        var model = MlFactScorer.Default.Model;
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        var documents = Corpus.Documents().Select(d => d.Text).Append(new FactExtractor.Generate.Articles(3).Text(100_000));
        int compared = 0;
        foreach (var text in documents)
        {
            var doc = pipeline.Analyze(text, default);
            var tokens = new HashedTokens(model.Bits);
            var numbers = new float[FactFeatures.NumberCount];
            foreach (var mentions in doc.MentionsBySentence)
            {
                for (int k = 0; k < mentions.Count; k++)
                {
                    var features = FactFeatures.Compute(doc, mentions, k);
                    tokens.Clear();
                    FactFeatures.Write(doc, mentions, k, null, ref tokens, numbers);
                    Assert.Equal(features.Tokens.Select(FeatureHasher.Fnv1a).Select(h => (int)(h & (uint)((1 << model.Bits) - 1))), tokens.Slots.ToArray());
                    Assert.Equal(features.Numbers, numbers);
                    Assert.Equal(model.Probability(features), model.Probability(tokens.Slots, numbers));
                    compared++;
                }
            }
        }
        Assert.True(compared > 2000, $"{compared} candidates");
    }

    private static IEnumerable<CandidateFeatures> Candidates(IEnumerable<(string Name, string Text)> documents)
    {
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        foreach (var (_, text) in documents)
        {
            var doc = pipeline.Analyze(text, default);
            foreach (var mentions in doc.MentionsBySentence)
            {
                for (int k = 0; k < mentions.Count; k++)
                    yield return FactFeatures.Compute(doc, mentions, k);
            }
        }
    }

    private static byte[] Zip(TrainedScorer scorer)
    {
        using var stream = new MemoryStream();
        BinaryTrainer.SaveZip(scorer.Model, stream);
        return stream.ToArray();
    }

    private static string Weights(TrainedScorer scorer)
    {
        using var writer = new StringWriter();
        scorer.Linear.Write(writer, "test");
        return writer.ToString();
    }
}
