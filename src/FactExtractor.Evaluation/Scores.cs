namespace FactExtractor.Evaluation;

/// <summary>The four scoring levels of SPEC section 5; each includes the ones before it.</summary>
public enum Level
{
    /// <summary>The quantity span was found (it overlaps the gold span, matched one to one).</summary>
    Span,

    /// <summary>…and <c>normalizedValue</c> (relative tolerance 1e-6) and <c>normalizedUnit</c> agree.</summary>
    Value,

    /// <summary>…and <c>year</c> agrees (null = null).</summary>
    Year,

    /// <summary>…and <c>kind</c> agrees and the subject contains a <c>subjectCore</c> without running more than 6 characters past the gold subject.</summary>
    Full,
}

/// <summary>True positives, gold and predicted counts at one level.</summary>
/// <param name="TruePositives">Matched gold facts that pass the level.</param>
/// <param name="Gold">Required (non-optional) gold facts.</param>
/// <param name="Predicted">Predicted facts, less those matched to or overlapping an optional gold fact.</param>
public readonly record struct LevelCount(int TruePositives, int Gold, int Predicted)
{
    /// <summary>TP / predicted, 0 when nothing was predicted.</summary>
    public double Precision => Predicted != 0 ? (double)TruePositives / Predicted : 0.0;

    /// <summary>TP / gold, 0 when there is no gold.</summary>
    public double Recall => Gold != 0 ? (double)TruePositives / Gold : 0.0;

    /// <summary>Harmonic mean of precision and recall (computed as score.py does, for identical rounding).</summary>
    public double F1
    {
        get
        {
            double p = Precision, r = Recall;
            return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    /// <summary>Sum of two counts.</summary>
    public static LevelCount operator +(LevelCount a, LevelCount b) =>
        new(a.TruePositives + b.TruePositives, a.Gold + b.Gold, a.Predicted + b.Predicted);
}

/// <summary>Counts at all four levels.</summary>
public sealed record LevelCounts(LevelCount Span, LevelCount Value, LevelCount Year, LevelCount Full)
{
    /// <summary>All zero.</summary>
    public static LevelCounts Zero { get; } = new(default, default, default, default);

    /// <summary>The levels in order.</summary>
    public static IReadOnlyList<Level> Levels { get; } = [Level.Span, Level.Value, Level.Year, Level.Full];

    /// <summary>The count at <paramref name="level"/>.</summary>
    public LevelCount this[Level level] => level switch
    {
        Level.Span => Span,
        Level.Value => Value,
        Level.Year => Year,
        Level.Full => Full,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Level-wise sum.</summary>
    public static LevelCounts operator +(LevelCounts a, LevelCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Span + b.Span, a.Value + b.Value, a.Year + b.Year, a.Full + b.Full);
    }
}

/// <summary>Why a fact counts against the score: the first level a gold fact fails, or an unmatched prediction.</summary>
public enum MissKind
{
    /// <summary>No predicted span overlaps the gold fact (or all were taken).</summary>
    Span,

    /// <summary>Matched, but value or unit differ.</summary>
    Value,

    /// <summary>Value right, year wrong.</summary>
    Year,

    /// <summary>Year right, kind or subject wrong.</summary>
    Full,

    /// <summary>A predicted fact matching no gold fact.</summary>
    Extra,
}

/// <summary>A gold fact that failed a level, or a prediction nothing matched.</summary>
/// <param name="Document">Document stem.</param>
/// <param name="Kind">The first failed level, or <see cref="MissKind.Extra"/>.</param>
/// <param name="Gold">The gold fact (null for extras).</param>
/// <param name="Predicted">The matched or extra prediction (null when nothing matched).</param>
public sealed record Miss(string Document, MissKind Kind, GoldFact? Gold, PredictedFact? Predicted);

/// <summary>An unmatched prediction over a gold non-fact (a name, date, code …).</summary>
/// <param name="Document">Document stem.</param>
/// <param name="Predicted">The prediction.</param>
/// <param name="NonFact">The first non-fact it overlaps.</param>
public sealed record Leak(string Document, PredictedFact Predicted, GoldNonFact NonFact);

/// <summary>The score of one document.</summary>
/// <param name="Document">Document stem.</param>
/// <param name="Counts">Counts at each level.</param>
/// <param name="Misses">Failed gold facts in gold order, then extras in prediction order.</param>
/// <param name="Leaks">Extras over non-facts.</param>
/// <param name="HasPrediction">False when no prediction was given (scored as empty).</param>
public sealed record DocumentScore(string Document, LevelCounts Counts, IReadOnlyList<Miss> Misses, IReadOnlyList<Leak> Leaks, bool HasPrediction);

/// <summary>The score of a gold folder.</summary>
/// <param name="Documents">Per-document scores, in gold order.</param>
/// <param name="Totals">Counts summed over documents (micro-averaged P/R/F1).</param>
public sealed record EvaluationResult(IReadOnlyList<DocumentScore> Documents, LevelCounts Totals)
{
    /// <summary>All misses, document by document.</summary>
    public IReadOnlyList<Miss> Misses => Documents.SelectMany(d => d.Misses).ToArray();

    /// <summary>All leaks, document by document.</summary>
    public IReadOnlyList<Leak> Leaks => Documents.SelectMany(d => d.Leaks).ToArray();

    /// <summary>Stems of gold documents that had no prediction.</summary>
    public IReadOnlyList<string> MissingPredictions => Documents.Where(d => !d.HasPrediction).Select(d => d.Document).ToArray();
}

/// <summary>What the scorer made of one predicted fact (see <see cref="Scorer.Align"/>).</summary>
/// <param name="Predicted">The predicted fact (its <see cref="PredictedFact.Index"/> is its place in <c>facts</c>).</param>
/// <param name="Gold">The gold fact it was paired with, if any.</param>
/// <param name="ValueCorrect">Paired with a required gold fact and right at the value level.</param>
/// <param name="Counted">False when it overlaps only optional gold facts: it counts neither way.</param>
/// <param name="Leak">The non-fact it overlaps when it was paired with no gold fact.</param>
public sealed record PredictionOutcome(PredictedFact Predicted, GoldFact? Gold, bool ValueCorrect, bool Counted, GoldNonFact? Leak);
