using System.Text;
using FactExtractor.Cli.Commands;

namespace FactExtractor.Tests.Cli;

/// <summary>Standard output given as a <see cref="TextWriter"/> (tests) receives streamed UTF-8 whole, wherever the writes split it.</summary>
public sealed class TextWriterStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Characters_split_between_writes_arrive_whole(int chunk)
    {
        const string text = "建成区面积由2012年的18平方公里扩大至35.2平方公里😀。";
        var bytes = Encoding.UTF8.GetBytes(text);
        var target = new StringWriter();
        using var stream = new TextWriterStream(target);

        for (int at = 0; at < bytes.Length; at += chunk)
            stream.Write(bytes, at, Math.Min(chunk, bytes.Length - at));

        Assert.Equal(text, target.ToString());
    }

    [Fact]
    public void Extract_of_a_large_document_to_a_text_writer_is_the_serializer_s_JSON()
    {
        // Longer than the serializer's buffer, so the JSON reaches the writer in several pieces.
        var text = string.Concat(Enumerable.Repeat(BatchTests.GdpText + BatchTests.AreaText, 400));
        var path = Path.Combine(Path.GetTempPath(), $"factx-stream-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var run = BatchTests.Run("extract", "--compact", path);

            Assert.Equal(0, run.Exit);
            var expected = FactJson.Serialize(Facts.DefaultPipeline.Extract(text, new ExtractOptions { DocumentId = Path.GetFileNameWithoutExtension(path) }), indented: false);
            Assert.Equal(expected + "\n", run.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
