using System.Globalization;
using FactExtractor.Resources;
using FactExtractor.Tests.Spans;
using FactExtractor.Units;

namespace FactExtractor.Tests.Units;

public sealed class UnitCatalogueTests
{
    private static readonly UnitCatalogue Catalogue = UnitCatalogue.Default;

    public static TheoryData<string, string, string, string> UnitRows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in Lexicon.ReadRows("units.tsv"))
            data.Add(row[0], row[1], row[2], row[3]);
        return data;
    }

    public static TheoryData<string> Classifiers() => new(Lexicon.ReadRows("count-classifiers.txt").Select(r => r[0]));

    [Theory]
    [MemberData(nameof(UnitRows))]
    public void Every_row_of_units_tsv_loads(string written, string canonical, string factor, string dimension)
    {
        Assert.True(Catalogue.TryGet(written, out var unit), written);
        Assert.Equal(written, unit.Written);
        Assert.Equal(canonical, unit.Canonical);
        Assert.Equal(decimal.Parse(factor, NumberStyles.Float, CultureInfo.InvariantCulture), unit.Factor);
        Assert.Equal(dimension, unit.Dimension);
        Assert.True(unit.Factor > 0, written);

        // And it is what a match at the start of the written form finds.
        Assert.Equal(unit, Catalogue.MatchAt(written, 0));
    }

    [Fact]
    public void Units_tsv_rows_are_well_formed_and_unique()
    {
        var rows = Lexicon.ReadRows("units.tsv").ToList();

        Assert.True(rows.Count >= 50, $"only {rows.Count} rows");
        Assert.All(rows, r => Assert.True(r.Length == 4 && r.All(c => c.Length > 0), string.Join("|", r)));
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Embedded_units_tsv_matches_the_file_in_the_repository()
    {
        var root = Corpus.RepoRoot;
        var onDisk = File.ReadAllLines(Path.Combine(root, "src", "FactExtractor", "Resources", "Lexicons", "units.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .ToList();

        Assert.Equal(onDisk, Lexicon.ReadRows("units.tsv").Select(r => string.Join('\t', r)));
    }

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void Every_count_classifier_is_a_count(string classifier)
    {
        Assert.True(Catalogue.TryGet(classifier, out var unit), classifier);
        Assert.Equal("count", unit.Canonical);
        Assert.Equal("count", unit.Dimension);
        Assert.True(unit.IsCount);
        Assert.Equal(1m, unit.Factor);
    }

    [Theory]
    // SPEC section 3, row by row.
    [InlineData("元", "CNY", "1", "currency")]
    [InlineData("块", "CNY", "1", "currency")]
    [InlineData("块钱", "CNY", "1", "currency")]
    [InlineData("美元", "USD", "1", "currency")]
    [InlineData("欧元", "EUR", "1", "currency")]
    [InlineData("港元", "HKD", "1", "currency")]
    [InlineData("港币", "HKD", "1", "currency")]
    [InlineData("日元", "JPY", "1", "currency")]
    [InlineData("英镑", "GBP", "1", "currency")]
    [InlineData("平方公里", "m2", "1000000", "area")]
    [InlineData("平方千米", "m2", "1000000", "area")]
    [InlineData("平方米", "m2", "1", "area")]
    [InlineData("公顷", "m2", "10000", "area")]
    [InlineData("公里", "m", "1000", "length")]
    [InlineData("千米", "m", "1000", "length")]
    [InlineData("米", "m", "1", "length")]
    [InlineData("厘米", "m", "0.01", "length")]
    [InlineData("吨", "kg", "1000", "mass")]
    [InlineData("公斤", "kg", "1", "mass")]
    [InlineData("千克", "kg", "1", "mass")]
    [InlineData("克", "kg", "0.001", "mass")]
    [InlineData("斤", "kg", "0.5", "mass")]
    [InlineData("立方米", "m3", "1", "volume")]
    [InlineData("立方", "m3", "1", "volume")]
    [InlineData("升", "m3", "0.001", "volume")]
    [InlineData("千瓦时", "kWh", "1", "energy")]
    [InlineData("度", "kWh", "1", "energy")]
    [InlineData("千瓦", "kW", "1", "power")]
    [InlineData("兆瓦", "kW", "1000", "power")]
    [InlineData("MW", "kW", "1000", "power")]
    [InlineData("吉瓦", "kW", "1000000", "power")]
    [InlineData("GW", "kW", "1000000", "power")]
    [InlineData("吨标煤", "kg", "1000", null)]
    [InlineData("吨标准煤", "kg", "1000", null)]
    [InlineData("%", "percent", "1", "percent")]
    [InlineData("成", "percent", "10", "percent")]
    [InlineData("‰", "percent", "0.1", "percent")]
    [InlineData("个百分点", "pp", "1", null)]
    [InlineData("个基点", "bp", "1", null)]
    [InlineData("基点", "bp", "1", null)]
    [InlineData("bp", "bp", "1", null)]
    [InlineData("千伏安", "kVA", "1", null)]
    [InlineData("倍", "times", "1", null)]
    [InlineData("番", "times", "1", null)]
    [InlineData("个位次", "rank", "1", "rank")]
    [InlineData("点", "point", "1", null)]
    [InlineData("人次", "count", "1", "count")]
    public void Spec_units_are_in_the_catalogue(string written, string canonical, string factor, string? dimension)
    {
        Assert.True(Catalogue.TryGet(written, out var unit), written);
        Assert.Equal(canonical, unit.Canonical);
        Assert.Equal(decimal.Parse(factor, NumberStyles.Float, CultureInfo.InvariantCulture), unit.Factor);
        if (dimension is not null)
            Assert.Equal(dimension, unit.Dimension);
    }

    [Fact]
    public void Mu_converts_to_two_thirds_of_a_thousand_square_metres()
    {
        Assert.True(Catalogue.TryGet("亩", out var mu));
        Assert.Equal("m2", mu.Canonical);
        Assert.InRange((double)mu.Factor, 666.6666, 666.6667);
        Assert.Equal(10_000m, decimal.Round(mu.Factor * 15m, 6)); // 15 亩 = 1 公顷
    }

    [Theory]
    [InlineData("个", "家", "人", "户", "所", "条", "项", "座", "辆", "台", "套", "名", "位", "次", "件", "起", "批", "只", "头", "张", "部", "种", "篇", "处", "栋")]
    public void Spec_count_classifiers_are_counts(params string[] classifiers)
    {
        foreach (var c in classifiers)
        {
            Assert.True(Catalogue.TryGet(c, out var unit), c);
            Assert.True(unit.IsCount, c);
            Assert.Equal(c, unit.Written);
        }
    }

    [Theory]
    [InlineData("35平方公里", 2, "平方公里")]
    [InlineData("12平方千米", 2, "平方千米")]
    [InlineData("2.4万平方米", 4, "平方米")]
    [InlineData("5.2亿千瓦时", 4, "千瓦时")]
    [InlineData("30万千瓦", 3, "千瓦")]
    [InlineData("80万千伏安", 3, "千伏安")]
    [InlineData("520万吨标准煤", 4, "吨标准煤")]
    [InlineData("1.5万吨标煤", 4, "吨标煤")]
    [InlineData("2.5个百分点", 3, "个百分点")]
    [InlineData("25个基点", 2, "个基点")]
    [InlineData("12个位次", 2, "个位次")]
    [InlineData("300万人次", 4, "人次")]
    [InlineData("3.2亿立方米", 4, "立方米")]
    [InlineData("600块钱", 3, "块钱")]
    [InlineData("46公里长", 2, "公里")]
    [InlineData("80厘米", 2, "厘米")]
    [InlineData("5千克", 1, "千克")]
    public void Longest_written_unit_wins(string text, int start, string expected)
    {
        var unit = Catalogue.MatchAt(text, start);

        Assert.NotNull(unit);
        Assert.Equal(expected, unit.Written);
    }

    [Theory]
    [InlineData("增长", 0)]
    [InlineData("35", 0)]
    [InlineData("35", 2)]
    [InlineData("", 0)]
    [InlineData("万", 0)]
    public void No_unit_where_none_is_written(string text, int start) =>
        Assert.Null(Catalogue.MatchAt(text, start));

    [Theory]
    [InlineData("元/吨", "元/吨", "CNY/kg", "0.001")]
    [InlineData("元/公斤", "元/公斤", "CNY/kg", "1")]
    [InlineData("元/斤", "元/斤", "CNY/kg", "2")]
    [InlineData("元/股", "元/股", "CNY/股", "1")]
    [InlineData("元/平方米", "元/平方米", "CNY/m2", "1")]
    [InlineData("元/千瓦时", "元/千瓦时", "CNY/kWh", "1")]
    [InlineData("美元/吨", "美元/吨", "USD/kg", "0.001")]
    [InlineData("元/人", "元/人", "CNY/人", "1")]
    [InlineData("元/吨。", "元/吨", "CNY/kg", "0.001")]
    public void Rates_are_canonical_on_both_sides_and_keep_a_classifier_denominator(string text, string written, string canonical, string factor)
    {
        var unit = Catalogue.MatchWithRate(text, 0);

        Assert.NotNull(unit);
        Assert.Equal(written, unit.Written);
        Assert.Equal(canonical, unit.Canonical);
        Assert.Equal(decimal.Parse(factor, NumberStyles.Float, CultureInfo.InvariantCulture), unit.Factor);
        Assert.Equal("rate", unit.Dimension);
    }

    [Theory]
    [InlineData("元", "元")]
    [InlineData("元/", "元")]
    [InlineData("元/年度", "元")]
    [InlineData("吨，", "吨")]
    [InlineData("家/年", "家")] // a count is not a rate numerator
    public void Without_a_denominator_the_unit_stays_plain(string text, string written)
    {
        var unit = Catalogue.MatchWithRate(text, 0);

        Assert.NotNull(unit);
        Assert.Equal(written, unit.Written);
        Assert.NotEqual("rate", unit.Dimension);
    }

    [Fact]
    public void Rate_of_two_units_divides_their_factors()
    {
        Assert.True(Catalogue.TryGet("吨", out var ton));
        Assert.True(Catalogue.TryGet("公顷", out var hectare));

        var yield = UnitCatalogue.Rate(ton, hectare);

        Assert.Equal("吨/公顷", yield.Written);
        Assert.Equal("kg/m2", yield.Canonical);
        Assert.Equal(0.1m, yield.Factor);
        Assert.Equal("rate", yield.Dimension);
    }
}
