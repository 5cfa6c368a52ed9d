using System.Globalization;
using System.Text.Json;
using FactExtractor.Evaluation;

namespace FactExtractor.Tests.Golden;

/// <summary>
/// The quality gate: the pipeline runs over the project's own corpus (corpus/NAME.txt with each
/// gold's referenceDate) and is scored with the score.py-identical scorer. A level whose F1 falls
/// below its floor in corpus/baseline.json fails the build. Raise the floors as quality rises
/// (corpus/README.md says how); never lower them to make a change pass.
/// </summary>
public sealed class CorpusQualityTests(CorpusQualityTests.CorpusRun run) : IClassFixture<CorpusQualityTests.CorpusRun>
{
    [Fact]
    public void Corpus_gold_files_pass_the_check()
    {
        var problems = GoldCorpus.Check(run.Gold);

        Assert.True(problems.Count == 0, "corpus gold problems (factx eval --check corpus):\n" + string.Join('\n', problems));
        Assert.True(run.Gold.Count >= 20, $"expected the 20 team-written documents, found {run.Gold.Count}");
    }

    [Fact]
    public void Every_document_is_extracted()
    {
        Assert.Empty(run.Result.MissingPredictions);
    }

    [Theory]
    [InlineData(Level.Span)]
    [InlineData(Level.Value)]
    [InlineData(Level.Year)]
    [InlineData(Level.Full)]
    public void F1_stays_at_or_above_the_baseline_floor(Level level)
    {
        var floor = run.Baseline.Floor(level);
        var f1 = run.Result.Totals[level].F1;

        Assert.True(f1 >= floor,
            $"{ScoreReport.Name(level)} F1 {f1.ToString("F3", CultureInfo.InvariantCulture)} fell below the floor {floor.ToString(CultureInfo.InvariantCulture)} in corpus/baseline.json\n{run.Report}");
    }

    [Fact]
    public void Non_fact_leaks_stay_at_or_below_the_baseline()
    {
        var leaks = run.Result.Leaks;

        Assert.True(leaks.Count <= run.Baseline.MaxLeaks,
            $"{leaks.Count} non-fact leaks, baseline allows {run.Baseline.MaxLeaks}:\n"
            + string.Join('\n', leaks.Select(l => $"  {l.Document}: '{l.Predicted.Text}' over non-fact '{l.NonFact.Text}'")));
    }

    [Fact]
    public void Baseline_floors_are_probabilities()
    {
        foreach (var level in LevelCounts.Levels)
            Assert.InRange(run.Baseline.Floor(level), 0.0, 1.0);
        Assert.True(run.Baseline.MaxLeaks >= 0);
    }

    /// <summary>Runs the pipeline over corpus/ once for all tests of the class.</summary>
    public sealed class CorpusRun
    {
        public CorpusRun()
        {
            var root = RepositoryRoot();
            var corpus = Path.Combine(root, "corpus");
            Gold = GoldCorpus.Load(corpus);
            var pipeline = new FactPipelineBuilder().Build();
            Result = Scorer.Score(Gold, PipelinePredictions.Create(pipeline, Gold));
            Baseline = QualityBaseline.Load(Path.Combine(corpus, "baseline.json"));
            Report = ScoreReport.Write(Result, new ReportOptions { PerDocument = true, Errors = 30 });
        }

        public IReadOnlyList<GoldDocument> Gold { get; }

        public EvaluationResult Result { get; }

        public QualityBaseline Baseline { get; }

        /// <summary>What <c>factx eval corpus --per-doc --errors 30</c> prints, for failure messages.</summary>
        public string Report { get; }

        /// <summary>The folder holding FactExtractor.sln, found by walking up from the test binaries.</summary>
        public static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactExtractor.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException($"FactExtractor.sln not found above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>corpus/baseline.json: <c>{"span": 0.xx, "value": …, "year": …, "full": …, "maxLeaks": N}</c>.</summary>
    public sealed record QualityBaseline(double Span, double Value, double Year, double Full, int MaxLeaks)
    {
        public double Floor(Level level) => level switch
        {
            Level.Span => Span,
            Level.Value => Value,
            Level.Year => Year,
            Level.Full => Full,
            _ => throw new ArgumentOutOfRangeException(nameof(level)),
        };

        public static QualityBaseline Load(string path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var r = json.RootElement;
            return new(
                r.GetProperty("span").GetDouble(),
                r.GetProperty("value").GetDouble(),
                r.GetProperty("year").GetDouble(),
                r.GetProperty("full").GetDouble(),
                r.GetProperty("maxLeaks").GetInt32());
        }
    }
}
