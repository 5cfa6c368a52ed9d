namespace FactExtractor;

/// <summary>Whether a pipeline adds its learned models to the extraction rules.</summary>
public enum ScoringMode
{
    /// <summary>
    /// The learned models embedded in the library (default): <see cref="Fact.Confidence"/> is a
    /// calibrated probability that the quantity is a checkable fact with the right value and unit.
    /// Subjects come from the embedded subject model only when it was trained to be used
    /// (<c>factx train --subject-model on</c>); the model shipped keeps the rules' subjects.
    /// </summary>
    Model,

    /// <summary>The extraction rules alone: the rules' subjects, and the same confidence, 0.9, for every fact.</summary>
    Rules,
}
