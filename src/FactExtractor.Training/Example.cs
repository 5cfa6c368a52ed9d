using FactExtractor.Evaluation;
using FactExtractor.Pipeline;
using FactExtractor.Quantities;
using FactExtractor.Scoring;

namespace FactExtractor.Training;

/// <summary>A candidate quantity with its features and its label from the gold annotation.</summary>
/// <param name="Document">The gold document it comes from (folds never split a document).</param>
/// <param name="Features">Its features.</param>
/// <param name="Label">True for a checkable fact with the right value and unit.</param>
/// <param name="Text">The quantity as written, for reports.</param>
internal sealed record Example(string Document, CandidateFeatures Features, bool Label, string Text);

/// <summary>Turns gold documents into labelled fact-scorer examples.</summary>
internal static class FactExamples
{
    /// <summary>
    /// Every candidate the rules find in each document, labelled with the evaluation scorer's own
    /// pairing: positive when it is paired with a required gold fact and has its value and unit,
    /// negative when it is paired with nothing (a non-fact or a number nobody annotated) or has a
    /// wrong value. Candidates overlapping only optional gold facts are left out, as the scorer
    /// counts them neither way. The candidates' subjects come from <paramref name="subjects"/>
    /// (null: the rules'), as they will when the trained scorer runs beside that subject model.
    /// </summary>
    public static List<Example> Collect(IEnumerable<GoldDocument> documents, ISubjectChooser? subjects = null)
    {
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(subjects).Build();
        var examples = new List<Example>();
        foreach (var gold in documents)
        {
            var (doc, emitted, features) = Candidates(pipeline, gold);
            using var json = System.Text.Json.JsonDocument.Parse(FactJson.Serialize(doc, indented: false));
            foreach (var outcome in Scorer.Align(gold, json.RootElement))
            {
                if (!outcome.Counted)
                    continue;
                examples.Add(new Example(gold.Name, features[emitted[outcome.Predicted.Index]], outcome.ValueCorrect, outcome.Predicted.Text ?? ""));
            }
        }
        return examples;
    }

    /// <summary>The rules' facts of one gold document, the mention behind each, and every mention's features.</summary>
    internal static (FactDocument Facts, List<QuantityMention> Emitted, Dictionary<QuantityMention, CandidateFeatures> Features) Candidates(FactPipeline pipeline, GoldDocument gold)
    {
        var analyzed = pipeline.Analyze(GoldText(gold), new ExtractOptions { ReferenceDate = gold.ReferenceDate, DocumentId = gold.Name });
        var features = new Dictionary<QuantityMention, CandidateFeatures>(ReferenceEqualityComparer.Instance);
        foreach (var mentions in analyzed.MentionsBySentence)
        {
            for (int k = 0; k < mentions.Count; k++)
                features[mentions[k]] = FactFeatures.Compute(analyzed, mentions, k);
        }
        var emitted = new List<QuantityMention>();
        var facts = FactAssembler.Assemble(analyzed, 0, emitted);
        return (facts, emitted, features);
    }

    /// <summary>The text as <c>factx extract</c> reads it (a leading byte-order mark dropped).</summary>
    internal static string GoldText(GoldDocument gold) =>
        gold.Text.Length > 0 && gold.Text[0] == '\uFEFF' ? gold.Text[1..] : gold.Text;
}
