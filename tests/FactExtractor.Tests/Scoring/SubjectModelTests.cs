using FactExtractor.Evaluation;
using FactExtractor.Scoring;
using FactExtractor.Subjects;
using FactExtractor.Tests.Spans;
using FactExtractor.Training;

namespace FactExtractor.Tests.Scoring;

/// <summary>The learned subject model: candidates, choice, embedded model, modes, training determinism.</summary>
public sealed class SubjectModelTests
{
    // Documents of corpus/ whose rules' subjects are often wrong, for small trainings.
    private static readonly string[] SmallSet = ["a-local-decade-lanjiang", "a-tourism-2023-qinglan-holiday", "b-finance-flash-0427", "b-policy-digital-plan"];

    [Fact]
    public void Candidates_hold_the_rules_choice_and_lie_in_the_sentence_area()
    {
        int mentions = 0, candidates = 0;
        foreach (var (name, text) in Corpus.Documents())
        {
            var recorder = new Recorder();
            var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(recorder).Build();
            var doc = pipeline.Analyze(text, default);
            var t = doc.Normalized;
            foreach (var (words, k, rules, list) in recorder.Seen)
            {
                mentions++;
                candidates += list.Count;
                var where = $"{name} at {words.Mentions[k].Start}";
                if (rules.Start >= 0 && rules.End > rules.Start)
                {
                    var chosen = Assert.Single(list, c => c.Has(CandidateSources.Rules));
                    Assert.Equal(rules, (chosen.Start, chosen.End));
                }
                else
                {
                    Assert.DoesNotContain(list, c => c.Has(CandidateSources.Rules));
                }
                Assert.Equal(list.Count, list.Select(c => (c.Start, c.End)).Distinct().Count());
                Assert.Equal(list.OrderBy(c => c.Start).ThenBy(c => c.End), list);
                foreach (var c in list)
                {
                    Assert.True(c.Start < c.End, where);
                    Assert.True(c.End <= words.Sentence.End, $"{where}: '{t[c.Start..c.End]}' runs past the sentence");
                    Assert.True(c.End - c.Start <= SubjectCandidates.MaxLength || c.Has(CandidateSources.Rules | CandidateSources.PreviousSubject | CandidateSources.ListItem), where);
                    // Only an inherited subject (the rules' or the quantity before's) may come from before the sentence before.
                    if (!c.Has(CandidateSources.Rules | CandidateSources.PreviousSubject))
                        Assert.True(c.Start >= words.AreaStart, $"{where}: '{t[c.Start..c.End]}' starts before the sentence area");
                    // Never over the quantity itself, unless the rules chose so.
                    var m = words.Mentions[k];
                    Assert.True(c.Sources == CandidateSources.Rules || !(c.Start < m.End && m.Start < c.End), $"{where}: '{t[c.Start..c.End]}' overlaps its quantity");
                }
            }
        }
        Assert.True(mentions > 800, $"{mentions} quantities");
        Assert.InRange(candidates / (double)mentions, 3, 40);
    }

    [Fact]
    public void Candidates_include_the_phrases_a_rule_misses()
    {
        // The counted thing before 由…增至 (the rules stop at the verb), the item of a 分别 list, the noun after a count.
        AssertCandidate("全区高新技术企业由2012年的9家增至2021年的146家。", "146家", "高新技术企业");
        AssertCandidate("工业增加值和社会消费品零售总额分别增长5.2%和6.1%。", "6.1%", "社会消费品零售总额");
        AssertCandidate("全年关闭303个小型煤矿。", "303个", "小型煤矿");
    }

