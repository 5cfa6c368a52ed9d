using FactExtractor.Normalization;
using FactExtractor.Quantities;
using FactExtractor.Text;

namespace FactExtractor.Pipeline;

/// <summary>The per-call state of one extraction: every stage reads and fills it; stages keep none.</summary>
internal sealed class AnalyzedDocument
{
    public AnalyzedDocument(NormalizedText text, List<Sentence> sentences, ExtractOptions options)
    {
        Text = text;
        Sentences = sentences;
        Options = options;
    }

    public NormalizedText Text { get; }

    /// <summary>The normalized text the stages work on.</summary>
    public string Normalized => Text.Text;

    public List<Sentence> Sentences { get; }

    public ExtractOptions Options { get; }

    /// <summary>Quantities found, per sentence, in text order.</summary>
    public List<List<QuantityMention>> MentionsBySentence { get; } = [];

    public IEnumerable<QuantityMention> Mentions => MentionsBySentence.SelectMany(m => m);

    public List<string> Warnings { get; } = [];
}
