using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>Predictions made in-process: what <c>factx extract</c> would write for each gold text.</summary>
public static class PipelinePredictions
{
    /// <summary>
    /// Runs <paramref name="pipeline"/> over each document's text with the gold's <c>referenceDate</c>
    /// (none when absent or not a date), exactly as <c>factx extract --reference-date</c> reads the file
    /// (a leading byte-order mark is dropped), and returns the serialized output keyed by document name.
    /// A document the pipeline refuses (too large) is reported on <paramref name="errors"/> and left out.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Create(FactPipeline pipeline, IEnumerable<GoldDocument> documents, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var text = doc.Text.Length > 0 && doc.Text[0] == '\uFEFF' ? doc.Text[1..] : doc.Text;
            try
            {
                var facts = pipeline.Extract(text, new ExtractOptions { ReferenceDate = doc.ReferenceDate, DocumentId = doc.Name });
                using var json = JsonDocument.Parse(FactJson.Serialize(facts, indented: false));
                result[doc.Name] = json.RootElement.Clone();
            }
            catch (DocumentTooLargeException e)
            {
                errors?.WriteLine($"factx: {doc.Name}: {e.Message}");
            }
        }
        return result;
    }
}