    [Fact]
    public void The_choice_is_deterministic_and_the_rules_win_ties()
    {
        Assert.Equal(1, MlSubjectChooser.Pick([0.5, 2.0, 2.0], rulesIndex: 0));
        Assert.Equal(2, MlSubjectChooser.Pick([0.5, 1.0, 2.0], rulesIndex: 2));
        Assert.Equal(1, MlSubjectChooser.Pick([0.5, 2.0, 2.0], rulesIndex: 1));
        Assert.Equal(0, MlSubjectChooser.Pick([3.0, 3.0], rulesIndex: -1));
        Assert.Equal(0, MlSubjectChooser.Pick([1.0, 1.5], rulesIndex: 0, margin: 1.0));
        Assert.Equal(1, MlSubjectChooser.Pick([1.0, 2.5], rulesIndex: 0, margin: 1.0));

        var documents = Corpus.Documents().Take(8).ToList();
        var first = documents.Select(d => FactJson.Serialize(new FactPipelineBuilder().Build().Extract(d.Text), indented: false)).ToList();
        var second = documents.Select(d => FactJson.Serialize(new FactPipelineBuilder().Build().Extract(d.Text), indented: false)).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Model_scoring_uses_the_subject_model_when_it_beats_the_rules_and_rules_scoring_never()
    {
        var embedded = MlSubjectChooser.Embedded;
        Assert.Equal(embedded.BeatsRules, MlSubjectChooser.Default is not null);
        var rulesSubjects = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(null).Build();
        var rules = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        var model = new FactPipelineBuilder().Build();
        var learned = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(embedded).Build();
        int differ = 0;
        foreach (var (_, text) in Corpus.Documents())
        {
            var r = rules.Extract(text).Facts.Select(f => f.Subject?.Text).ToList();
            Assert.Equal(rulesSubjects.Extract(text).Facts.Select(f => f.Subject?.Text), r);
            var m = model.Extract(text).Facts.Select(f => f.Subject?.Text).ToList();
            Assert.Equal(embedded.BeatsRules ? learned.Extract(text).Facts.Select(f => f.Subject?.Text).ToList() : r, m);
            differ += r.Zip(m).Count(p => p.First != p.Second);
        }
        if (embedded.BeatsRules)
            Assert.True(differ > 0, "the subject model should change some subjects");
    }

    [Fact]
    public void The_embedded_subject_weights_are_the_ML_NET_zip_exported()
    {
        using (var stream = typeof(MlSubjectChooser).Assembly.GetManifestResourceStream(MlSubjectChooser.ResourceName)!)
        using (var reader = new StreamReader(stream))
            Assert.Equal(File.ReadAllText(Path.Combine(Corpus.ModelDirectory, "subject-model.weights")), reader.ReadToEnd());
        var linear = MlSubjectChooser.Embedded.Model;
        Assert.Equal(SubjectFeatures.NumberCount, linear.NumberCount);
        Assert.Contains(MlSubjectChooser.UseProperty, linear.Properties.Keys);
        using var zip = File.OpenRead(Path.Combine(Corpus.ModelDirectory, "subject-model.zip"));
        var mlModel = BinaryModel.Load(zip, SubjectFeatures.NumberCount);
        Assert.Equal(linear.Bits, mlModel.Bits);
        var gold = GoldCorpus.Load(Corpus.Directory).Where(g => SmallSet.Contains(g.Name)).ToList();
        var features = SubjectExamples.Collect(gold).SelectMany(g => g.Candidates).Select(e => e.Features).Take(600).ToList();
        var fromZip = mlModel.Predict(features);
        for (int i = 0; i < features.Count; i++)
            Assert.Equal(fromZip[i], linear.Probability(features[i]), tolerance: 1e-5);
    }

    [Fact]
    public void Training_twice_on_the_same_documents_gives_the_same_subject_model()
    {
        var gold = GoldCorpus.Load(Corpus.Directory).Where(g => SmallSet.Contains(g.Name)).ToList();
        Assert.Equal(SmallSet.Length, gold.Count);
        var groups = SubjectExamples.Collect(gold);
        Assert.Contains(groups, g => g.Reachable && !g.RulesRight);
        var first = SubjectModelTraining.Fit(groups, SubjectModelTraining.DefaultSettings);
        var second = SubjectModelTraining.Fit(SubjectExamples.Collect(gold), SubjectModelTraining.DefaultSettings);
        Assert.Equal(Weights(first.Linear), Weights(second.Linear));
        Assert.Equal(Zip(first), Zip(second));
        // Trained on them, it gets most of their subjects right.
        var chooser = new MlSubjectChooser(first.Linear);
        int right = groups.Count(g => g.Candidates[SubjectModelTraining.Pick(chooser, g)].Label);
        Assert.True(right > groups.Count(g => g.RulesRight), $"{right} right vs the rules' {groups.Count(g => g.RulesRight)}");
    }

    [Fact]
    public void A_model_file_keeps_its_properties()
    {
        var model = new LinearModel(2, 1, new float[5], 0.5, -1, 0).WithProperty("use", "true").WithProperty("margin", "0.25");
        using var writer = new StringWriter();
        model.Write(writer, "test");
        var read = LinearModel.Read(new StringReader(writer.ToString()));
        Assert.Equal("true", read.Properties["use"]);
        Assert.True(new MlSubjectChooser(new LinearModel(14, SubjectFeatures.NumberCount, new float[FeatureHasher.Length(14, SubjectFeatures.NumberCount)], 0, -1, 0).WithProperty("margin", "0.25")).Margin == 0.25);
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new StringReader("factx-linear-model 1\nproperty\tuse\n")));
    }

    private static void AssertCandidate(string text, string quantity, string expected)
    {
        var recorder = new Recorder();
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(recorder).Build();
        var doc = pipeline.Analyze(text, default);
        var (words, k, _, list) = recorder.Seen.Single(s => doc.Normalized[s.Words.Mentions[s.K].Start..s.Words.Mentions[s.K].End] == quantity);
        Assert.Contains(expected, list.Select(c => doc.Normalized[c.Start..c.End]));
    }

    private static string Weights(LinearModel model)
    {
        using var writer = new StringWriter();
        model.Write(writer, "test");
        return writer.ToString();
    }

    private static byte[] Zip(TrainedScorer scorer)
    {
        using var stream = new MemoryStream();
        BinaryTrainer.SaveZip(scorer.Model, stream);
        return stream.ToArray();
    }

    /// <summary>Keeps the rules' subjects and records every quantity's candidates.</summary>
    private sealed class Recorder : ISubjectChooser
    {
        public List<(SentenceWords Words, int K, (int Start, int End) Rules, List<SubjectCandidate> Candidates)> Seen { get; } = [];

        public void Choose(SentenceWords words, CancellationToken cancellationToken = default)
        {
            for (int k = 0; k < words.Mentions.Count; k++)
            {
                var list = MlSubjectChooser.Candidates(words, k, out var rules);
                Seen.Add((words, k, rules, list));
            }
        }
    }
}
