namespace FactExtractor.Tests.FactRules;

/// <summary>Runs the default pipeline on a sentence and finds the fact of one quantity.</summary>
internal static class FactAssert
{
    private static readonly FactPipeline Pipeline = new FactPipelineBuilder().Build();

    /// <summary>Reference dates are written yyyy-MM-dd in the tables; empty means none.</summary>
    public static FactDocument Extract(string text, string? referenceDate = null) =>
        Pipeline.Extract(text, new ExtractOptions
        {
            ReferenceDate = string.IsNullOrEmpty(referenceDate) ? null : DateOnly.Parse(referenceDate, System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>The fact whose quantity is written <paramref name="quantity"/> (the <paramref name="occurrence"/>-th such, from 0).</summary>
    public static Fact Find(FactDocument doc, string quantity, int occurrence = 0)
    {
        var matches = doc.Facts.Where(f => f.Quantity.Text == quantity).ToList();
        Assert.True(matches.Count > occurrence,
            $"no fact '{quantity}' (#{occurrence}); facts: {string.Join(", ", doc.Facts.Select(f => f.Quantity.Text))}");
        return matches[occurrence];
    }

    public static Fact Single(string text, string quantity, string? referenceDate = null) => Find(Extract(text, referenceDate), quantity);
}
