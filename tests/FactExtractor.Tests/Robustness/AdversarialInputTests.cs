using System.Diagnostics;
using System.Text;
using FactExtractor.Cli.Commands;
using FactExtractor.Segmentation;
using Xunit.Abstractions;

namespace FactExtractor.Tests.Robustness;

/// <summary>
/// Megabyte inputs aimed at each stage that scans text (normalization, sentences, quantities,
/// subjects, years, scoring, jieba's regular expressions, the glob regex of factx batch), each
/// under a hang guard. The guard is a hang detector, not a speed test: every case takes seconds,
/// while the quadratic scans these inputs were written against took hours.
/// </summary>
public sealed class AdversarialInputTests(ITestOutputHelper output)
{
    private const int Size = 1_000_000;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private static readonly FactPipeline s_pipeline = new FactPipelineBuilder().Build();

    /// <summary>Repeats <paramref name="piece"/> up to <see cref="Size"/> characters.</summary>
    private static string Fill(string piece)
    {
        var sb = new StringBuilder(Size + piece.Length);
        while (sb.Length < Size)
            sb.Append(piece);
        return sb.ToString();
    }

    private static string RandomCjk(int seed)
    {
        var random = new Random(seed);
        var chars = new char[Size];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = (char)random.Next(0x4E00, 0x9FA6);
        return new string(chars);
    }

    public static TheoryData<string> ExtractionCases() => [.. s_extraction.Keys];

    private static readonly Dictionary<string, Func<string>> s_extraction = new()
    {
        // Normalization: a run of spaces inside a number, full-width spaces, layout line breaks.
        ["normalize: spaces between a digit and %"] = () => "增长1" + new string(' ', Size) + "%",
        ["normalize: ideographic spaces"] = () => new string('\u3000', Size),
        ["normalize: prose broken at every other character"] = () => Fill("中，\n文"),
        // Sentences: a million of them, and one without any end.
        ["sentences: a million sentence ends"] = () => new string('。', Size),
        ["sentences: one line of Chinese with no punctuation"] = () => RandomCjk(1),
        // Quantities: digits, numerals, ranges, ordinals, quoted names, amounts with no unit.
        ["quantities: one million digits"] = () => new string('7', Size),
        ["quantities: one million 万"] = () => new string('万', Size),
        ["quantities: 1-1-1- (ranges and dates)"] = () => Fill("1-"),
        ["quantities: 1,1,1, (thousands separators)"] = () => Fill("1,"),
        ["quantities: 第第第"] = () => new string('第', Size),
        ["quantities: quoted amounts “5万元"] = () => Fill("“5万元"),
        ["quantities: amounts without a unit 5万，"] = () => Fill("5万，"),
        // Subjects: clauses without a subject, 分别 lists, brackets.
        ["subjects: 增长5%， with no subject"] = () => Fill("增长5%，"),
        ["subjects: 分别增长5%、"] = () => Fill("分别增长5%、"),
        ["subjects and scoring: unclosed brackets （5万元"] = () => Fill("（5万元"),
        ["subjects: counts 人口5万人"] = () => Fill("人口5万人"),
        // Years: years, bases and change starts in one sentence.
        ["years: 2012年增长5%"] = () => Fill("2012年增长5%"),
        ["years: 较2012年增长5%"] = () => Fill("较2012年增长5%"),
        ["years: 由2012年的5万元"] = () => Fill("由2012年的5万元"),
        ["years: 十三五 and 近5年"] = () => Fill("十三五近5年5万元"),
        // Code points: surrogates, paired and not.
        ["text: surrogate pairs and lone surrogates"] = () => Fill("\uD83D\uDE00\uD800增长5%\uDC00"),
    };

    [Theory]
    [MemberData(nameof(ExtractionCases))]
    public void Extract_finishes_on_a_megabyte_aimed_at_a_stage(string name)
    {
        var text = s_extraction[name]();
        Assert.True(text.Length >= Size);

        var doc = Guarded(name, token => s_pipeline.Extract(text, new ExtractOptions { CancellationToken = token }));

        ExtractPropertyTests.AssertSpans(text, doc);
    }

