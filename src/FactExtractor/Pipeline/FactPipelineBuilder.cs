namespace FactExtractor;

/// <summary>Configures and builds a <see cref="FactPipeline"/>.</summary>
public sealed class FactPipelineBuilder
{
    private FactExtractorOptions _options = FactExtractorOptions.Default;
    private Scoring.MlFactScorer? _scorer;
    private Scoring.ISubjectChooser? _subjectChooser;
    private bool _subjectChooserSet;

    /// <summary>Starts from the default options.</summary>
    public FactPipelineBuilder()
    {
    }

    /// <summary>Replaces all options.</summary>
    public FactPipelineBuilder UseOptions(FactExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Rejects documents longer than <paramref name="maxLength"/> UTF-16 code units.</summary>
    public FactPipelineBuilder UseMaxDocumentLength(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _options = _options with { MaxDocumentLength = maxLength };
        return this;
    }

    /// <summary>Drops facts whose confidence is below <paramref name="minConfidence"/>.</summary>
    public FactPipelineBuilder UseMinConfidence(double minConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minConfidence, 1.0);
        _options = _options with { MinConfidence = minConfidence };
        return this;
    }

    /// <summary>
    /// Chooses how facts get their confidence: <see cref="ScoringMode.Model"/> (the default, the
    /// learned scorer's calibrated probability) or <see cref="ScoringMode.Rules"/> (0.9 for every fact).
    /// </summary>
    public FactPipelineBuilder UseScoring(ScoringMode scoring)
    {
        if (!Enum.IsDefined(scoring))
            throw new ArgumentOutOfRangeException(nameof(scoring), scoring, "Unknown scoring mode.");
        _options = _options with { Scoring = scoring };
        return this;
    }

    /// <summary>Scores with <paramref name="model"/> instead of the embedded one (training, tests).</summary>
    internal FactPipelineBuilder UseModel(Scoring.LinearModel model)
    {
        _scorer = new Scoring.MlFactScorer(model);
        _options = _options with { Scoring = ScoringMode.Model };
        return this;
    }

    /// <summary>
    /// Chooses subjects with <paramref name="chooser"/> whatever the scoring mode; null keeps the
    /// rules' subjects (training, tests). Without this call, <see cref="ScoringMode.Model"/> uses the
    /// embedded subject model when it beats the rules, and <see cref="ScoringMode.Rules"/> the rules.
    /// </summary>
    internal FactPipelineBuilder UseSubjectChooser(Scoring.ISubjectChooser? chooser)
    {
        _subjectChooser = chooser;
        _subjectChooserSet = true;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline.</summary>
    /// <remarks>
    /// The first build also starts loading jieba's dictionary on a thread-pool thread while this
    /// thread loads the lexicons and models: on two cores a cold start of <c>factx extract</c> is
    /// about 50 ms shorter. The first extraction waits for the dictionary if it is not there yet.
    /// </remarks>
    public FactPipeline Build()
    {
        _ = Segmentation.JiebaSegmenter.StartLoading();
        return new(_options, _scorer, _subjectChooser, _subjectChooserSet);
    }
}
