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
    /// A machine fast enough to finish before the token is cancelled gets a sentence twice as long
    /// (this is a hang detector, not a speed test).
    /// </summary>
    [Theory]
    [InlineData("1-", 20_000_000)]    // the quantity scan: ranges and dates, no quantity found
    [InlineData("增长5%，", 1_500_000)] // subjects and scoring: 250,000 quantities in one sentence
    public void Cancelling_inside_one_long_sentence_ends_the_call_promptly(string piece, int length)
    {
        for (int attempt = 0; attempt < 4; attempt++, length *= 2)
        {
            var (finished, error, delay) = CancelMidway(piece, length);
            if (finished)
                continue;
            Assert.IsAssignableFrom<OperationCanceledException>(error);
            Assert.True(delay < 3_000, $"the call ended {delay} ms after its token was cancelled");
            return;
        }
        Assert.Fail($"even a {length / 2:N0}-character sentence was done before its token was cancelled");
    }

    /// <summary>Extracts a sentence of <paramref name="length"/> characters on a thread and cancels it after 300 ms.</summary>
    /// <returns>Whether the call finished before it was cancelled; else its exception and how long it went on after the cancel.</returns>
    private static (bool Finished, Exception? Error, long Delay) CancelMidway(string piece, int length)
    {
        // Above the default size limit when the sentence grows.
        var pipeline = new FactPipelineBuilder().UseMaxDocumentLength(length + piece.Length).Build();
        var sb = new StringBuilder(length + piece.Length);
        while (sb.Length < length)
            sb.Append(piece);
        var text = sb.ToString();
        using var cancel = new CancellationTokenSource();
        Exception? error = null;
        long endedAt = 0;
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

        Thread.Sleep(300);
        long cancelledAt = clock.ElapsedMilliseconds;
        cancel.Cancel();
        Assert.True(worker.Join(TimeSpan.FromSeconds(30)), "the call went on 30 s after its token was cancelled");
        // Done without noticing the token: it finished first (or a moment after the cancel, before its next check).
        if (error is null)
            return (true, null, 0);
        return (false, error, endedAt - cancelledAt);
    }
}