    public static TheoryData<string> SegmentationCases() => [.. s_segmentation.Keys];

    /// <summary>jieba splits text with regular expressions and builds words in blocks; these are its long blocks.</summary>
    private static readonly Dictionary<string, Func<string>> s_segmentation = new()
    {
        ["jieba: one million digits"] = () => new string('7', Size),
        ["jieba: one million letters"] = () => new string('a', Size),
        ["jieba: 1.1.1. (decimal points)"] = () => Fill("1."),
        ["jieba: percent signs"] = () => new string('%', Size),
        ["jieba: Chinese without punctuation"] = () => RandomCjk(2),
        ["jieba: one million 万"] = () => new string('万', Size),
        ["jieba: letters and spaces"] = () => Fill("x "),
    };

    [Theory]
    [MemberData(nameof(SegmentationCases))]
    public void Segment_finishes_on_a_megabyte_aimed_at_jieba(string name)
    {
        var text = s_segmentation[name]();

        var words = Guarded(name, _ => s_pipeline.Segment(text));

        Assert.All(words, w => Assert.Equal(text[w.Start..w.End], w.Text));
        Assert.True(words.Zip(words.Skip(1)).All(p => p.First.End <= p.Second.Start), "words overlap or are out of order");
    }

    [Fact]
    public void Segmenting_in_chunks_gives_the_words_of_segmenting_whole_on_prose()
    {
        // The chunks end where jieba splits anyway: a long article reads the same either way.
        var text = string.Join('\n', Spans.Corpus.DocumentPaths().Select(File.ReadAllText));
        Assert.True(text.Length > 4 * JiebaSegmenter.MaxChunk);
        var whole = new List<Word>();
        foreach (var line in SplitKeepingOffsets(text))
            whole.AddRange(JiebaSegmenter.Instance.Cut(text, line.Start, line.Length));

        var chunked = JiebaSegmenter.Instance.Cut(text);

        Assert.Equal(whole.Select(w => (w.Text, w.Start, w.End)), chunked.Select(w => (w.Text, w.Start, w.End)));
    }

    /// <summary>Pieces that end after a line end or a 。 (both split jieba's blocks), each shorter than a chunk.</summary>
    private static IEnumerable<(int Start, int Length)> SplitKeepingOffsets(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '。')
            {
                int end = Math.Min(text.Length, i + 1);
                Assert.True(end - start <= JiebaSegmenter.MaxChunk, $"a corpus sentence of {end - start} characters is longer than a chunk");
                yield return (start, end - start);
                start = end;
            }
        }
    }

    [Theory]
    [InlineData("*a*a*a*a*a*a*a*a*a*b", "a")]
    [InlineData("**/*a*a*a*a*a*a*a*b.txt", "a")]
    [InlineData("[a]*[a]*[a]*[a]*[a]*[a]*c", "a")]
    [InlineData("**/**/**/**/**/x", "a/")]
    public void The_batch_glob_regex_is_linear_on_a_megabyte_path(string pattern, string piece)
    {
        var glob = BatchGlob.Parse(pattern);
        var path = Fill(piece);

        bool matched = Guarded(pattern, _ => glob.IsMatch(path));

        Assert.False(matched);
    }

    /// <summary>Runs <paramref name="work"/> on its own thread and fails if it has not finished within <see cref="Guard"/>.</summary>
    private T Guarded<T>(string name, Func<CancellationToken, T> work)
    {
        using var cancel = new CancellationTokenSource();
        T result = default!;
        Exception? error = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                result = work(cancel.Token);
            }
            catch (Exception e)
            {
                error = e;
            }
        })
        { IsBackground = true, Name = "guarded: " + name };
        thread.Start();
        if (!thread.Join(Guard))
        {
            // Stop it if it is in a loop that listens; either way the test has failed.
            cancel.Cancel();
            Assert.Fail($"{name}: no result after {Guard.TotalSeconds:F0} s: a hang (quadratic or worse) in the stage it aims at");
        }
        if (error is not null)
            throw new Xunit.Sdk.XunitException($"{name}: {error}");
        output.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}
