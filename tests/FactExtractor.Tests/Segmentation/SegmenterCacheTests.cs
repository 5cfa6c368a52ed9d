using FactExtractor.Generate;
using FactExtractor.Segmentation;

namespace FactExtractor.Tests.Segmentation;

/// <summary>
/// The segmenter saved on disk (<see cref="SegmenterCache"/>) must cut, weigh and classify exactly as
/// the one loaded from jieba's files, and a damaged or stale file must never be used.
/// </summary>
public sealed class SegmenterCacheTests : IDisposable
{
    private static readonly string s_jieba = JiebaResources.EnsureConfigured();
    private static readonly IReadOnlyList<(string Word, int Frequency, string? Tag)> s_userWords = JiebaSegmenter.ReadUserDictionary();
    private static readonly string s_text = new Articles(11).Text(60_000) + "建成区面积由2012年的18平方公里扩大至35.2平方公里。乂乄乆ab12乊乑.5%";

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "factx-segmenter-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_cache, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string SavedFile() => Assert.Single(Directory.GetFiles(_cache, "segmenter-*.bin"));

    [Fact]
    public void A_saved_segmenter_is_read_back_and_behaves_as_the_loaded_one()
    {
        var loaded = DagSegmenter.Load(s_jieba, s_userWords);
        var first = SegmenterCache.Load(s_jieba, s_userWords, _cache);
        var file = SavedFile();
        var written = File.GetLastWriteTimeUtc(file);

        var read = SegmenterCache.Load(s_jieba, s_userWords, _cache);

        Assert.Equal(written, File.GetLastWriteTimeUtc(SavedFile())); // read, not made again
        foreach (var segmenter in new[] { first, read })
        {
            Assert.Equal(loaded.Total, segmenter.Total);
            Assert.Equal(loaded.NodeCount, segmenter.NodeCount);
            Assert.Equal(Cut(loaded, s_text), Cut(segmenter, s_text));
            foreach (var word in new[] { "建成区", "面积", "同比", "增速", "全省", "平方公里", "的", "不是词语" })
            {
                Assert.Equal(loaded.Frequency(word), segmenter.Frequency(word));
                Assert.Equal(loaded.ClassOf(word), segmenter.ClassOf(word));
            }
        }
        // Every user word keeps its frequency (their strings are not in jieba's file).
        foreach (var (word, frequency, _) in s_userWords)
            Assert.Equal(frequency, read.Frequency(word));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("flipped at the end")]
    [InlineData("longer")]
    [InlineData("empty")]
    public void A_damaged_file_is_ignored_and_made_again(string damage)
    {
        var loaded = DagSegmenter.Load(s_jieba, s_userWords);
        SegmenterCache.Load(s_jieba, s_userWords, _cache);
        var file = SavedFile();
        var good = File.ReadAllBytes(file);
        var bad = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "flipped" => Flip(good, 200),
            // The last byte is a trie edge's character: read after every check of the arrays.
            "flipped at the end" => Flip(good, good.Length - 1),
            "longer" => [.. good, 0],
            _ => [],
        };
        File.WriteAllBytes(file, bad);

        var segmenter = SegmenterCache.Load(s_jieba, s_userWords, _cache);

        Assert.Equal(Cut(loaded, s_text), Cut(segmenter, s_text));
        Assert.Equal(good, File.ReadAllBytes(SavedFile()));
    }

    [Fact]
    public void Other_user_words_make_another_file_and_the_stale_one_goes()
    {
        SegmenterCache.Load(s_jieba, s_userWords, _cache);
        var before = SavedFile();
        var more = s_userWords.Append(("试验用新词", 100, "n")).ToList();

        var segmenter = SegmenterCache.Load(s_jieba, more, _cache);

        Assert.NotEqual(before, SavedFile());
        Assert.Equal(100, segmenter.Frequency("试验用新词"));
        Assert.Equal(0, SegmenterCache.Load(s_jieba, s_userWords, _cache).Frequency("试验用新词"));
    }

    [Fact]
    public void Without_a_folder_nothing_is_saved() =>
        Assert.Equal(DagSegmenter.Load(s_jieba, s_userWords).Total, SegmenterCache.Load(s_jieba, s_userWords, cacheDirectory: null).Total);

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0xFF;
        return copy;
    }

    private static List<(int, int)> Cut(DagSegmenter segmenter, string text)
    {
        var sink = new Pieces([]);
        segmenter.Cut(text, ref sink);
        return sink.List;
    }

    private readonly struct Pieces(List<(int, int)> list) : DagSegmenter.IPieceSink
    {
        public List<(int, int)> List => list;

        public void Add(int start, int length, string? word) => list.Add((start, length));
    }
}
