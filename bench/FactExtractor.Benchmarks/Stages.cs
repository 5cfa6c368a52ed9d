using BenchmarkDotNet.Attributes;
using FactExtractor.Normalization;
using FactExtractor.Pipeline;
using FactExtractor.Qualifiers;
using FactExtractor.Quantities;
using FactExtractor.Scoring;
using FactExtractor.Subjects;
using FactExtractor.Text;
using FactExtractor.Years;

namespace FactExtractor.Benchmarks;

/// <summary>
/// Each stage of <see cref="FactPipeline.Extract(string, ExtractOptions)"/> alone, over the generated
/// news text. A stage that fills in the mentions starts every iteration from fresh ones (made in
/// the iteration setup, which is not timed).
/// </summary>
[MemoryDiagnoser]
public class Stages
{
    private string _text = "";
    private NormalizedText _normalized = null!;
    private List<Sentence> _sentences = [];
    private AnalyzedDocument _doc = null!;
    private FactDocument _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.News();
        _normalized = TextNormalizer.Normalize(_text);
        _sentences = SentenceSplitter.Split(_normalized.Text);
        _facts = Facts.DefaultPipeline.Extract(_text);
    }

    [Benchmark(Description = "1 normalize")]
    public int Normalize() => TextNormalizer.Normalize(_text).Text.Length;

    [Benchmark(Description = "2 split sentences")]
    public int Split() => SentenceSplitter.Split(_normalized.Text).Count;

    [Benchmark(Description = "3 detect quantities + kinds")]
    public int Detect()
    {
        var t = _normalized.Text;
        int count = 0;
        foreach (var s in _sentences)
        {
            var mentions = QuantityDetector.Default.Detect(t, s);
            ChangeClassifier.Default.Classify(t, s, mentions);
            count += mentions.Count;
        }
        return count;
    }

    [IterationSetup(Targets = [nameof(Subjects)])]
    public void DetectOnly() => _doc = Analyze(subjects: false, years: false);

    [Benchmark(Description = "4 subjects")]
    public int Subjects()
    {
        var doc = _doc;
        var t = doc.Normalized;
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            var mentions = doc.MentionsBySentence[si];
            bool sameParagraph = si > 0 && t.AsSpan(doc.Sentences[si - 1].End, s.Start - doc.Sentences[si - 1].End).IndexOf('\n') < 0;
            SubjectLinker.Default.Link(t, s, mentions, sameParagraph ? doc.MentionsBySentence[si - 1] : []);
            ChangeClassifier.Default.ClassifyBySubject(t, mentions);
        }
        return doc.MentionsBySentence.Count;
    }

    [IterationSetup(Targets = [nameof(Years)])]
    public void DetectAndLink() => _doc = Analyze(subjects: true, years: false);

    [Benchmark(Description = "5 years + modality")]
    public int Years()
    {
        var doc = _doc;
        YearResolver.Default.Resolve(doc);
        for (int i = 0; i < doc.Sentences.Count; i++)
            ModalityClassifier.Default.Classify(doc.Normalized, doc.Sentences[i], doc.MentionsBySentence[i], null);
        return doc.MentionsBySentence.Count;
    }

    [IterationSetup(Targets = [nameof(Score), nameof(Assemble)])]
    public void AllButScoring() => _doc = Analyze(subjects: true, years: true);

    [Benchmark(Description = "6 score (model)")]
    public int Score()
    {
        MlFactScorer.Default.Score(_doc);
        return _doc.MentionsBySentence.Count;
    }

    [Benchmark(Description = "7 assemble facts")]
    public int Assemble() => FactAssembler.Assemble(_doc, 0).Facts.Count;

    [Benchmark(Description = "8 serialize JSON")]
    public int Serialize() => FactJson.Serialize(_facts, indented: false).Length;

    /// <summary>The pipeline's stages up to the ones named, as <see cref="FactPipeline"/> runs them.</summary>
    private AnalyzedDocument Analyze(bool subjects, bool years)
    {
        var normalized = TextNormalizer.Normalize(_text);
        var doc = new AnalyzedDocument(normalized, SentenceSplitter.Split(normalized.Text), default);
        var t = doc.Normalized;
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            var mentions = QuantityDetector.Default.Detect(t, s);
            ChangeClassifier.Default.Classify(t, s, mentions);
            if (subjects)
            {
                bool sameParagraph = si > 0 && t.AsSpan(doc.Sentences[si - 1].End, s.Start - doc.Sentences[si - 1].End).IndexOf('\n') < 0;
                SubjectLinker.Default.Link(t, s, mentions, sameParagraph ? doc.MentionsBySentence[si - 1] : []);
                ChangeClassifier.Default.ClassifyBySubject(t, mentions);
            }
            doc.MentionsBySentence.Add(mentions);
        }
        if (years)
        {
            YearResolver.Default.Resolve(doc);
            for (int i = 0; i < doc.Sentences.Count; i++)
                ModalityClassifier.Default.Classify(t, doc.Sentences[i], doc.MentionsBySentence[i], null);
        }
        return doc;
    }
}
