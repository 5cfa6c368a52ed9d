using System.Text;
using FactExtractor.Cli;

namespace FactExtractor.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private const string GdpText = "2021年，全市生产总值达到1234.5亿元，同比增长8.1%。";
    private const string AreaText = "建成区面积由2012年的18平方公里扩大至35.2平方公里。";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factx-cli-tests-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_dir);

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

    private sealed record Result(int Exit, string Out, string Err);

    private static Result RunWithStdin(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(stdin), stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    private static Result Run(params string[] args) => RunWithStdin("", args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // ---- extract ----

    [Fact]
    public void Extract_one_file_writes_its_json_to_stdout()
    {
        var path = Write("gdp.txt", GdpText);

        var r = Run("extract", path);

        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Err);
        var doc = FactJson.Deserialize(r.Out);
        Assert.Equal("1", doc.SchemaVersion);
        Assert.Equal("gdp", doc.Document.Id);
        Assert.Equal(GdpText.Length, doc.Document.Length);
        Assert.Null(doc.Document.ReferenceDate);
        Assert.Contains(doc.Facts, f => f.Quantity.Text == "1234.5亿元");
        Assert.Contains(doc.Facts, f => f.Quantity.Text == "8.1%");
        Assert.Contains('\n', r.Out.TrimEnd()); // indented
    }

    [Fact]
    public void Compact_writes_one_line()
    {
        var path = Write("gdp.txt", GdpText);

        var r = Run("extract", "--compact", path);

        Assert.Equal(0, r.Exit);
        Assert.Single(Lines(r.Out));
        Assert.Equal("gdp", FactJson.Deserialize(r.Out).Document.Id);
    }

    [Fact]
    public void Several_files_without_out_are_JSON_lines_in_order()
    {
        var a = Write("a.txt", GdpText);
        var b = Write("b.txt", AreaText);

        var r = Run("extract", a, b);

        Assert.Equal(0, r.Exit);
        var lines = Lines(r.Out);
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", FactJson.Deserialize(lines[0]).Document.Id);
        Assert.Equal("b", FactJson.Deserialize(lines[1]).Document.Id);
    }

    [Fact]
    public void Out_writes_one_json_per_input_named_by_its_stem()
    {
        var a = Write("report-2021.txt", GdpText);
        var b = Write("area.txt", AreaText);
        var outDir = Path.Combine(_dir, "out", "nested");

        var r = Run("extract", "--out", outDir, a, b);

        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Equal("", r.Err);
        var first = FactJson.Deserialize(File.ReadAllText(Path.Combine(outDir, "report-2021.json")));
        Assert.Equal("report-2021", first.Document.Id);
        Assert.Contains(first.Facts, f => f.Quantity.Text == "1234.5亿元");
        var second = FactJson.Deserialize(File.ReadAllText(Path.Combine(outDir, "area.json")));
        Assert.Equal("area", second.Document.Id);
        Assert.Contains(second.Facts, f => f.Quantity.Text == "35.2平方公里");
        Assert.Equal(["area.json", "report-2021.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_file_fails_with_its_name_and_the_others_are_still_written()
    {
        var a = Write("a.txt", GdpText);
        var missing = Path.Combine(_dir, "does-not-exist.txt");
        var b = Write("b.txt", AreaText);
        var outDir = Path.Combine(_dir, "out");

        var r = Run("extract", "--out", outDir, a, missing, b);

        Assert.Equal(1, r.Exit);
        Assert.Contains(missing, r.Err, StringComparison.Ordinal);
        Assert.Single(Lines(r.Err));
        Assert.True(File.Exists(Path.Combine(outDir, "a.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "b.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "does-not-exist.json")));
    }

    [Fact]
    public void A_missing_file_on_stdout_fails_and_the_others_are_still_printed()
    {
        var a = Write("a.txt", GdpText);
        var missing = Path.Combine(_dir, "nope.txt");

        var r = Run("extract", missing, a);

        Assert.Equal(1, r.Exit);
        Assert.Contains(missing, r.Err, StringComparison.Ordinal);
        Assert.Equal("a", FactJson.Deserialize(Assert.Single(Lines(r.Out))).Document.Id);
    }

    [Theory]
    [InlineData("extract", "--bogus", "x.txt")]
    [InlineData("extract", "--out")]
    [InlineData("extract", "--reference-date")]
    [InlineData("extract")]
    [InlineData("frobnicate", "x.txt")]
    [InlineData("--frobnicate")]
    [InlineData("segment")]
    [InlineData("segment", "a.txt", "b.txt")]
    public void A_wrong_command_line_is_exit_2_with_one_line_on_stderr(params string[] args)
    {
        var r = Run(args);

        Assert.Equal(2, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Single(Lines(r.Err));
        Assert.StartsWith("factx: ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_is_a_usage_error_that_prints_the_usage()
    {
        var r = Run();

        Assert.Equal(2, r.Exit);
        Assert.Contains("usage", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_and_command_are_named()
    {
        Assert.Contains("--bogus", Run("extract", "--bogus", "x.txt").Err, StringComparison.Ordinal);
        Assert.Contains("frobnicate", Run("frobnicate").Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-13-45")]
    [InlineData("2022-02-30")]
    [InlineData("yesterday")]
    [InlineData("30/09/2022")]
    [InlineData("2022-9-30x")]
    public void A_bad_reference_date_is_exit_2(string date)
    {
        var path = Write("gdp.txt", GdpText);

        var r = Run("extract", "--reference-date", date, path);

        Assert.Equal(2, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Contains(date, r.Err, StringComparison.Ordinal);
        Assert.Single(Lines(r.Err));
    }

    [Fact]
    public void A_good_reference_date_is_written_to_the_document()
    {
        var path = Write("gdp.txt", GdpText);

        var r = Run("extract", "--reference-date", "2022-09-30", path);

        Assert.Equal(0, r.Exit);
        Assert.Equal(new DateOnly(2022, 9, 30), FactJson.Deserialize(r.Out).Document.ReferenceDate);
    }

    [Fact]
    public void Dash_reads_stdin()
    {
        var r = RunWithStdin(GdpText, "extract", "-");

        Assert.Equal(0, r.Exit);
        var doc = FactJson.Deserialize(r.Out);
        Assert.Equal("stdin", doc.Document.Id);
        Assert.Equal(GdpText.Length, doc.Document.Length);
        Assert.Contains(doc.Facts, f => f.Quantity.Text == "1234.5亿元" && f.Quantity.Start == GdpText.IndexOf("1234.5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_not_part_of_the_text()
    {
        var path = WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GdpText)]);

        var r = Run("extract", path);

        Assert.Equal(0, r.Exit);
        var doc = FactJson.Deserialize(r.Out);
        var fact = Assert.Single(doc.Facts, f => f.Quantity.Text == "8.1%");
        Assert.Equal(GdpText.IndexOf("8.1%", StringComparison.Ordinal), fact.Quantity.Start);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "latin1.txt", [0xC8, 0xAB, 0xCA, 0xD0, 0xB9, 0xA4, 0x20, 0x35, 0x25, 0xB3], "UTF-8" },      // GBK text
        { "truncated.txt", [.. Encoding.UTF8.GetBytes("增长"), 0xE5, 0x85], "UTF-8" },                  // cut inside a character
        { "lone-continuation.txt", [0x35, 0x80, 0x25], "UTF-8" },
        { "binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary" }, // PNG header
        { "nul.txt", [.. Encoding.UTF8.GetBytes("全市"), 0x00, .. Encoding.UTF8.GetBytes("增长")], "binary" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Invalid_UTF8_and_binary_files_fail_with_a_clear_one_line_message(string name, byte[] bytes, string reason)
    {
        var bad = WriteBytes(name, bytes);
        var good = Write("good.txt", GdpText);
        var outDir = Path.Combine(_dir, "out");

        var r = Run("extract", "--out", outDir, bad, good);

        Assert.Equal(1, r.Exit);
        var line = Assert.Single(Lines(r.Err));
        Assert.StartsWith("factx: ", line, StringComparison.Ordinal);
        Assert.Contains(bad, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "good.json")));
        Assert.False(File.Exists(Path.Combine(outDir, Path.GetFileNameWithoutExtension(name) + ".json")));
    }

    [Fact]
    public void A_directory_as_input_fails_with_its_name()
    {
        var sub = Path.Combine(_dir, "folder.txt");
        Directory.CreateDirectory(sub);

        var r = Run("extract", sub);

        Assert.Equal(1, r.Exit);
        Assert.Contains(sub, Assert.Single(Lines(r.Err)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_succeed()
    {
        var help = Run("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("factx extract", help.Out, StringComparison.Ordinal);

        var version = Run("--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", version.Out);
    }

    // ---- segment ----

    [Fact]
    public void Segment_writes_one_line_of_words_per_input_line_separated_by_two_spaces()
    {
        string[] input = ["全市生产总值增长5%", "新建学校5所，引进院士3人", "一般公共预算收入完成83.53亿元"];
        var path = Write("lines.txt", string.Join("\n", input));

        var r = Run("segment", path);

        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Err);
        var lines = Lines(r.Out);
        Assert.Equal(input.Length, lines.Count);
        for (var i = 0; i < input.Length; i++)
        {
            var words = lines[i].Split("  ");
            Assert.True(words.Length > 1, lines[i]);
            Assert.All(words, w => Assert.False(string.IsNullOrWhiteSpace(w), lines[i]));
            Assert.Equal(input[i], string.Concat(words));
            Assert.Equal(Facts.DefaultPipeline.Segment(input[i]).Select(w => w.Text), words);
        }
        Assert.Contains("83.53", lines[2].Split("  "));
    }

    [Fact]
    public void Segment_keeps_empty_lines_and_handles_CRLF()
    {
        var path = Write("crlf.txt", "全市生产总值增长5%\r\n\r\n新建学校5所");

        var r = Run("segment", path);

        Assert.Equal(0, r.Exit);
        var lines = Lines(r.Out);
        Assert.Equal(3, lines.Count);
        Assert.Equal("", lines[1]);
        Assert.DoesNotContain('\r', r.Out);
        Assert.Equal("新建学校5所", lines[2].Replace("  ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_reads_stdin()
    {
        var r = RunWithStdin("新建学校5所", "segment", "-");

        Assert.Equal(0, r.Exit);
        Assert.Equal("新建学校5所", Assert.Single(Lines(r.Out)).Replace("  ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_of_a_file_ending_in_a_newline_writes_no_extra_line()
    {
        var path = Write("trailing.txt", "全市生产总值增长5%\n新建学校5所\n");

        var r = Run("segment", path);

        Assert.Equal(0, r.Exit);
        Assert.Equal(2, Lines(r.Out).Count);
    }

    [Fact]
    public void Segment_of_a_missing_file_is_exit_1()
    {
        var missing = Path.Combine(_dir, "missing.txt");

        var r = Run("segment", missing);

        Assert.Equal(1, r.Exit);
        Assert.Contains(missing, Assert.Single(Lines(r.Err)), StringComparison.Ordinal);
    }

    /// <summary>The lines of a writer's output: its final line end closes the last line.</summary>
    private static List<string> Lines(string output)
    {
        if (output.Length == 0)
            return [];
        var lines = output.Split('\n').ToList();
        if (lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
