using System.Diagnostics;
using System.Text;

namespace FactExtractor.Tests.Robustness;

/// <summary>The limits a caller can set: the largest document, and cancellation, honoured inside one long sentence.</summary>
public sealed class LimitTests
{
    private static readonly FactPipeline s_pipeline = new FactPipelineBuilder().Build();

    [Fact]
    public void A_document_over_the_limit_is_refused_with_a_message_that_names_the_sizes_and_the_option()
    {
        var pipeline = new FactPipelineBuilder().UseMaxDocumentLength(1_000).Build();

        var e = Assert.Throws<DocumentTooLargeException>(() => pipeline.Extract(new string('中', 1_001), default));

        Assert.Equal(1_001, e.Length);
        Assert.Equal(1_000, e.MaxLength);
        Assert.Equal("The document has 1001 characters; the limit is 1000 (FactExtractorOptions.MaxDocumentLength).", e.Message);
        Assert.NotNull(pipeline.Extract(new string('中', 1_000), default)); // the limit itself is allowed
    }

    [Fact]
    public void The_default_limit_is_ten_million_characters()
    {
        Assert.Equal(10_000_000, FactExtractorOptions.Default.MaxDocumentLength);
        Assert.Throws<DocumentTooLargeException>(() => s_pipeline.Extract(new string(' ', 10_000_001), default));
    }

    [Fact]
    public void A_token_cancelled_before_the_call_stops_it_at_once()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => s_pipeline.Extract("全市生产总值增长5%。", new ExtractOptions { CancellationToken = cancel.Token }));
    }

    /// <summary>
    /// One sentence of several megabytes (no sentence end, so checks between sentences never run):
    /// cancelling mid-way ends the call within a couple of seconds, long before it would finish.
    /// </summary>
    [Theory]
    [InlineData("1-", 40_000_000)]    // the quantity scan: ranges and dates, no quantity found (5 MB took under a second on a quiet machine)
    [InlineData("增长5%，", 1_500_000)] // subjects and scoring: 250,000 quantities in one sentence
    public void Cancelling_inside_one_long_sentence_ends_the_call_promptly(string piece, int length)
    {
        // Above the default size limit, so that even a fast machine is still busy when the token is cancelled.
        var pipeline = new FactPipelineBuilder().UseMaxDocumentLength(length + piece.Length).Build();
        var sb = new StringBuilder(length + piece.Length);
        while (sb.Length < length)
            sb.Append(piece);
        var text = sb.ToString();
        using var cancel = new CancellationTokenSource();
        Exception? error = null;
        long cancelledAt = 0, endedAt = 0;
        var clock = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            try
            {
                pipeline.Extract(text, new ExtractOptions { CancellationToken = cancel.Token });
            }
            catch (Exception e)
            {
                error = e;
            }
            endedAt = clock.ElapsedMilliseconds;
        })
        { IsBackground = true };
        worker.Start();

        Thread.Sleep(1_000);
        Assert.True(worker.IsAlive, $"the {length:N0}-character sentence was done in under a second: too short to test cancellation");
        cancelledAt = clock.ElapsedMilliseconds;
        cancel.Cancel();
        Assert.True(worker.Join(TimeSpan.FromSeconds(30)), "the call went on 30 s after its token was cancelled");

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        long delay = endedAt - cancelledAt;
        Assert.True(delay < 3_000, $"the call ended {delay} ms after its token was cancelled");
    }
}
