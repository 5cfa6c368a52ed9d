using FactExtractor.Cli;

namespace FactExtractor.Tests.Cli;

public sealed class BenchCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Reports_throughput_allocations_and_memory_for_a_generated_text()
    {
        var (exit, output, error) = Run("bench", "--generate", "0.05", "--runs", "1", "--cold-runs", "0");

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("generated news text", output, StringComparison.Ordinal);
        Assert.Matches(@"throughput +[\d,]+ characters/s, [\d.]+ MB/s, [\d,]+ facts/s", output);
        Assert.Matches(@"allocated +[\d.]+ bytes/character", output);
        Assert.Matches(@"peak working set [\d]+ MB", output);
        Assert.DoesNotContain("cold start", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_files_as_documents()
    {
        var file = Path.Combine(Path.GetTempPath(), "factx-bench-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, "2023年，全市实现地区生产总值1228.5亿元，比上年增长6.1%。");
        try
        {
            var (exit, output, _) = Run("bench", file, "--runs", "2", "--cold-runs", "0", "--scoring", "rules");

            Assert.Equal(CommandLine.Success, exit);
            Assert.Contains("1 document(s)", output, StringComparison.Ordinal);
            Assert.Contains("2 facts", output, StringComparison.Ordinal);
            Assert.Contains("scoring         rules", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--generate", "0")]
    [InlineData("--runs", "x")]
    [InlineData("--frobnicate")]
    [InlineData("some.txt", "--generate", "1")]
    public void Rejects_bad_options_as_usage_errors(params string[] args)
    {
        var (exit, _, error) = Run(["bench", .. args]);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains("factx:", error, StringComparison.Ordinal);
    }
}
