using System.Text.Json;
using System.Text.Json.Nodes;
using FactExtractor.Evaluation;

namespace FactExtractor.Tests.Evaluation;

/// <summary>
/// Small hand-made gold/prediction pairs. Every expected number here was also produced by
/// tools/score.py's score_doc on the same data, so these pin the C# scorer to the reference.
/// </summary>
public sealed class ScorerTests
{
    private static readonly string s_plain = new('一', 30);

    [Fact]
    public void Pairs_by_largest_overlap_one_to_one()
    {
        // A [0,5) is overlapped 3 by p0 and 3 by p1; B [6,10) 1 by p1 and 4 by p2.
        var score = Score(s_plain, [G(0, 5), G(6, 10, nv: 2)], [P(0, 3), P(2, 7), P(6, 10, nv: 2)]);

        AssertCounts(score.Counts.Span, 2, 2, 3);
        AssertCounts(score.Counts.Full, 2, 2, 3);
        var extra = Assert.Single(score.Misses);
        Assert.Equal(MissKind.Extra, extra.Kind);
        Assert.Equal(0, extra.Predicted!.Start); // p1 won A (tie on overlap 3 goes to the higher prediction index)
    }

    [Fact]
    public void Overlap_tie_between_gold_facts_goes_to_the_later_gold_fact()
    {
        // p [2,6) overlaps A [0,4) and B [4,8) by 2 each: sorted(reverse=True) takes (2, gi=1, 0) first.
        var score = Score(s_plain, [G(0, 4, nv: 1), G(4, 8, nv: 2)], [P(2, 6, nv: 1)]);

        AssertCounts(score.Counts.Span, 1, 2, 1);
        AssertCounts(score.Counts.Value, 0, 2, 1);
        Assert.Equal([MissKind.Span, MissKind.Value], score.Misses.Select(m => m.Kind));
        Assert.Equal(0, score.Misses[0].Gold!.Start);
        Assert.Equal(4, score.Misses[1].Gold!.Start);
    }

    [Fact]
    public void Overlap_tie_between_predictions_goes_to_the_later_prediction()
    {
        var score = Score(s_plain, [G(0, 4, nv: 1)], [P(0, 2, nv: 9), P(2, 4, nv: 1)]);

        AssertCounts(score.Counts.Value, 1, 1, 2);
        Assert.Equal(MissKind.Extra, Assert.Single(score.Misses).Kind);
    }

    [Theory]
    [InlineData(100.0, 100.00005, true)] // relative 5e-7
    [InlineData(100.0, 100.001, false)]
    [InlineData(0.0, 1e-10, true)] // absolute 1e-9 near zero
    [InlineData(0.0, 1e-8, false)]
    [InlineData(-3.1, 3.1, false)] // a decrease is negative
    [InlineData(4680000000.0, 4680000000.0, true)]
    public void Value_agrees_within_relative_1e6_or_absolute_1e9(double gold, double predicted, bool ok)
    {
        var score = Score(s_plain, [G(0, 4, nv: gold)], [P(0, 4, nv: predicted)]);

        Assert.Equal(1, score.Counts.Span.TruePositives);
        Assert.Equal(ok ? 1 : 0, score.Counts.Value.TruePositives);
    }

