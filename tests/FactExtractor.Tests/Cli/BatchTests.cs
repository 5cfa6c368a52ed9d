using System.Text;
using System.Text.Json;
using FactExtractor.Cli;
using FactExtractor.Cli.Commands;

namespace FactExtractor.Tests.Cli;

/// <summary><c>factx batch</c>: inputs, formats, error records, order, shards and resume, in-process on small inputs.</summary>
public sealed class BatchTests : IDisposable
{
    internal const string GdpText = "2021年，全市生产总值达到1234.5亿元，同比增长8.1%。";
    internal const string AreaText = "建成区面积由2012年的18平方公里扩大至35.2平方公里。";
    internal const string PeopleText = "今年全区常住人口约52万人，比去年增加1.2万人。";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factx-batch-tests-" + Guid.NewGuid().ToString("N"));

    public BatchTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal sealed record Result(int Exit, string Out, string Err);

    internal static Result RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(stdin), stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    internal static Result Run(params string[] args) => RunWithStdin("", args);

    private string P(string relative) => Path.Combine(_dir, relative);

    private string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    private string WriteBytes(string relative, byte[] bytes)
    {
        var path = P(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<string> FileLines(string path) => Lines(File.ReadAllText(path));

    private static string Id(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        return json.RootElement.GetProperty("document").GetProperty("id").GetString()!;
    }

    private static string? ErrorCode(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        return json.RootElement.TryGetProperty("error", out var e) ? e.GetProperty("code").GetString() : null;
    }

    /// <summary>A folder of <paramref name="count"/> small articles in sub-folders, plus a non-text file.</summary>
    private string Corpus(int count = 24)
    {
        string[] texts = [GdpText, AreaText, PeopleText, "全年粮食总产量38.6万吨，增长2.5%；播种面积超过90万亩。", "各项事业取得新进展。"];
        for (int i = 0; i < count; i++)
            Write($"corpus/{i % 3}/doc-{i:D2}.txt", texts[i % texts.Length] + (i % 2 == 0 ? "" : "\n" + texts[(i + 1) % texts.Length]));
        Write("corpus/notes.md", "not a txt file");
        return P("corpus");
    }

    // ---- inputs ----

    [Fact]
    public void A_folder_gives_one_JSONL_record_per_txt_file_in_path_order_with_relative_ids()
    {
        Write("in/b.txt", AreaText);
        Write("in/a.txt", GdpText);
        Write("in/sub/c.txt", PeopleText);
        Write("in/skip.json", "{}");
        var output = P("out/facts.jsonl");

        var r = Run("batch", P("in"), "--out", output, "--reference-date", "2022-03-01");

        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Out);
        Assert.StartsWith("factx batch: 3 documents (3 ok, 0 failed)", Assert.Single(Lines(r.Err)), StringComparison.Ordinal);
        var docs = FileLines(output).Select(FactJson.Deserialize).ToList();
        Assert.Equal(["a.txt", "b.txt", "sub/c.txt"], docs.Select(d => d.Document.Id));
        Assert.All(docs, d => Assert.Equal(new DateOnly(2022, 3, 1), d.Document.ReferenceDate));
        Assert.Contains(docs[0].Facts, f => f.Quantity.Text == "1234.5亿元");
        Assert.Contains(docs[2].Facts, f => f.Time.Year == 2022); // 今年 resolved against the reference date
    }

    [Fact]
    public void Each_JSONL_record_is_what_extract_compact_writes()
    {
        var file = Write("gdp.txt", GdpText);
        var output = P("out.jsonl");

        Run("batch", file, "--out", output);
        var extract = Run("extract", "--compact", file);

        Assert.Equal(extract.Out.Replace("\"id\":\"gdp\"", "\"id\":\"gdp.txt\"", StringComparison.Ordinal), File.ReadAllText(output).ReplaceLineEndings());
    }

    [Fact]
    public void Files_and_globs_are_taken_in_argument_order_with_ids_relative_to_their_root()
    {
        Write("g/2021/x.txt", GdpText);
        Write("g/2022/y.txt", AreaText);
        Write("g/2022/deeper/z.txt", PeopleText);
        Write("g/2022/y.md", PeopleText);
        var single = Write("single.txt", GdpText);
        var output = P("out.jsonl");

        var r = Run("batch", single, P("g") + "/**/*.txt", P("g") + "/202?/*.txt", "--out", output);

        Assert.Equal(0, r.Exit);
        Assert.Equal(
            ["single.txt", "2021/x.txt", "2022/deeper/z.txt", "2022/y.txt", "2021/x.txt", "2022/y.txt"],
            FileLines(output).Select(Id));
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_named_and_fails_the_run()
    {
        var file = Write("a.txt", GdpText);

        var r = Run("batch", file, P("nothing") + "/*.txt", "--out", P("out.jsonl"));

        Assert.Equal(1, r.Exit);
        Assert.Contains("no file matches", r.Err, StringComparison.Ordinal);
        Assert.Single(FileLines(P("out.jsonl")));
    }

    [Fact]
    public void Stdin_JSON_lines_use_their_id_and_reference_date_and_bad_lines_become_error_records()
    {
        var stdin = string.Join('\n',
            """{"id": "a1", "text": "今年全区常住人口约52万人。", "referenceDate": "2022-09-30"}""",
            """{"text": "2021年，全市生产总值达到1234.5亿元。"}""",
            "",
            """{"id": "a3", "text": "今年全区常住人口约52万人。"}""",
            """{"id": "bad-json", "text": 这不是JSON""",
            """{"id": "no-text"}""",
            """{"id": "bad-date", "text": "人口52万人。", "referenceDate": "2022-02-30"}""",
            """{"id": 42, "text": "   "}""",
            """["not", "an", "object"]""",
            """{"id": "nul", "text": "a\u0000b"}""") + "\n";
        var output = P("stdin.jsonl");

        var r = RunWithStdin(stdin, "batch", "-", "--out", output, "--reference-date", "2021-06-01");

        Assert.Equal(1, r.Exit);
        var lines = FileLines(output);
        Assert.Equal(["a1", "stdin#2", "a3", "bad-json", "no-text", "bad-date", "42", "stdin#9", "nul"], lines.Select(Id));
        Assert.Equal([null, null, null, "invalidJson", "invalidRecord", "invalidRecord", "empty", "invalidJson", "binary"], lines.Select(ErrorCode));
        Assert.Equal(2022, FactJson.Deserialize(lines[0]).Facts[0].Time.Year); // the line's own date
        Assert.Equal(2021, FactJson.Deserialize(lines[2]).Facts[0].Time.Year); // --reference-date
        Assert.Contains("9 documents (3 ok, 6 failed)", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_file_is_read_as_JSON_lines_with_its_name_in_fallback_ids()
    {
        var input = Write("feed.jsonl", "{\"text\": \"人口52万人。\"}\r\n{\"id\": \"x\", \"text\": \"面积35.2平方公里。\"}\r\n");

        var r = Run("batch", input, "--out", P("out.jsonl"));

        Assert.Equal(0, r.Exit);
        Assert.Equal(["feed.jsonl#1", "x"], FileLines(P("out.jsonl")).Select(Id));
    }

    [Fact]
    public void Unreadable_documents_become_error_records_in_place_and_the_run_goes_on()
    {
        Write("in/1-ok.txt", GdpText);
        WriteBytes("in/2-binary.txt", [0x41, 0x00, 0x42]);
        WriteBytes("in/3-invalid.txt", [.. Encoding.UTF8.GetBytes("人口"), 0xFF, 0x41]);
        Write("in/4-empty.txt", "");
        Write("in/5-blank.txt", " \n\u3000\n");
        Write("in/6-large.txt", new string('数', 400));
        Write("in/7-ok.txt", AreaText);
        var output = P("out.jsonl");

        var r = Run("batch", P("in"), P("in/missing.txt"), "--out", output, "--max-bytes", "1000");

        Assert.Equal(1, r.Exit);
        var lines = FileLines(output);
        Assert.Equal(8, lines.Count);
        Assert.Equal([null, "binary", "invalidUtf8", "empty", "empty", "tooLarge", null, "unreadable"], lines.Select(ErrorCode));
        Assert.Equal("{\"document\":{\"id\":\"3-invalid.txt\"},\"error\":{\"code\":\"invalidUtf8\",\"message\":\"not valid UTF-8 (byte 6)\"}}", lines[2]);
        Assert.Equal("missing.txt", Id(lines[7]));
        Assert.Contains("8 documents (2 ok, 6 failed)", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_line_longer_than_max_bytes_is_an_error_record_with_its_id()
    {
        var stdin = "{\"id\": \"big\", \"text\": \"" + new string('数', 2000) + "\"}\n{\"id\": \"small\", \"text\": \"人口52万人。\"}\n";

        var r = RunWithStdin(stdin, "batch", "-", "--out", P("out.jsonl"), "--max-bytes", "1000");

        Assert.Equal(1, r.Exit);
        var lines = FileLines(P("out.jsonl"));
        Assert.Equal(["big", "small"], lines.Select(Id));
        Assert.Equal(["tooLarge", null], lines.Select(ErrorCode));
    }

    [Fact]
    public void Out_dash_writes_JSON_lines_to_stdout()
    {
        var r = RunWithStdin("{\"id\":\"a\",\"text\":\"人口52万人。\"}\n", "batch", "-", "--out", "-");

        Assert.Equal(0, r.Exit);
        Assert.Equal("a", FactJson.Deserialize(Assert.Single(Lines(r.Out))).Document.Id);
    }

    [Theory]
    [InlineData("rules")]
    [InlineData("model")]
    public void Scoring_and_min_confidence_mean_what_they_mean_for_extract(string scoring)
    {
        var file = Write("gdp.txt", GdpText + PeopleText);

        Run("batch", file, "--out", P("out.jsonl"), "--scoring", scoring, "--min-confidence", "0.5");
        var extract = Run("extract", "--compact", "--scoring", scoring, "--min-confidence", "0.5", file);

        Assert.Equal(extract.Out.Replace("\"id\":\"gdp\"", "\"id\":\"gdp.txt\"", StringComparison.Ordinal), File.ReadAllText(P("out.jsonl")));
    }

    [Fact]
    public void Min_confidence_drops_facts_below_it()
    {
        var file = Write("a.txt", GdpText + AreaText + PeopleText);

        Run("batch", file, "--out", P("all.jsonl"));
        Run("batch", file, "--out", P("some.jsonl"), "--min-confidence", "0.95");

        var all = FactJson.Deserialize(File.ReadAllText(P("all.jsonl"))).Facts;
        var some = FactJson.Deserialize(File.ReadAllText(P("some.jsonl"))).Facts;
        Assert.Equal(all.Count(f => f.Confidence >= 0.95), some.Count);
        Assert.All(some, f => Assert.True(f.Confidence >= 0.95));
    }

    // ---- CSV and Parquet ----

    private const string TrickyText = "2021年，全市生产总值\n达到1234.5亿元, \"同比\"增长8.1%。\r\n人口52万人。";

    [Fact]
    public void CSV_is_one_RFC_4180_row_per_fact_with_commas_quotes_and_line_breaks_quoted()
    {
        Write("in/a,b.txt", TrickyText);
        Write("in/b.txt", AreaText);
        Write("in/c.txt", "");
        Run("batch", P("in"), "--out", P("x.jsonl"));

        var r = Run("batch", P("in"), "--out", P("x.csv"));

        Assert.Equal(1, r.Exit);
        var bytes = File.ReadAllBytes(P("x.csv"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })); // no byte order mark
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal(FactRow.Columns, rows[0]);
        Assert.Equal(
            "documentId,factId,subject,year,baseYear,kind,modality,value,scale,unit,normalizedValue,normalizedUnit,bound,text,start,end,sentence,confidence",
            string.Join(',', rows[0]));
        var docs = FileLines(P("x.jsonl")).Where(l => ErrorCode(l) is null).Select(FactJson.Deserialize).ToList();
        var expected = docs.SelectMany(d => d.Facts.Select(f => (d, f))).ToList();
        Assert.Equal(expected.Count, rows.Count - 1);
        for (int i = 0; i < expected.Count; i++)
        {
            var (d, f) = expected[i];
            var row = rows[i + 1];
            var text = d.Document.Id == "a,b.txt" ? TrickyText : AreaText;
            Assert.Equal(d.Document.Id, row[0]);
            Assert.Equal(f.Id, row[1]);
            Assert.Equal(f.Subject?.Text ?? "", row[2]);
            Assert.Equal(f.Time.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", row[3]);
            Assert.Equal(f.Quantity.Value, decimal.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(f.Quantity.NormalizedValue, double.Parse(row[10], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(f.Quantity.Text, row[13]);
            Assert.Equal(text[f.Sentence.Start..f.Sentence.End], row[16]);
            Assert.Equal(f.Confidence, double.Parse(row[17], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Contains(rows, row => row[16].Contains('\n', StringComparison.Ordinal) && row[16].Contains("\"同比\"", StringComparison.Ordinal) && row[16].Contains(',', StringComparison.Ordinal));
        Assert.Contains("\"2021年，全市生产总值\n达到1234.5亿元, \"\"同比\"\"增长8.1%。\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal([["documentId", "code", "message"], ["c.txt", "empty", "no text (the document is empty or white space only)"]], Csv.Parse(File.ReadAllText(P("x.errors.csv"))));
        Assert.EndsWith("\r\n", File.ReadAllText(P("x.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_has_the_CSV_columns_with_types_and_reads_back_with_Parquet_Net()
    {
        Write("in/a.txt", TrickyText);
        Write("in/b.txt", AreaText + PeopleText);
        WriteBytes("in/c.txt", [0, 1, 2]);
        Run("batch", P("in"), "--out", P("x.jsonl"), "--reference-date", "2022-05-01");

        var r = Run("batch", P("in"), "--out", P("x.parquet"), "--reference-date", "2022-05-01");

        Assert.Equal(1, r.Exit);
        Assert.False(File.Exists(P("x.parquet.partial")));
        var expected = FileLines(P("x.jsonl")).Where(l => ErrorCode(l) is null).Select(FactJson.Deserialize)
            .SelectMany(d => d.Facts.Select(f => (d.Document.Id, f))).ToList();
        await using var reader = await Parquet.ParquetReader.CreateAsync(P("x.parquet"));
        var fields = reader.Schema.DataFields;
        Assert.Equal(FactRow.Columns, fields.Select(f => f.Name));
        // The physical and logical types as the file states them (what pandas, DuckDB and Spark read).
        var schema = reader.Metadata!.Schema.Skip(1)
            .Select(e => $"{e.Name} {e.Type} {e.ConvertedType?.ToString() ?? "-"} {e.RepetitionType}")
            .ToList();
        Assert.Equal(
        [
            "documentId BYTE_ARRAY UTF8 REQUIRED", "factId BYTE_ARRAY UTF8 REQUIRED", "subject BYTE_ARRAY UTF8 OPTIONAL",
            "year INT32 INT_32 OPTIONAL", "baseYear INT32 INT_32 OPTIONAL", "kind BYTE_ARRAY UTF8 REQUIRED", "modality BYTE_ARRAY UTF8 REQUIRED",
            "value FIXED_LEN_BYTE_ARRAY DECIMAL REQUIRED", "scale FIXED_LEN_BYTE_ARRAY DECIMAL REQUIRED", "unit BYTE_ARRAY UTF8 REQUIRED",
            "normalizedValue DOUBLE - REQUIRED", "normalizedUnit BYTE_ARRAY UTF8 REQUIRED", "bound BYTE_ARRAY UTF8 REQUIRED",
            "text BYTE_ARRAY UTF8 REQUIRED", "start INT32 INT_32 REQUIRED", "end INT32 INT_32 REQUIRED", "sentence BYTE_ARRAY UTF8 REQUIRED",
            "confidence DOUBLE - REQUIRED",
        ], schema);
        var value = reader.Metadata.Schema.Single(e => e.Name == "value");
        Assert.Equal((38, 9), (value.Precision, value.Scale));
        Assert.Equal(expected.Count, reader.Metadata!.NumRows);

        using var group = reader.OpenRowGroupReader(0);
        int n = (int)group.RowCount;
        var ids = new string?[n];
        var years = new int?[n];
        var values = new decimal[n];
        var normalized = new double[n];
        var sentences = new string?[n];
        await group.ReadAsync(fields[0], ids.AsMemory());
        await group.ReadAsync<int>(fields[3], years.AsMemory());
        await group.ReadAsync<decimal>(fields[7], values.AsMemory());
        await group.ReadAsync<double>(fields[10], normalized.AsMemory());
        await group.ReadAsync(fields[16], sentences.AsMemory());
        Assert.Equal(expected.Select(e => e.Id), ids);
        Assert.Equal(expected.Select(e => e.f.Time.Year), years);
        Assert.Equal(expected.Select(e => e.f.Quantity.Value), values);
        Assert.Equal(expected.Select(e => e.f.Quantity.NormalizedValue), normalized);
        Assert.Contains(sentences, s => s!.Contains('\n', StringComparison.Ordinal));

        await using var errors = await Parquet.ParquetReader.CreateAsync(P("x.errors.parquet"));
        Assert.Equal(["documentId", "code", "message"], errors.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(1, errors.Metadata!.NumRows);
    }

    [Fact]
    public async Task A_Parquet_run_without_facts_or_errors_writes_valid_empty_files()
    {
        Write("in/a.txt", "各项事业取得新进展。");

        var r = Run("batch", P("in"), "--out", P("empty.parquet"));

        Assert.Equal(0, r.Exit);
        await using var reader = await Parquet.ParquetReader.CreateAsync(P("empty.parquet"));
        Assert.Equal(0, reader.Metadata!.NumRows);
        Assert.Equal(FactRow.Columns, reader.Schema.DataFields.Select(f => f.Name));
        await using var errors = await Parquet.ParquetReader.CreateAsync(P("empty.errors.parquet"));
        Assert.Equal(0, errors.Metadata!.NumRows);
    }

    // ---- order, jobs, shards ----

    [Fact]
    public void One_job_and_four_jobs_write_identical_bytes()
    {
        var corpus = Corpus(40);

        Assert.Equal(0, Run("batch", corpus, "--out", P("j1.jsonl"), "--jobs", "1").Exit);
        Assert.Equal(0, Run("batch", corpus, "--out", P("j4.jsonl"), "--jobs", "4").Exit);
        Assert.Equal(0, Run("batch", corpus, "--out", P("j1.csv"), "--jobs", "1").Exit);
        Assert.Equal(0, Run("batch", corpus, "--out", P("j4.csv"), "--jobs", "4").Exit);

        Assert.Equal(40, FileLines(P("j1.jsonl")).Count);
        Assert.Equal(File.ReadAllBytes(P("j1.jsonl")), File.ReadAllBytes(P("j4.jsonl")));
        Assert.Equal(File.ReadAllBytes(P("j1.csv")), File.ReadAllBytes(P("j4.csv")));
    }

    [Fact]
    public void Shards_partition_the_documents_and_keep_input_order()
    {
        var corpus = Corpus(30);
        Run("batch", corpus, "--out", P("all.jsonl"));
        var all = FileLines(P("all.jsonl"));

        var shards = new List<List<string>>();
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(0, Run("batch", corpus, "--out", P($"shard-{k}.jsonl"), "--shard", $"{k}/3").Exit);
            shards.Add(FileLines(P($"shard-{k}.jsonl")));
        }

        Assert.Equal(all.Count, shards.Sum(s => s.Count));
        Assert.Equal(all.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(shards, s => Assert.NotEmpty(s));
        foreach (var shard in shards)
            Assert.Equal(all.Where(shard.Contains), shard); // a subsequence of the full run
    }

    [Fact]
    public void The_shard_of_an_id_is_XxHash64_of_its_UTF8_modulo_N()
    {
        // Fixed values: a change here would reshuffle every deployment's shards.
        Assert.Equal(0xEF46DB3751D8E999UL, BatchShard.Hash(""));
        Assert.Equal(BatchShard.Hash("a.txt") % 7, (ulong)BatchShard.Of("a.txt", 7));
        Assert.True(BatchShard.Parse("0/1").Contains("anything"));
    }

    // ---- resume ----

    [Fact]
    public void Resume_after_a_cut_JSONL_output_equals_an_uninterrupted_run()
    {
        var corpus = Corpus(20);
        Write("corpus/0/zz-empty.txt", "");
        Assert.Equal(1, Run("batch", corpus, "--out", P("full.jsonl"), "--jobs", "2").Exit);
        var full = File.ReadAllBytes(P("full.jsonl"));

        // As a killed run leaves it: some whole lines and half of the next one.
        int cut = IndexOfNth(full, (byte)'\n', 7) + 40;
        File.WriteAllBytes(P("cut.jsonl"), full[..cut]);
        var r = Run("batch", corpus, "--out", P("cut.jsonl"), "--resume", "--jobs", "2");

        Assert.Equal(1, r.Exit); // the empty document failed, also when it was written before
        Assert.Equal(full, File.ReadAllBytes(P("cut.jsonl")));
        Assert.Contains("partial last line", r.Err, StringComparison.Ordinal);
        Assert.Contains("7 written before --resume", r.Err, StringComparison.Ordinal);

        // Resuming a finished output changes nothing.
        Assert.Equal(1, Run("batch", corpus, "--out", P("cut.jsonl"), "--resume").Exit);
        Assert.Equal(full, File.ReadAllBytes(P("cut.jsonl")));
    }

    [Fact]
    public void Resume_without_an_output_is_a_fresh_run()
    {
        var corpus = Corpus(5);

        var r = Run("batch", corpus, "--out", P("new.jsonl"), "--resume");

        Assert.Equal(0, r.Exit);
        Assert.Equal(5, FileLines(P("new.jsonl")).Count);
    }

    [Fact]
    public void Resume_of_a_killed_CSV_run_equals_an_uninterrupted_run()
    {
        var corpus = Corpus(30);
        Write("corpus/1/bad.txt", "");
        var full = P("full.csv");
        Assert.Equal(1, Run("batch", corpus, "--out", full, "--jobs", "3").Exit);

        var settings = BatchCommand.Parse(["batch-args-unused", "--out", P("killed.csv"), "--jobs", "3"]) with { Inputs = [corpus], KillAfter = 17, FlushEvery = 5 };
        Assert.Equal(137, BatchCommand.Run(settings, TextReader.Null, TextWriter.Null, TextWriter.Null));
        Assert.Equal(15, BatchCheckpoint.Load(P("killed.csv.checkpoint"))!.Documents); // flushed every 5 documents
        File.AppendAllText(P("killed.csv"), "doc-99.txt,f1,half a row"); // a write cut short
        var r = Run("batch", corpus, "--out", P("killed.csv"), "--resume", "--jobs", "3");

        Assert.Equal(1, r.Exit);
        Assert.Equal(File.ReadAllBytes(full), File.ReadAllBytes(P("killed.csv")));
        Assert.Equal(File.ReadAllBytes(P("full.errors.csv")), File.ReadAllBytes(P("killed.errors.csv")));
        Assert.False(File.Exists(P("killed.csv.checkpoint")));
    }

    [Fact]
    public void Resume_with_other_inputs_is_refused()
    {
        var corpus = Corpus(10);
        Run("batch", corpus, "--out", P("out.jsonl"));
        var other = Write("other/x.txt", GdpText);

        var r = Run("batch", other, P("other"), "--out", P("out.jsonl"), "--resume");

        Assert.Equal(2, r.Exit);
        Assert.Contains("cannot resume", r.Err, StringComparison.Ordinal);
    }

    private static int IndexOfNth(byte[] bytes, byte value, int n)
    {
        int at = -1;
        for (int i = 0; i < n; i++)
            at = Array.IndexOf(bytes, value, at + 1);
        return at;
    }

    // ---- usage ----

    [Theory]
    [InlineData("batch")]
    [InlineData("batch", "in")]
    [InlineData("batch", "--out", "x.jsonl")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--format", "xml")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--jobs", "0")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--shard", "3/3")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--shard", "1")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--min-confidence", "2")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--scoring", "dice")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--reference-date", "2022-02-30")]
    [InlineData("batch", "in", "--out", "x.jsonl", "--bogus")]
    [InlineData("batch", "in", "--out", "-", "--format", "csv")]
    [InlineData("batch", "in", "--out", "-", "--resume")]
    public void A_wrong_batch_command_line_is_exit_2(params string[] args)
    {
        var r = Run(args);

        Assert.Equal(2, r.Exit);
        Assert.Equal("", r.Out);
        Assert.StartsWith("factx: ", Assert.Single(Lines(r.Err)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_text_names_batch()
    {
        Assert.Contains("factx batch INPUT... --out PATH", Run("--help").Out, StringComparison.Ordinal);
    }
}

/// <summary>A strict RFC 4180 reader for the tests (CRLF records, quoted fields).</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]); // records end in CRLF; a bare line break is only inside quotes
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                Assert.NotEqual('"', text[i]);
                field.Append(text[i++]);
            }
        }
        Assert.Empty(row);
        return rows;
    }
}
