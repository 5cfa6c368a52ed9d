namespace FactExtractor;

/// <summary>How a pipeline gives each fact its <see cref="Fact.Confidence"/>.</summary>
public enum ScoringMode
{
    /// <summary>
    /// The learned scorer embedded in the library (default): <see cref="Fact.Confidence"/> is a
    /// calibrated probability that the quantity is a checkable fact with the right value and unit.
    /// </summary>
    Model,

    /// <summary>The extraction rules alone: every fact they find gets the same confidence, 0.9.</summary>
    Rules,
}
