namespace FactExtractor.Tests.Spans;

/// <summary>SPEC section 4: every span's text equals <c>original[start..end]</c>, on every corpus document.</summary>
public sealed class SpanTextTests
{
    private static readonly FactPipeline Pipeline = new FactPipelineBuilder().Build();

    public static TheoryData<string> DocumentNames() => new(Corpus.DocumentPaths().Select(Path.GetFileName).OfType<string>());

    [Fact]
    public void The_corpus_has_at_least_20_documents()
    {
        var paths = Corpus.DocumentPaths();

        Assert.True(paths.Count >= 20, $"{paths.Count} documents in {Corpus.Directory}");
        Assert.All(paths, p => Assert.True(new FileInfo(p).Length > 0, p));
    }

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Every_span_is_a_slice_of_the_original(string fileName)
    {
        var original = File.ReadAllText(Path.Combine(Corpus.Directory, fileName));

        var doc = Pipeline.Extract(original, new ExtractOptions { DocumentId = Path.GetFileNameWithoutExtension(fileName) });

        Assert.Equal(original.Length, doc.Document.Length);
        Assert.NotEmpty(doc.Facts);
        var previousStart = -1;
        foreach (var fact in doc.Facts)
        {
            var q = fact.Quantity;
            Assert.True(0 <= q.Start && q.Start < q.End && q.End <= original.Length, $"{fact.Id}: quantity range [{q.Start},{q.End})");
            Assert.Equal(original[q.Start..q.End], q.Text);
            Assert.True(q.Start >= previousStart, $"{fact.Id}: facts out of text order");
            previousStart = q.Start;

            if (fact.Subject is { } subject)
            {
                Assert.True(0 <= subject.Start && subject.Start < subject.End && subject.End <= original.Length, $"{fact.Id}: subject range [{subject.Start},{subject.End})");
                Assert.Equal(original[subject.Start..subject.End], subject.Text);
            }

            var sentence = fact.Sentence;
            Assert.True(0 <= sentence.Start && sentence.Start < sentence.End && sentence.End <= original.Length, $"{fact.Id}: sentence range [{sentence.Start},{sentence.End})");
            Assert.True(sentence.Start <= q.Start && q.End <= sentence.End, $"{fact.Id}: quantity [{q.Start},{q.End}) outside its sentence [{sentence.Start},{sentence.End})");

            Assert.False(double.IsNaN(q.NormalizedValue) || double.IsInfinity(q.NormalizedValue), $"{fact.Id}: normalized value {q.NormalizedValue}");
            Assert.False(string.IsNullOrEmpty(q.NormalizedUnit), $"{fact.Id}: no normalized unit");
            Assert.InRange(fact.Confidence, 0.0, 1.0);
        }
        Assert.Equal(doc.Facts.Count, doc.Facts.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
