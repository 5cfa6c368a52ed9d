using FactExtractor.Cli;

namespace FactExtractor.Tests.Evaluation;

/// <summary><c>factx eval</c> end to end on a small temporary gold folder.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Text = "2023年全市地区生产总值达到1234.5亿元，比上年增长6.1%。";

    private const string Gold = """
        {"document": "gdp.txt", "referenceDate": "2024-01-20", "facts": [
         {"text": "1234.5亿元", "start": 15, "end": 23, "kind": "value", "subject": "地区生产总值", "subjectCore": "地区生产总值",
          "year": 2023, "baseYear": null, "value": 1234.5, "scale": 100000000, "unit": "元", "normalizedValue": 123450000000.0,
          "normalizedUnit": "CNY", "bound": "exact", "modality": "actual", "optional": false},
         {"text": "6.1%", "start": 29, "end": 33, "kind": "change", "subject": "地区生产总值", "subjectCore": "地区生产总值",
          "year": 2023, "baseYear": 2022, "value": 6.1, "scale": 1, "unit": "%", "normalizedValue": 6.1,
          "normalizedUnit": "percent", "bound": "exact", "modality": "actual", "optional": false}],
         "nonFacts": [{"text": "2023年", "start": 0, "end": 5}]}
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("factx-eval-cli-");

    public EvalCommandTests()
    {
        Directory.CreateDirectory(GoldDir);
        File.WriteAllText(Path.Combine(GoldDir, "gdp.txt"), Text);
        File.WriteAllText(Path.Combine(GoldDir, "gdp.gold.json"), Gold);
    }

    private string GoldDir => Path.Combine(_dir.FullName, "gold");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Scores_a_prediction_folder_with_score_py_lines()
    {
        var pred = Path.Combine(_dir.FullName, "pred");
        Directory.CreateDirectory(pred);
        File.WriteAllText(Path.Combine(pred, "gdp.json"), """
            {"schemaVersion": "1", "document": {"id": "gdp"}, "facts": [
             {"kind": "value", "subject": {"text": "地区生产总值"}, "time": {"year": 2023},
              "quantity": {"text": "1234.5亿元", "start": 15, "end": 23, "normalizedValue": 123450000000, "normalizedUnit": "CNY"}},
             {"kind": "value", "subject": null, "time": {"year": null},
              "quantity": {"text": "2023年", "start": 0, "end": 5, "normalizedValue": 2023, "normalizedUnit": "count"}}]}
            """);

        var (code, stdout, _) = Run("eval", GoldDir, "--pred", pred, "--errors", "5");

        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(
            [
                "span   P=0.500 R=0.500 F1=0.500  (tp 1, gold 2, predicted 2)",
                "value  P=0.500 R=0.500 F1=0.500  (tp 1, gold 2, predicted 2)",
                "year   P=0.500 R=0.500 F1=0.500  (tp 1, gold 2, predicted 2)",
                "full   P=0.500 R=0.500 F1=0.500  (tp 1, gold 2, predicted 2)",
                "non-fact leaks: 1; documents: 1; without prediction: 0",
                "  leak gdp: '2023年' over non-fact '2023年'",
                "  gdp [span] gold '6.1%' 地区生产总值/2023/change/6.1 percent | predicted -",
                "  gdp [extra] gold - | predicted '2023年' None/None/value/2023 count",
            ],
            Lines(stdout));
    }

    [Fact]
    public void Runs_the_pipeline_itself_without_pred()
    {
        var (code, stdout, stderr) = Run("eval", GoldDir, "--per-doc");

        Assert.True(code == CommandLine.Success, stderr);
        var lines = Lines(stdout);
        Assert.StartsWith("gdp ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("span   P=", lines[1], StringComparison.Ordinal);
        Assert.Equal("non-fact leaks: 0; documents: 1; without prediction: 0", lines[5]);
    }

    [Fact]
    public void Check_exits_1_and_names_the_problem()
    {
        File.WriteAllText(Path.Combine(GoldDir, "gdp.gold.json"), Gold.Replace("\"start\": 29", "\"start\": 28", StringComparison.Ordinal));

        var (code, stdout, _) = Run("eval", "--check", GoldDir);

        Assert.Equal(CommandLine.SomeFailed, code);
        Assert.Equal(["gdp facts[1] '6.1%': text at 28..33 is '长6.1%'", "1 documents, 2 gold facts, 1 problems"], Lines(stdout));
    }

    [Fact]
    public void Check_exits_0_on_good_gold()
    {
        var (code, stdout, _) = Run("eval", "--check", GoldDir);

        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(["1 documents, 2 gold facts, 0 problems"], Lines(stdout));
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "a", "b")]
    [InlineData("eval", "gold", "--errors", "many")]
    [InlineData("eval", "gold", "--bogus")]
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(CommandLine.UsageError, Run(args).Code);
    }

    [Fact]
    public void A_missing_folder_exits_1()
    {
        var (code, _, stderr) = Run("eval", Path.Combine(_dir.FullName, "nowhere"));

        Assert.Equal(CommandLine.SomeFailed, code);
        Assert.Contains("no such directory", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
