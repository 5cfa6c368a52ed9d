using FactExtractor.Tests.Spans;

namespace FactExtractor.Tests.Pipeline;

/// <summary>A pipeline is immutable and thread-safe: concurrent calls give the sequential results.</summary>
public sealed class ThreadSafetyTests
{
    private const int ThreadCount = 8;
    private static readonly DateOnly ReferenceDate = new(2023, 7, 1);

    [Fact]
    public void One_pipeline_used_from_8_threads_gives_the_sequential_output()
    {
        var documents = Corpus.Documents();
        Assert.True(documents.Count >= 20);
        var pipeline = new FactPipelineBuilder().Build();
        var expected = documents.Select(d => Serialize(pipeline, d.Name, d.Text)).ToArray();

        var results = new string[ThreadCount][];
        var errors = new Exception?[ThreadCount];
        using var start = new Barrier(ThreadCount);
        var threads = Enumerable.Range(0, ThreadCount).Select(t => new Thread(() =>
        {
            try
            {
                var mine = new string[documents.Count];
                start.SignalAndWait();
                for (var k = 0; k < documents.Count; k++)
                {
                    var i = (k + t * 3) % documents.Count; // each thread starts at another document
                    mine[i] = Serialize(pipeline, documents[i].Name, documents[i].Text);
                }
                results[t] = mine;
            }
            catch (Exception e)
            {
                errors[t] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var t = 0; t < ThreadCount; t++)
        {
            Assert.Null(errors[t]);
            for (var i = 0; i < documents.Count; i++)
                Assert.True(expected[i] == results[t][i], $"thread {t}: {documents[i].Name} differs from the sequential run");
        }
    }

    /// <summary>
    /// All 8 threads on the same document at the same moment, document after document, twice,
    /// with either scoring: the most contention one pipeline can see, still the sequential bytes.
    /// </summary>
    [Theory]
    [InlineData(ScoringMode.Model)]
    [InlineData(ScoringMode.Rules)]
    public void Eight_threads_on_the_same_document_at_once_give_the_sequential_bytes(ScoringMode scoring)
    {
        var documents = Corpus.Documents();
        var pipeline = new FactPipelineBuilder().UseScoring(scoring).Build();
        var expected = documents.Select(d => Serialize(pipeline, d.Name, d.Text)).ToArray();

        var results = new string[ThreadCount, documents.Count * 2];
        var errors = new Exception?[ThreadCount];
        using var step = new Barrier(ThreadCount);
        var threads = Enumerable.Range(0, ThreadCount).Select(t => new Thread(() =>
        {
            try
            {
                for (var k = 0; k < documents.Count * 2; k++)
                {
                    step.SignalAndWait(); // every thread starts document k together
                    var d = documents[k % documents.Count];
                    results[t, k] = Serialize(pipeline, d.Name, d.Text);
                }
            }
            catch (Exception e)
            {
                errors[t] = e;
                step.RemoveParticipant();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(errors, e => Assert.Null(e));
        for (var t = 0; t < ThreadCount; t++)
        {
            for (var k = 0; k < documents.Count * 2; k++)
                Assert.True(expected[k % documents.Count] == results[t, k], $"thread {t}, round {k / documents.Count + 1}: {documents[k % documents.Count].Name} differs from the sequential run");
        }
    }

    [Fact]
    public void The_shared_default_pipeline_is_safe_under_Parallel_ForEach()
    {
        var documents = Corpus.Documents();
        var expected = documents.Select(d => Serialize(Facts.DefaultPipeline, d.Name, d.Text)).ToArray();

        var actual = new string[documents.Count * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = ThreadCount }, k =>
        {
            var d = documents[k % documents.Count];
            actual[k] = Serialize(Facts.DefaultPipeline, d.Name, d.Text);
        });

        for (var k = 0; k < actual.Length; k++)
            Assert.True(expected[k % documents.Count] == actual[k], $"{documents[k % documents.Count].Name} differs from the sequential run");
    }

    private static string Serialize(FactPipeline pipeline, string name, string text) =>
        FactJson.Serialize(pipeline.Extract(text, new ExtractOptions { DocumentId = name, ReferenceDate = ReferenceDate }), indented: false);
}
