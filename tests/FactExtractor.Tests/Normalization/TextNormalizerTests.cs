using FactExtractor.Normalization;

namespace FactExtractor.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("增长１２．５％", "增长12.5%")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("ＧＤＰ与ｐｍｉ", "GDP与pmi")]
    [InlineData("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ", "abcdefghijklmnopqrstuvwxyz")]
    [InlineData("单价３５０元／吨，涨幅＋３．２％，跌幅－１．１％", "单价350元/吨，涨幅+3.2%，跌幅-1.1%")]
    [InlineData("区间２０～３０，Ｘ＜５，Ｙ＞６，Ｚ＝７", "区间20~30，X<5，Y>6，Z=7")]
    [InlineData("\u3000\u3000全市经济稳中向好", "  全市经济稳中向好")]
    [InlineData("城区\u3000面积", "城区 面积")]
    public void Folds_full_width_forms_one_to_one(string original, string expected)
    {
        var n = TextNormalizer.Normalize(original);

        Assert.Equal(expected, n.Text);
        Assert.Same(original, n.Original);
        for (var i = 0; i < n.Text.Length; i++)
        {
            Assert.Equal(i, n.ToOriginal(i)); // same length: the map is the identity
        }
        AssertEveryCharacterMapsBack(n);
    }

    [Fact]
    public void Full_width_number_span_maps_back_to_the_original_slice()
    {
        const string original = "全市地区生产总值达到１２３４．５亿元，增长６．１％。";
        var n = TextNormalizer.Normalize(original);

        var at = n.Text.IndexOf("1234.5亿元", StringComparison.Ordinal);
        Assert.Equal(10, at);
        Assert.Equal((10, 18), n.ToOriginal(at, at + 8));
        Assert.Equal("１２３４．５亿元", n.OriginalSlice(at, at + 8));

        var pct = n.Text.IndexOf("6.1%", StringComparison.Ordinal);
        Assert.Equal("６．１％", n.OriginalSlice(pct, pct + 4));
    }

    [Theory]
    // A line holding a comma whose break falls between two CJK characters is layout: joined.
    [InlineData("全市经济运行总体平稳，规模以上工业增加\n值增长5.6%。", "全市经济运行总体平稳，规模以上工业增加值增长5.6%。")]
    // Between a digit and a CJK character, too.
    [InlineData("今年以来，全市新增市场主体12\n万户。", "今年以来，全市新增市场主体12万户。")]
    // Windows line ends: \r and \n both go.
    [InlineData("全年粮食产量稳定，总产量达到45\r\n万吨。", "全年粮食产量稳定，总产量达到45万吨。")]
    public void Layout_line_break_inside_a_sentence_is_removed(string original, string expected)
    {
        var n = TextNormalizer.Normalize(original);

        Assert.Equal(expected, n.Text);
        var lineFeed = original.IndexOf('\n', StringComparison.Ordinal);
        var breakAt = original[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed; // where the break was, in the normalized text
        Assert.Equal(breakAt - 1, n.ToOriginal(breakAt - 1));
        // The character after the break maps past the removed break characters.
        Assert.Equal(lineFeed + 1, n.ToOriginal(breakAt));
        AssertEveryCharacterMapsBack(n);
    }

    [Theory]
    // A headline carries no comma or sentence end: its line break stays.
    [InlineData("全市经济运行稳中向好\n规模以上工业增加值增长5.6%。")]
    [InlineData("一、总体要求\n到2025年，全市生产总值达到3000亿元。")]
    // A line that ends a sentence keeps its break.
    [InlineData("全年粮食总产量45万吨。\n全市新建学校5所。")]
    // A break before a non-CJK character stays.
    [InlineData("全市有企业，共计\n(一)工业")]
    // Cells of a tab-separated table stay lines.
    [InlineData("指标\t数值，单位\n增加值\t12")]
    public void Other_line_breaks_are_kept(string original)
    {
        var n = TextNormalizer.Normalize(original);

        Assert.Equal(original, n.Text);
        AssertEveryCharacterMapsBack(n);
    }

    [Fact]
    public void Windows_line_end_of_a_headline_keeps_only_the_line_feed()
    {
        const string original = "全市经济运行稳中向好\r\n增加值增长5.6%。";
        var n = TextNormalizer.Normalize(original);

        Assert.Equal("全市经济运行稳中向好\n增加值增长5.6%。", n.Text);
        Assert.Equal(11, n.ToOriginal(10)); // the \n, past the dropped \r
        AssertEveryCharacterMapsBack(n);
    }

    [Theory]
    [InlineData("同比增长9 .5%。", "同比增长9.5%。", "9.5%", "9 .5%")]
    [InlineData("新增装机2 .6亿千瓦。", "新增装机2.6亿千瓦。", "2.6亿千瓦", "2 .6亿千瓦")]
    [InlineData("占比达到3 %。", "占比达到3%。", "3%", "3 %")]
    [InlineData("增速为2. 6%。", "增速为2.6%。", "2.6%", "2. 6%")]
    [InlineData("增长１ ．５％。", "增长1.5%。", "1.5%", "１ ．５％")]
    public void Spaces_inside_numbers_are_removed_and_the_span_maps_back(string original, string expected, string normalizedSpan, string originalSpan)
    {
        var n = TextNormalizer.Normalize(original);

        Assert.Equal(expected, n.Text);
        var at = n.Text.IndexOf(normalizedSpan, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var (s, e) = n.ToOriginal(at, at + normalizedSpan.Length);
        Assert.Equal(originalSpan, original[s..e]);
        Assert.Equal(originalSpan, n.OriginalSlice(at, at + normalizedSpan.Length));
        AssertEveryCharacterMapsBack(n);
    }

    [Theory]
    [InlineData("GDP 增长 5%")]
    [InlineData("共有 12 家企业")]
    [InlineData("2023 年")]
    public void Spaces_between_words_are_kept(string original)
    {
        var n = TextNormalizer.Normalize(original);

        Assert.Equal(original, n.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("表情😀和扩展区汉字𠀀")]
    [InlineData("全市经济运行总体平稳，规模以上工业增加\n值增长９ ．５％，比上年提高\u3000２\u3000个百分点。\r\n二、农业\n粮食总产量４５万吨")]
    public void Every_kept_character_maps_to_its_original_and_offsets_increase(string original)
    {
        var n = TextNormalizer.Normalize(original);

        AssertEveryCharacterMapsBack(n);
        Assert.Equal(original.Length, n.ToOriginal(n.Text.Length)); // one past the end
    }

    [Fact]
    public void Empty_span_maps_to_an_empty_original_span()
    {
        var n = TextNormalizer.Normalize("增长9 .5%");

        var (s, e) = n.ToOriginal(3, 3);
        Assert.Equal(s, e);
        Assert.Equal(string.Empty, n.OriginalSlice(3, 3));
    }

    /// <summary>Each normalized character is the fold of the original character it maps to; the map is strictly increasing.</summary>
    private static void AssertEveryCharacterMapsBack(NormalizedText n)
    {
        var previous = -1;
        for (var i = 0; i < n.Text.Length; i++)
        {
            var o = n.ToOriginal(i);
            Assert.True(o > previous, $"map not increasing at {i}");
            Assert.True(o < n.Original.Length);
            Assert.Equal(n.Text[i], TextNormalizer.Fold(n.Original[o]));
            // Every single-character span's slice is the original character.
            Assert.Equal(n.Original[o].ToString(), n.OriginalSlice(i, i + 1));
            previous = o;
        }
    }
}
