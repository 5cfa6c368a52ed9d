using FactExtractor.Quantities;
using FactExtractor.Subjects;

namespace FactExtractor.Scoring;

/// <summary>Revisits the subjects the rules gave the quantities of one sentence.</summary>
internal interface ISubjectChooser
{
    /// <summary>Called once per sentence, after the rules linked its subjects and before kinds are read from them.</summary>
    void Choose(SentenceWords words, CancellationToken cancellationToken = default);
}

/// <summary>
/// The learned subject model: for each quantity it scores every candidate phrase
/// (<see cref="SubjectCandidates"/>) with a linear model over <see cref="SubjectFeatures"/> and
/// keeps the best (the rules' choice on a tie). The default model is embedded in the library and
/// read once, on first use; it is used only when its training found it better than the rules
/// (the <c>use</c> property, set by <c>factx train</c> from cross-validation on corpus/).
/// Stateless apart from the model: thread-safe.
/// </summary>
internal sealed class MlSubjectChooser : ISubjectChooser
{
    /// <summary>Logical name of the embedded model (see FactExtractor.csproj).</summary>
    public const string ResourceName = "FactExtractor.Models.subject-model.weights";

    /// <summary>The model property that says whether the pipeline uses the model (<c>true</c>) or keeps the rules' subjects.</summary>
    public const string UseProperty = "use";

    public MlSubjectChooser(LinearModel model)
    {
        if (model.NumberCount != SubjectFeatures.NumberCount)
            throw new ArgumentException($"The model reads {model.NumberCount} numbers; subject features have {SubjectFeatures.NumberCount}. Retrain it (factx train).", nameof(model));
        Model = model;
        Margin = model.Properties.TryGetValue(MarginProperty, out var margin) ? double.Parse(margin, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public LinearModel Model { get; }

    /// <summary>The model property: how much higher than the rules' choice another candidate must score to replace it.</summary>
    public const string MarginProperty = "margin";

    /// <summary>How much higher than the rules' choice another candidate must score to replace it (0 when not set).</summary>
    public double Margin { get; }

    /// <summary>Whether the model's training found it better than the rules.</summary>
    public bool BeatsRules => Model.Properties.TryGetValue(UseProperty, out var use) && use == "true";

    /// <summary>The embedded model, read on first use; null when it is not better than the rules.</summary>
    public static MlSubjectChooser? Default => DefaultHolder.Instance is { BeatsRules: true } chooser ? chooser : null;

    /// <summary>The embedded model whether or not it is used.</summary>
    internal static MlSubjectChooser Embedded => DefaultHolder.Instance;

    public void Choose(SentenceWords words, CancellationToken cancellationToken = default)
    {
        var mentions = words.Mentions;
        for (int k = 0; k < mentions.Count; k++)
        {
            if ((k & 255) == 255)
                cancellationToken.ThrowIfCancellationRequested();
            var m = mentions[k];
            var candidates = Candidates(words, k, out var rules);
            if (candidates.Count == 0)
                continue;
            var features = SubjectFeatures.Compute(words, k, candidates);
            var scores = new double[candidates.Count];
            for (int i = 0; i < scores.Length; i++)
                scores[i] = Model.Score(features[i]);
            int rulesIndex = -1;
            for (int i = 0; i < candidates.Count && rulesIndex < 0; i++)
                rulesIndex = candidates[i].Has(CandidateSources.Rules) ? i : -1;
            var chosen = candidates[Pick(scores, rulesIndex, Margin)];
            m.SubjectStart = chosen.Start;
            m.SubjectEnd = chosen.End;
            // The rules' predicate (引进 of 引进院士) stays only with a subject that ends where theirs does.
            if (chosen.End != rules.End)
                m.Predicate = null;
        }
    }

    /// <summary>
    /// The index of the highest score; the rules' choice (<paramref name="rulesIndex"/>, -1 for none)
    /// keeps its place unless another candidate scores more than <paramref name="margin"/> above it,
    /// and the earlier candidate wins a tie.
    /// </summary>
    internal static int Pick(IReadOnlyList<double> scores, int rulesIndex, double margin = 0)
    {
        int best = rulesIndex;
        double bestScore = rulesIndex >= 0 ? scores[rulesIndex] + margin : double.NegativeInfinity;
        for (int i = 0; i < scores.Count; i++)
        {
            if (best < 0 || scores[i] > bestScore)
            {
                best = i;
                bestScore = scores[i];
            }
        }
        return best;
    }

    /// <summary>The candidates of <c>words.Mentions[k]</c>, given the subjects chosen so far.</summary>
    internal static List<SubjectCandidate> Candidates(SentenceWords words, int k, out (int Start, int End) rules)
    {
        var m = words.Mentions[k];
        rules = (m.SubjectStart, m.SubjectEnd);
        QuantityMention? previous = k > 0 ? words.Mentions[k - 1] : null;
        for (int j = words.PreviousMentions.Count - 1; j >= 0 && previous is null; j--)
            previous = words.PreviousMentions[j].SubjectStart >= 0 ? words.PreviousMentions[j] : null;
        var previousSubject = previous is { SubjectStart: >= 0 } p ? (p.SubjectStart, p.SubjectEnd) : (-1, -1);
        return SubjectCandidates.Generate(words, k, rules, previousSubject);
    }

    /// <summary>Reads the embedded model the first time it is asked for.</summary>
    private static class DefaultHolder
    {
        public static readonly MlSubjectChooser Instance = new(LinearModel.ReadEmbedded(ResourceName, "subject model"));
    }
}
