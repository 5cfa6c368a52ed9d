using FactExtractor.Pipeline;

namespace FactExtractor.Scoring;

/// <summary>
/// Gives every candidate quantity of a document the calibrated probability, from the learned
/// model, that it is a checkable fact with the right value and unit. The default model is
/// embedded in the library and read once, on first use; scoring is a dot product, thread-safe.
/// </summary>
internal sealed class MlFactScorer
{
    /// <summary>Logical name of the embedded model (see FactExtractor.csproj).</summary>
    public const string ResourceName = "FactExtractor.Models.fact-scorer.weights";

    public MlFactScorer(LinearModel model)
    {
        if (model.NumberCount != FactFeatures.NumberCount)
            throw new ArgumentException($"The model reads {model.NumberCount} numbers; fact features have {FactFeatures.NumberCount}. Retrain it (factx train).", nameof(model));
        Model = model;
    }

    /// <summary>The embedded model, read on first use.</summary>
    public static MlFactScorer Default => DefaultHolder.Instance;

    public LinearModel Model { get; }

    /// <summary>Sets <c>Confidence</c> of every mention of <paramref name="doc"/>.</summary>
    public void Score(AnalyzedDocument doc)
    {
        // The features are hashed as they are written (no strings), into buffers reused for every quantity.
        var tokens = new HashedTokens(Model.Bits);
        Span<float> numbers = stackalloc float[FactFeatures.NumberCount];
        foreach (var mentions in doc.MentionsBySentence)
        {
            doc.Options.CancellationToken.ThrowIfCancellationRequested();
            // One scan of the sentence serves all its quantities, in order.
            var scan = mentions.Count > 0 ? new FactFeatures.SentenceScan(doc.Normalized, doc.Sentences[mentions[0].SentenceIndex]) : null;
            for (int k = 0; k < mentions.Count; k++)
            {
                if ((k & 255) == 255)
                    doc.Options.CancellationToken.ThrowIfCancellationRequested();
                tokens.Clear();
                FactFeatures.Write(doc, mentions, k, scan, ref tokens, numbers);
                mentions[k].Confidence = Model.Probability(tokens.Slots, numbers);
            }
        }
    }

    /// <summary>Reads the embedded model the first time <see cref="Default"/> is read.</summary>
    private static class DefaultHolder
    {
        public static readonly MlFactScorer Instance = new(LinearModel.ReadEmbedded(ResourceName, "fact scorer model"));
    }
}
