using System.Text.Json;
using FactExtractor.Cli;
using FactExtractor.Tests.Spans;

namespace FactExtractor.Tests.Cli;

/// <summary><c>factx extract --scoring/--min-confidence</c> and <c>factx train</c>.</summary>
public sealed class ScoringCliTests
{
    private const string GdpText = "2021年，全市生产总值达到1234.5亿元，同比增长8.1%。";

    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(stdin), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static double[] Confidences(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("confidence").GetDouble())];

    [Fact]
    public void Scoring_rules_gives_0_9_and_model_gives_the_learned_probability()
    {
        var rules = Run(GdpText, "extract", "--scoring", "rules", "-");
        var model = Run(GdpText, "extract", "--scoring", "model", "-");
        Assert.Equal(0, rules.Exit);
        Assert.Equal(0, model.Exit);
        Assert.Equal([0.9, 0.9], Confidences(rules.Out));
        var learned = Confidences(model.Out);
        Assert.Equal(2, learned.Length);
        Assert.All(learned, c => Assert.InRange(c, 0.0, 1.0));
        Assert.Equal(learned, Confidences(Run(GdpText, "extract", "-").Out)); // model is the default
    }

    [Fact]
    public void Min_confidence_above_every_fact_leaves_none()
    {
        var r = Run(GdpText, "extract", "--scoring", "rules", "--min-confidence", "0.95", "-");
        Assert.Equal(0, r.Exit);
        Assert.Empty(Confidences(r.Out));
    }

    [Theory]
    [InlineData("--scoring", "neural")]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--min-confidence", "high")]
    public void Bad_scoring_options_are_usage_errors(string option, string value)
    {
        var r = Run(GdpText, "extract", option, value, "-");
        Assert.Equal(CommandLine.UsageError, r.Exit);
        Assert.Contains(option, r.Err);
    }

    [Fact]
    public void Train_needs_a_corpus_and_an_output()
    {
        Assert.Equal(CommandLine.UsageError, Run("", "train").Exit);
        Assert.Equal(CommandLine.UsageError, Run("", "train", "--corpus", Corpus.Directory).Exit);
        Assert.Equal(CommandLine.SomeFailed, Run("", "train", "--corpus", Path.Combine(Corpus.RepoRoot, "no-such-folder"), "--out", "x.zip").Exit);
    }
}
