using FactExtractor.Segmentation;

namespace FactExtractor.Tests.Segmentation;

public sealed class JiebaSegmenterTests
{
    private const string BuiltUpArea = "建成区面积由2012年的18平方公里扩大至35.2平方公里";

    public static TheoryData<string> Texts => new()
    {
        BuiltUpArea,
        "2023年全市地区生产总值达到1234.5亿元，比上年增长6.1%。",
        "一般公共预算收入完成83.53亿元，同比下降0.5个百分点；规模以上工业增加值增长7.2%。",
        "全年发电量35.2亿千瓦时，新增装机容量12万千瓦，其中风电8.6万千瓦。",
        "城镇居民人均可支配收入 45,678元，农村居民人均可支配收入\t21 234元。\r\n下一段",
        "  首尾有空格　全角空格也算  ",
        "GDP growth was 5.2% in 2023, per the NBS.",
        "１２３亿元（全角数字）与123亿元",
        "表情😀和扩展区汉字𠀀不应被拆成半个字符",
        "社会消费品零售总额-1.5%；固定资产投资7万余人；占比80%",
        "a",
        "。",
        "\n",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Offsets_equal_slices_and_cover_every_non_whitespace_character(string text)
    {
        var words = JiebaSegmenter.Instance.Cut(text);

        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var word in words)
        {
            Assert.True(word.Start >= previousEnd && word.End > word.Start && word.End <= text.Length, $"bad range {word}");
            Assert.Equal(word.Text, text[word.Start..word.End]);
            Assert.False(string.IsNullOrWhiteSpace(word.Text), $"whitespace word {word}");
            Array.Fill(covered, true, word.Start, word.End - word.Start);
            previousEnd = word.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} ('{text[i]}') is in no word");
        }
    }

    [Theory]
    [InlineData("前缀。", BuiltUpArea, "。后缀")]
    [InlineData("", "一般公共预算收入完成83.53亿元", "")]
    [InlineData("ABC ", "增长0.5个百分点", " XYZ")]
    public void Range_overload_returns_offsets_into_the_whole_text(string prefix, string body, string suffix)
    {
        var text = prefix + body + suffix;

        var words = JiebaSegmenter.Instance.Cut(text, prefix.Length, body.Length);

        var expected = JiebaSegmenter.Instance.Cut(body)
            .Select(w => w with { Start = w.Start + prefix.Length, End = w.End + prefix.Length });
        Assert.Equal(expected, words);
        Assert.All(words, w => Assert.Equal(w.Text, text[w.Start..w.End]));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(4, 1)]
    [InlineData(2, 3)]
    public void Range_overload_rejects_a_range_outside_the_text(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JiebaSegmenter.Instance.Cut("四个字符", start, length));

    [Theory]
    [InlineData(BuiltUpArea, "35.2", 21)]
    [InlineData(BuiltUpArea, "平方公里", 14)]
    [InlineData(BuiltUpArea, "平方公里", 25)]
    [InlineData(BuiltUpArea, "18", 12)]
    [InlineData(BuiltUpArea, "2012", 6)]
    [InlineData("一般公共预算收入完成83.53亿元", "83.53", 10)]
    [InlineData("增速比上年提高80%", "80%", 7)]
    public void Keeps_numbers_and_units_whole(string text, string expected, int start)
    {
        var words = JiebaSegmenter.Instance.Cut(text);

        Assert.Contains(new Word(expected, start, start + expected.Length), words);
    }

    [Theory]
    [InlineData("   ", new string[0])]
    [InlineData("GDP 增长 5%", new[] { "GDP", "增长", "5%" })]
    [InlineData("第一行\r\n第二行", new[] { "第一行", "第二行" })]
    [InlineData("全角　空格", new[] { "全角", "空格" })]
    public void Drops_whitespace(string text, string[] expected) =>
        Assert.Equal(expected, JiebaSegmenter.Instance.Cut(text).Select(w => w.Text));

    [Theory]
    [InlineData("😀", new[] { "😀" })]
    [InlineData("好😀𠀀好", new[] { "好", "😀", "𠀀", "好" })]
    public void Keeps_surrogate_pairs_together(string text, string[] expected) =>
        Assert.Equal(expected, JiebaSegmenter.Instance.Cut(text).Select(w => w.Text));

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Concurrent_calls_give_the_sequential_results(int threadCount)
    {
        var sentences = Sentences();
        var segmenter = JiebaSegmenter.Instance;
        var expected = sentences.Select(s => segmenter.Cut(s)).ToArray();

        var results = new IReadOnlyList<Word>[threadCount][];
        using var start = new Barrier(threadCount);
        var threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
        {
            var mine = new IReadOnlyList<Word>[sentences.Count];
            start.SignalAndWait();
            for (var k = 0; k < sentences.Count; k++)
            {
                var i = (k + t * 37) % sentences.Count; // each thread starts elsewhere
                mine[i] = JiebaSegmenter.Instance.Cut(sentences[i]);
            }

            results[t] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var t = 0; t < threadCount; t++)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                Assert.Equal(expected[i], results[t][i]);
            }
        }
    }

    [Theory]
    [InlineData("万千瓦时", "全年节约用电1.2万千瓦时")]
    [InlineData("个百分点", "同比提高0.5个百分点")]
    [InlineData("地区生产总值", "全市地区生产总值达到1234.5亿元")]
    [InlineData("一般公共预算收入", "一般公共预算收入完成83.53亿元")]
    [InlineData("规模以上工业增加值", "规模以上工业增加值增长7.2%")]
    [InlineData("社会消费品零售总额", "社会消费品零售总额下降1.5%")]
    [InlineData("固定资产投资", "全年固定资产投资增长3%")]
    [InlineData("城镇居民人均可支配收入", "城镇居民人均可支配收入45678元")]
    [InlineData("建成区面积", BuiltUpArea)]
    public void User_dictionary_keeps_terms_whole_that_plain_jieba_splits(string term, string text)
    {
        // Not in jieba's own dictionary (plain jieba cuts these apart, e.g. 个/百分点, 万千瓦/时) ...
        var dictionary = Path.Combine(JiebaResources.EnsureConfigured(), JiebaResources.MainDictionaryFile);
        Assert.DoesNotContain(File.ReadLines(dictionary), line => line.StartsWith(term + " ", StringComparison.Ordinal));

        // ... but ours keeps them whole.
        var start = text.IndexOf(term, StringComparison.Ordinal);
        Assert.Contains(new Word(term, start, start + term.Length), JiebaSegmenter.Instance.Cut(text));
    }

    public static TheoryData<string> UserWords => new(JiebaSegmenter.ReadUserDictionary().Select(e => e.Word));

    [Theory]
    [MemberData(nameof(UserWords))]
    public void Every_user_word_stays_whole_in_a_sentence(string term)
    {
        var text = $"2023年全市{term}达到35.2亿元";

        Assert.Contains(new Word(term, 7, 7 + term.Length), JiebaSegmenter.Instance.Cut(text));
    }

    [Fact]
    public async Task Loading_started_in_the_background_leaves_the_shared_segmenter_ready()
    {
        new FactPipelineBuilder().Build(); // starts the loading, if no test has loaded it yet

        await JiebaSegmenter.StartLoading().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(JiebaSegmenter.IsLoaded);
        Assert.True(JiebaSegmenter.StartLoading().IsCompleted); // loaded: nothing more to start
    }

    [Fact]
    public void User_dictionary_is_well_formed_and_loaded()
    {
        var entries = JiebaSegmenter.ReadUserDictionary();

        Assert.InRange(entries.Count, 100, 300);
        Assert.Equal(entries.Count, entries.Select(e => e.Word).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.True(e.Frequency > 0 && e.Tag is not null, e.Word));
        Assert.Equal(entries.Count, JiebaSegmenter.Instance.UserWordCount);
    }

    [Theory]
    [InlineData("does-not-exist")]
    [InlineData("")]
    public void A_folder_without_jieba_data_is_reported_with_the_probed_path(string subfolder)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factx-tests-" + Guid.NewGuid().ToString("N"), subfolder);
        var expected = Path.Combine(Path.GetFullPath(folder), JiebaResources.MainDictionaryFile);

        var e = Assert.Throws<FileNotFoundException>(() => JiebaResources.Resolve(folder));

        Assert.Equal(expected, e.FileName);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(JiebaResources.DirectoryVariable, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extracted_files_match_the_embedded_resources_and_resolve_again()
    {
        var folder = JiebaResources.EnsureConfigured();
        var assembly = typeof(JiebaResources).Assembly;

        foreach (var name in JiebaResources.FileNames)
        {
            using var resource = assembly.GetManifestResourceStream(JiebaResources.ResourcePrefix + name);
            Assert.NotNull(resource);
            Assert.Equal(resource.Length, new FileInfo(Path.Combine(folder, name)).Length);
        }

        Assert.Equal(folder, JiebaResources.Resolve(folder));
        Assert.Equal(folder, JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir);
    }

    private static List<string> Sentences()
    {
        string[] subjects = ["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资", "城镇居民人均可支配收入", "粮食总产量", "建成区面积"];
        string[] values = ["35.2亿元", "83.53万千瓦时", "1.39万亿元", "7万余人", "18平方公里", "0.5个百分点", "１２３万吨"];
        string[] verbs = ["增长", "下降", "达到", "突破", "约为"];
        var sentences = new List<string>();
        foreach (var s in subjects)
        {
            foreach (var v in values)
            {
                foreach (var verb in verbs)
                {
                    sentences.Add($"2023年，全市{s}{verb}{v}，比上年{verb}6.1%，居全省第{sentences.Count % 10 + 1}位。");
                }
            }
        }

        return sentences;
    }
}
