using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Jieba = JiebaNet.Segmenter;

namespace FactExtractor.Benchmarks;

/// <summary>
/// Whole extraction against the baseline of plain segmentation: jieba.NET's <c>Cut(hmm: true)</c>
/// over the same documents. The pipeline, jieba's dictionary and the scorer's model are loaded
/// in the setup, so the rows measure steady-state throughput on one thread.
/// </summary>
[MemoryDiagnoser]
public class EndToEnd
{
    private string[] _documents = [];
    private FactPipeline _model = null!;
    private FactPipeline _rules = null!;
    private Jieba.JiebaSegmenter _jieba = null!;

    /// <summary><c>news</c>: the generated 5 MB news text as one document; <c>corpus</c>: the 20 corpus documents.</summary>
    [Params("news", "corpus")]
    public string Input { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        _documents = Inputs.Documents(Input);
        _model = new FactPipelineBuilder().UseScoring(ScoringMode.Model).Build();
        _rules = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
        // Loads jieba's dictionary (with the library's user words) and the scorer's weights.
        _model.Extract("2023年全市地区生产总值1228亿元，同比增长1.5%。");
        _jieba = CreateJieba();
    }

    /// <summary>jieba.NET itself, over the same dictionary the pipeline loaded: <c>Cut(text, cutAll: false, hmm: true)</c>.</summary>
    [Benchmark(Baseline = true, Description = "jieba.NET Cut(hmm: true)")]
    public int JiebaCut()
    {
        int words = 0;
        foreach (var document in _documents)
        {
            foreach (var _ in _jieba.Cut(document, cutAll: false, hmm: true))
                words++;
        }
        return words;
    }

    /// <summary>Extraction with the learned scorer (the default).</summary>
    [Benchmark(Description = "Extract (model scoring)")]
    public int Extract()
    {
        int facts = 0;
        foreach (var document in _documents)
            facts += _model.Extract(document).Facts.Count;
        return facts;
    }

    /// <summary>Extraction with rule confidence: the cost of scoring is the difference.</summary>
    [Benchmark(Description = "Extract (rules scoring)")]
    public int ExtractRules()
    {
        int facts = 0;
        foreach (var document in _documents)
            facts += _rules.Extract(document).Facts.Count;
        return facts;
    }

    /// <summary>Extraction and the compact JSON that <c>factx extract --compact</c> writes.</summary>
    [Benchmark(Description = "Extract + JSON")]
    public long ExtractAndSerialize()
    {
        long chars = 0;
        foreach (var document in _documents)
            chars += FactJson.Serialize(_model.Extract(document), indented: false).Length;
        return chars;
    }

    // jieba's types capture their data folder when they first load: the pipeline configured it above.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Jieba.JiebaSegmenter CreateJieba() => new();
}
