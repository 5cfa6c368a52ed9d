namespace FactExtractor;

/// <summary>The simplest entry point: extraction with a shared default pipeline.</summary>
public static class Facts
{
    private static readonly Lazy<FactPipeline> s_default = new(() => new FactPipelineBuilder().Build());

    /// <summary>The shared default pipeline.</summary>
    public static FactPipeline DefaultPipeline => s_default.Value;

    /// <summary>Extracts the facts of <paramref name="text"/> with the default pipeline.</summary>
    public static FactDocument Extract(string text) => DefaultPipeline.Extract(text);

    /// <summary>Extracts the facts of <paramref name="text"/>, resolving relative years against <paramref name="referenceDate"/>.</summary>
    public static FactDocument Extract(string text, DateOnly referenceDate) =>
        DefaultPipeline.Extract(text, new ExtractOptions { ReferenceDate = referenceDate });
}
