using System.Text.Json;
using FactExtractor.Evaluation;
using FactExtractor.Quantities;
using FactExtractor.Scoring;
using FactExtractor.Subjects;

namespace FactExtractor.Training;

/// <summary>
/// The subject candidates of one quantity paired with a gold fact that names a subject core.
/// </summary>
/// <param name="Document">The gold document.</param>
/// <param name="Quantity">The quantity as written, for reports.</param>
/// <param name="Candidates">One example per candidate: its features, and whether score.py's subject test accepts it.</param>
/// <param name="RulesIndex">The candidate the rules chose, or -1 when they chose none.</param>
/// <param name="Texts">Each candidate's text, for reports.</param>
internal sealed record SubjectGroup(string Document, string Quantity, IReadOnlyList<Example> Candidates, int RulesIndex, IReadOnlyList<string> Texts)
{
    /// <summary>Some candidate is accepted: a model can get this quantity right.</summary>
    public bool Reachable => Candidates.Any(c => c.Label);

    /// <summary>The rules' subject is accepted.</summary>
    public bool RulesRight => RulesIndex >= 0 && Candidates[RulesIndex].Label;
}

/// <summary>Turns gold documents into labelled subject-candidate groups.</summary>
internal static class SubjectExamples
{
    /// <summary>
    /// Runs the pipeline with the rules' subjects over each document and records, for every
    /// quantity, its candidates and their features; a quantity paired (by the evaluation scorer's own
    /// pairing) with a required gold fact that has a <c>subjectCore</c> becomes a group, each candidate
    /// labelled by <see cref="Scorer.SubjectAccepts"/> on its text as the output would show it.
    /// </summary>
    public static List<SubjectGroup> Collect(IEnumerable<GoldDocument> documents)
    {
        var recorder = new Recorder();
        var pipeline = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).UseSubjectChooser(recorder).Build();
        var groups = new List<SubjectGroup>();
        foreach (var gold in documents)
        {
            recorder.Seen.Clear();
            var analyzed = pipeline.Analyze(FactExamples.GoldText(gold), new ExtractOptions { ReferenceDate = gold.ReferenceDate, DocumentId = gold.Name });
            var emitted = new List<QuantityMention>();
            var facts = FactAssembler.Assemble(analyzed, 0, emitted);
            using var json = JsonDocument.Parse(FactJson.Serialize(facts, indented: false));
            foreach (var outcome in Scorer.Align(gold, json.RootElement))
            {
                if (!outcome.Counted || outcome.Gold is not { } g || Scorer.SubjectAccepts(g, null))
                    continue;
                var m = emitted[outcome.Predicted.Index];
                if (!recorder.Seen.TryGetValue(m, out var seen))
                    continue;
                var examples = new List<Example>(seen.Candidates.Count);
                var texts = new List<string>(seen.Candidates.Count);
                for (int i = 0; i < seen.Candidates.Count; i++)
                {
                    var c = seen.Candidates[i];
                    var text = analyzed.Text.OriginalSlice(c.Start, c.End);
                    texts.Add(text);
                    examples.Add(new Example(gold.Name, seen.Features[i], Scorer.SubjectAccepts(g, text), text));
                }
                groups.Add(new SubjectGroup(gold.Name, outcome.Predicted.Text ?? "", examples, seen.Candidates.FindIndex(c => c.Has(CandidateSources.Rules)), texts));
            }
        }
        return groups;
    }

    /// <summary>Keeps the rules' subjects and records every quantity's candidates and features.</summary>
    private sealed class Recorder : ISubjectChooser
    {
        public Dictionary<QuantityMention, (List<SubjectCandidate> Candidates, CandidateFeatures[] Features)> Seen { get; } = new(ReferenceEqualityComparer.Instance);

        public void Choose(SentenceWords words, CancellationToken cancellationToken = default)
        {
            for (int k = 0; k < words.Mentions.Count; k++)
            {
                var candidates = MlSubjectChooser.Candidates(words, k, out _);
                Seen[words.Mentions[k]] = (candidates, SubjectFeatures.Compute(words, k, candidates));
            }
        }
    }
}