    [Fact]
    public void Value_needs_the_same_unit_and_year_compares_as_python_equality()
    {
        var gold = new[] { G(0, 2, nu: "percent"), G(3, 5, year: null), G(6, 8, year: 2020), G(9, 11, year: 2020), G(12, 14, kind: "change") };
        var pred = new[] { P(0, 2, nu: "pp"), P(3, 5, year: null), P(6, 8, year: null), P(9, 11, yearNode: JsonValue.Create(2020.0)), P(12, 14, kind: "value") };
        var score = Score(s_plain, gold, pred);

        AssertCounts(score.Counts.Value, 4, 5, 5);
        AssertCounts(score.Counts.Year, 3, 5, 5); // null = null, 2020 = 2020.0, 2020 ≠ null
        AssertCounts(score.Counts.Full, 2, 5, 5); // kind differs
        Assert.Equal([MissKind.Value, MissKind.Year, MissKind.Full], score.Misses.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("\"地区生产总值\"", "全市地区生产总值", "全市地区生产总值", true)]
    [InlineData("\"地区生产总值\"", "全市地区生产总值", "生产总值", false)] // core missing
    [InlineData("\"地区生产总值\"", "全市地区生产总值", "全市地区生产总值增长速度很快", true)] // 14 = 8 + 6
    [InlineData("\"地区生产总值\"", "全市地区生产总值", "全市地区生产总值增长速度很快了", false)] // 15
    [InlineData("[\"沪指\",\"上证指数\"]", "沪指", "上证指数", true)] // any core of a list
    [InlineData("[\"沪指\",\"上证指数\"]", "沪指", "深证成指", false)]
    [InlineData("[\"沪指\",\"上证指数\"]", "沪指", "今日上证指数收盘", true)] // limit uses the longest core: 4 + 6
    [InlineData("[\"沪指\",\"上证指数\"]", "沪指", "今日上证指数收盘点位高", false)]
    [InlineData("\"\"", "收入", null, true)] // no core: any subject passes
    [InlineData("\"收入\"", "收入", null, false)]
    [InlineData("\"收入\"", "收入", "收入😀😀😀😀😀😀", true)] // lengths count code points: 8, not 14 UTF-16 units
    [InlineData("\"收入\"", "收入", "收入😀😀😀😀😀😀😀", false)]
    public void Subject_contains_a_core_and_runs_at_most_6_characters_past_it(string coreJson, string goldSubject, string? predictedSubject, bool ok)
    {
        var gold = G(0, 4, subject: goldSubject, core: JsonNode.Parse(coreJson));
        var score = Score(s_plain, [gold], [P(0, 4, subject: predictedSubject)]);

        Assert.Equal(1, score.Counts.Year.TruePositives);
        Assert.Equal(ok ? 1 : 0, score.Counts.Full.TruePositives);
    }

    [Fact]
    public void Optional_gold_facts_count_neither_way()
    {
        // p0 matches the optional fact, p1 overlaps it unmatched: neither is counted; p2 matches R.
        var score = Score(s_plain, [G(0, 4, optional: true), G(10, 14)], [P(0, 4), P(1, 3), P(10, 14)]);

        AssertCounts(score.Counts.Full, 1, 1, 1);
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void Unmatched_predictions_over_non_facts_are_leaks_and_count_as_predicted()
    {
        var nonFacts = new[] { N("十四五", 10, 13), N("两个", 3, 5) };
        // p0 is matched (so not a leak although it touches 两个); p1, p2 leak over 十四五; p3 is a plain extra.
        var score = Score(s_plain, [G(0, 3)], [P(0, 4), P(10, 13), P(11, 12), P(20, 22)], nonFacts);

        AssertCounts(score.Counts.Span, 1, 1, 4);
        Assert.Equal([10L, 11L], score.Leaks.Select(l => l.Predicted.Start));
        Assert.All(score.Leaks, l => Assert.Equal("十四五", l.NonFact.Text));
        Assert.Equal(3, score.Misses.Count(m => m.Kind == MissKind.Extra));
    }

    [Fact]
    public void Utf16_offsets_of_predictions_are_mapped_to_code_points_after_astral_characters()
    {
        // Gold counts code points (Python str): 😀 and 𠀀 are one each, so 3人 is [2,4) and 5家 [4,6).
        // Predictions count UTF-16 units: 3人 is [4,6), 5家 [6,8). Unmapped, [4,6) would hit 5家.
        const string text = "😀𠀀3人5家";
        var gold = new[] { G(2, 4, nv: 3, text: "3人"), G(4, 6, nv: 5, text: "5家") };
        var doc = Gold(text, gold);

        Assert.Empty(GoldCorpus.Check([doc]));
        var score = Scorer.ScoreDocument(doc, Pred(P(4, 6, nv: 3), P(6, 8, nv: 5)));
        AssertCounts(score.Counts.Value, 2, 2, 2);

        // An end past the text is clamped to its end, as score.py does.
        var clamped = Scorer.ScoreDocument(doc, Pred(P(4, 6, nv: 3), P(6, 99, nv: 5)));
        AssertCounts(clamped.Counts.Value, 2, 2, 2);
        Assert.Empty(clamped.Misses);
    }

    [Fact]
    public void Bmp_only_text_uses_offsets_as_they_are()
    {
        var score = Score(s_plain, [G(2, 4)], [P(2, 4), P(40, 50)]);

        AssertCounts(score.Counts.Span, 1, 1, 2);
        Assert.Equal(40, score.Misses.Single().Predicted!.Start);
    }

    [Fact]
    public void Predictions_without_integer_offsets_are_ignored()
    {
        var odd = JsonNode.Parse("""{"kind":"value","quantity":{"text":"x","start":1.0,"end":3,"normalizedValue":1,"normalizedUnit":"count"}}""")!;
        var score = Score(s_plain, [G(0, 4)], [odd, P(20, 22)]);

        AssertCounts(score.Counts.Span, 0, 1, 1);
    }

    [Fact]
    public void A_document_without_prediction_is_scored_empty_and_listed()
    {
        var docs = new[] { Gold(s_plain, [G(0, 4), G(5, 8)], name: "a"), Gold(s_plain, [G(0, 4)], name: "b") };
        var preds = new Dictionary<string, JsonElement> { ["b"] = Pred(P(0, 4)) };

        var result = Scorer.Score(docs, preds);

        Assert.Equal(["a"], result.MissingPredictions);
        AssertCounts(result.Totals.Full, 1, 3, 1);
        var lines = ScoreReport.SummaryLines(result);
        Assert.Equal("full   P=1.000 R=0.333 F1=0.500  (tp 1, gold 3, predicted 1)", lines[3]);
        Assert.Equal("non-fact leaks: 0; documents: 2; without prediction: 1", lines[4]);
        Assert.Equal(
            """{"span": {"precision": 1.0, "recall": 0.3333333333333333, "f1": 0.5, "tp": 1, "gold": 3, "pred": 1}, "value": {"precision": 1.0, "recall": 0.3333333333333333, "f1": 0.5, "tp": 1, "gold": 3, "pred": 1}, "year": {"precision": 1.0, "recall": 0.3333333333333333, "f1": 0.5, "tp": 1, "gold": 3, "pred": 1}, "full": {"precision": 1.0, "recall": 0.3333333333333333, "f1": 0.5, "tp": 1, "gold": 3, "pred": 1}, "leaks": 0, "documents": 2, "missingPredictions": ["a"]}""",
            ScoreReport.Json(result));
    }

    [Fact]
    public void Error_lines_read_like_score_py()
    {
        var docs = new[] { Gold(s_plain, [G(0, 4, nv: 2, text: "一一一一")], [N("十四五", 10, 13)], name: "doc") };
        var preds = new Dictionary<string, JsonElement> { ["doc"] = Pred(P(0, 4, nv: 2.5, text: "一一一一"), P(10, 13, text: "一'一")) };

        var lines = ScoreReport.ErrorLines(Scorer.Score(docs, preds), 5);

        Assert.Equal(
            [
                "  leak doc: \"一'一\" over non-fact '十四五'",
                "  doc [value] gold '一一一一' 收入/2020/value/2 count | predicted '一一一一' 收入/2020/value/2.5 count",
                "  doc [extra] gold - | predicted \"一'一\" 收入/2020/value/1 count",
            ],
            lines);
    }

    [Fact]
    public void Check_reports_the_problems_score_py_reports()
    {
        const string text = "全市收入增长12.5%，支出3亿元，人口5万人。“十四五”😀期间'引进'9人";
        const string gold = """
            {"document": "d.txt", "referenceDate": null, "facts": [
            {"text": "12.5%", "start": 6, "end": 11, "kind": "change", "normalizedValue": 12.5, "normalizedUnit": "percent", "year": null, "subject": "收入", "subjectCore": "收入"},
            {"text": "3亿元", "start": 14, "end": 17, "kind": "value", "normalizedValue": 30000000.0, "normalizedUnit": "CNY", "year": null, "subject": "收入", "subjectCore": "收入", "value": 3, "scale": 100000000},
            {"text": "5万人", "start": 20, "end": 23, "kind": "value", "normalizedValue": 50000, "normalizedUnit": "count", "year": null, "subject": "人口", "subjectCore": ["户籍人口", "人口"], "value": 5, "scale": 10000.0},
            {"text": "5万", "start": 20, "end": 22, "kind": "value", "normalizedValue": 1, "normalizedUnit": "count", "year": null, "subject": "收入", "subjectCore": "收入"},
            {"text": "9人", "start": 36, "end": 38, "kind": "amount", "normalizedValue": 1, "normalizedUnit": "count", "year": null, "subject": "收入", "subjectCore": "收入"},
            {"text": "wrong", "start": 0, "end": 2, "kind": "value", "normalizedValue": 1, "normalizedUnit": "count", "year": null, "subject": "收入", "subjectCore": "收入"},
            {"text": "bad", "start": 5, "end": 3, "kind": "value", "normalizedValue": 1, "normalizedUnit": "count", "year": null, "subject": "收入", "subjectCore": "收入"},
            {"text": "x", "start": true, "end": 2, "optional": true},
            {"text": "9人", "start": 36, "end": 36.0, "kind": "value", "normalizedValue": 1, "normalizedUnit": "count", "year": null, "subject": "收入", "subjectCore": "收入"}],
            "nonFacts": [{"text": "十四五", "start": 25, "end": 28}, {"text": "'引进'", "start": 32, "end": 36}]}
            """;
        var doc = GoldDocument.Parse("d", text, gold);

        var problems = GoldCorpus.Check([doc]);

        // Output of `python3 tools/score.py --check` on the same two files.
        Assert.Equal(
            [
                "d facts[1] '3亿元': value*scale 300000000 != normalizedValue 30000000.0",
                "d facts[2] '5万人': first subjectCore '户籍人口' not inside subject '人口'",
                "d facts[4] '9人': kind 'amount'",
                "d facts[5] 'wrong': text at 0..2 is '全市'",
                "d facts[6] 'bad': bad span 5..3",
                "d facts[7] 'x': text at True..2 is '市'",
                "d facts[7] 'x': missing kind",
                "d facts[7] 'x': missing normalizedValue",
                "d facts[7] 'x': missing normalizedUnit",
                "d facts[7] 'x': missing year",
                "d facts[7] 'x': missing subjectCore",
                "d facts[7] 'x': kind None",
                "d facts[8] '9人': bad span 36..36.0",
                "overlap: d facts[5] 'wrong' and d facts[7] 'x'",
                "overlap: d facts[3] '5万' and d facts[2] '5万人'",
            ],
            problems);
        Assert.Equal("1 documents, 9 gold facts, 15 problems", GoldCorpus.CheckSummary([doc], problems.Count));
    }

    [Fact]
    public void Predictions_load_from_a_folder_or_json_lines()
    {
        var dir = Directory.CreateTempSubdirectory("factx-eval-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.json"), """{"facts": []}""");
            File.WriteAllText(Path.Combine(dir.FullName, "b.json"), "{not json");
            File.WriteAllText(Path.Combine(dir.FullName, "c.txt"), "ignored");
            var warnings = new StringWriter();

            var fromDir = PredictionSet.Load(dir.FullName, warnings);

            Assert.Equal(["a"], fromDir.Keys);
            Assert.StartsWith("warning: b.json is not valid JSON", warnings.ToString(), StringComparison.Ordinal);

            var jsonl = Path.Combine(dir.FullName, "all.jsonl");
            File.WriteAllText(jsonl, """
                {"document": {"id": "x/one.txt"}, "facts": []}

                {"document": {"id": "two"}, "facts": [{"n": 1}]}
                {"document": {"id": "two"}, "facts": [{"n": 2}]}
                {"document": {"id": null}, "facts": []}
                {"facts": []}
                """);
            var fromLines = PredictionSet.Load(jsonl);

            Assert.Equal(["", "None", "one", "two"], fromLines.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(2, fromLines["two"].GetProperty("facts")[0].GetProperty("n").GetInt32()); // last line wins
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(0.0625, "0.062")] // exact ties round half to even, as Python's '%.3f'
    [InlineData(0.5625, "0.562")]
    [InlineData(0.6875, "0.688")]
    [InlineData(0.9995, "1.000")] // 0.9995 is stored just above the tie
    [InlineData(1.0, "1.000")]
    [InlineData(0.0, "0.000")]
    [InlineData(2.0 / 3.0, "0.667")]
    public void Three_decimals_round_like_python(double x, string expected) => Assert.Equal(expected, Py.Fixed(x, 3));

    [Theory]
    [InlineData(4680000000.0, "4680000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e-05, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123456789012345680.0, "1.2345678901234568e+17")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(-3.1, "-3.1")]
    [InlineData(12600000.0, "12600000.0")]
    public void Floats_print_like_python_repr(double x, string expected) => Assert.Equal(expected, Py.FloatRepr(x));

    // ---- builders -------------------------------------------------------------------------------

    private static JsonObject G(long start, long end, double nv = 1, string nu = "count", int? year = 2020, string kind = "value",
        string subject = "收入", JsonNode? core = null, bool optional = false, string? text = null) => new()
        {
            ["text"] = text ?? "x",
            ["start"] = start,
            ["end"] = end,
            ["kind"] = kind,
            ["subject"] = subject,
            ["subjectCore"] = core ?? JsonValue.Create(subject),
            ["year"] = year,
            ["normalizedValue"] = nv,
            ["normalizedUnit"] = nu,
            ["optional"] = optional,
        };

    private static JsonObject N(string text, long start, long end) => new() { ["text"] = text, ["start"] = start, ["end"] = end };

    private static JsonObject P(long start, long end, double nv = 1, string nu = "count", int? year = 2020, string kind = "value",
        string? subject = "收入", string? text = null, JsonNode? yearNode = null) => new()
        {
            ["id"] = "f",
            ["kind"] = kind,
            ["subject"] = subject is null ? null : new JsonObject { ["text"] = subject, ["start"] = 0, ["end"] = 0 },
            ["quantity"] = new JsonObject
            {
                ["text"] = text ?? "x",
                ["start"] = start,
                ["end"] = end,
                ["normalizedValue"] = nv,
                ["normalizedUnit"] = nu,
            },
            ["time"] = new JsonObject { ["year"] = yearNode ?? (year is null ? null : JsonValue.Create(year.Value)) },
        };

    private static GoldDocument Gold(string text, IEnumerable<JsonNode> facts, IEnumerable<JsonNode>? nonFacts = null, string name = "t")
    {
        var gold = new JsonObject
        {
            ["document"] = name + ".txt",
            ["referenceDate"] = null,
            ["facts"] = new JsonArray([.. facts]),
            ["nonFacts"] = new JsonArray([.. nonFacts ?? []]),
        };
        return GoldDocument.Parse(name, text, gold.ToJsonString());
    }

    private static JsonElement Pred(params JsonNode[] facts) =>
        JsonDocument.Parse(new JsonObject { ["schemaVersion"] = "1", ["facts"] = new JsonArray(facts) }.ToJsonString()).RootElement.Clone();

    private static DocumentScore Score(string text, JsonNode[] gold, JsonNode[] pred, JsonNode[]? nonFacts = null) =>
        Scorer.ScoreDocument(Gold(text, gold, nonFacts), Pred(pred));

    private static void AssertCounts(LevelCount c, int tp, int gold, int predicted) =>
        Assert.Equal((tp, gold, predicted), (c.TruePositives, c.Gold, c.Predicted));
}
