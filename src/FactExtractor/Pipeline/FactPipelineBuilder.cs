namespace FactExtractor;

/// <summary>Configures and builds a <see cref="FactPipeline"/>.</summary>
public sealed class FactPipelineBuilder
{
    private FactExtractorOptions _options = FactExtractorOptions.Default;

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

    /// <summary>Builds an immutable, thread-safe pipeline.</summary>
    public FactPipeline Build() => new(_options);
}
