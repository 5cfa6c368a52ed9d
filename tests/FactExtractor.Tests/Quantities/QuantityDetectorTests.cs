using System.Globalization;

namespace FactExtractor.Tests.Quantities;

/// <summary>
/// Quantity detection through the public API: the span as written, its value, scale, unit,
/// normalization (SPEC sections 2–3), its bound, ranges, the sign of decreases, and the
/// numerals that are not facts (SPEC section 1).
/// </summary>
public sealed class QuantityDetectorTests
{
    private static readonly FactPipeline Pipeline = new FactPipelineBuilder().Build();

    // ---- values, scales and units (SPEC section 3) ----

    [Theory]
    // Currencies.
    [InlineData("全年出口额为12亿美元。", "12亿美元", 6, "12", "1e8", "美元", 1.2e9, "USD")]
    [InlineData("项目获得投资300万欧元。", "300万欧元", 6, "300", "1e4", "欧元", 3e6, "EUR")]
    [InlineData("公司募集资金5亿港元。", "5亿港元", 6, "5", "1e8", "港元", 5e8, "HKD")]
    [InlineData("日方追加投资80亿日元。", "80亿日元", 6, "80", "1e8", "日元", 8e9, "JPY")]
    [InlineData("英国订单合计200万英镑。", "200万英镑", 6, "200", "1e4", "英镑", 2e6, "GBP")]
    [InlineData("社区捐款三千五百元。", "三千五百元", 4, "3500", "1", "元", 3500, "CNY")]
    [InlineData("他卖菜赚了三百块钱。", "三百块钱", 5, "300", "1", "块钱", 300, "CNY")]
    [InlineData("项目投资一万二千元。", "一万二千元", 4, "12000", "1", "元", 12000, "CNY")]
    [InlineData("总投资九千万元。", "九千万元", 3, "9", "1e7", "元", 9e7, "CNY")]
    [InlineData("实现营业收入1.2万亿元。", "1.2万亿元", 6, "1.2", "1e12", "元", 1.2e12, "CNY")]
    [InlineData("发放贷款3万亿元。", "3万亿元", 4, "3", "1e12", "元", 3e12, "CNY")]
    // Thousands separators.
    [InlineData("全市生产总值1,234.5亿元。", "1,234.5亿元", 6, "1234.5", "1e8", "元", 1.2345e11, "CNY")]
    [InlineData("出口额为1,234.5万美元。", "1,234.5万美元", 4, "1234.5", "1e4", "美元", 1.2345e7, "USD")]
    [InlineData("全年营收达到2,345,678元。", "2,345,678元", 6, "2345678", "1", "元", 2345678, "CNY")]
    // Area.
    [InlineData("建成区面积为35平方公里。", "35平方公里", 6, "35", "1", "平方公里", 3.5e7, "m2")]
    [InlineData("新建公园占地2.4万平方米。", "2.4万平方米", 6, "2.4", "1e4", "平方米", 24000, "m2")]
    [InlineData("造林面积为1200公顷。", "1200公顷", 5, "1200", "1", "公顷", 1.2e7, "m2")]
    [InlineData("种植水稻3.5万亩。", "3.5万亩", 4, "3.5", "1e4", "亩", 23333333.333333333, "m2")]
    [InlineData("村里种了两千亩果树。", "两千亩", 4, "2000", "1", "亩", 1333333.3333333333, "m2")]
    // Length.
    [InlineData("新修道路46公里。", "46公里", 4, "46", "1", "公里", 46000, "m")]
    [InlineData("大桥全长1200米。", "1200米", 4, "1200", "1", "米", 1200, "m")]
    [InlineData("树苗高约80厘米。", "80厘米", 4, "80", "1", "厘米", 0.8, "m")]
    // Mass.
    [InlineData("粮食总产量为45万吨。", "45万吨", 6, "45", "1e4", "吨", 4.5e8, "kg")]
    [InlineData("猪肉储备为800公斤。", "800公斤", 5, "800", "1", "公斤", 800, "kg")]
    [InlineData("每份样品取样5克。", "5克", 6, "5", "1", "克", 0.005, "kg")]
    [InlineData("亩产稻谷1200斤。", "1200斤", 4, "1200", "1", "斤", 600, "kg")]
    // Volume.
    [InlineData("水库蓄水量为3.2亿立方米。", "3.2亿立方米", 6, "3.2", "1e8", "立方米", 3.2e8, "m3")]
    [InlineData("今年已供应天然气2000立方。", "2000立方", 8, "2000", "1", "立方", 2000, "m3")]
    [InlineData("全年用水280万升。", "280万升", 4, "280", "1e4", "升", 2800, "m3")]
    // Energy, power, capacity, standard coal.
    [InlineData("全年发电量为2.6亿千瓦时。", "2.6亿千瓦时", 6, "2.6", "1e8", "千瓦时", 2.6e8, "kWh")]
    [InlineData("居民用电量为8000万度。", "8000万度", 6, "8000", "1e4", "度", 8e7, "kWh")]
    [InlineData("新增装机容量30万千瓦。", "30万千瓦", 6, "30", "1e4", "千瓦", 3e5, "kW")]
    [InlineData("新增风电装机120万千瓦。", "120万千瓦", 6, "120", "1e4", "千瓦", 1.2e6, "kW")]
    [InlineData("光伏电站装机容量为200兆瓦。", "200兆瓦", 9, "200", "1", "兆瓦", 2e5, "kW")]
    [InlineData("新增变电容量80万千伏安。", "80万千伏安", 6, "80", "1e4", "千伏安", 8e5, "kVA")]
    [InlineData("能源消费总量为520万吨标准煤。", "520万吨标准煤", 7, "520", "1e4", "吨标准煤", 5.2e9, "kg")]
    [InlineData("节约能源1.5万吨标煤。", "1.5万吨标煤", 4, "1.5", "1e4", "吨标煤", 1.5e7, "kg")]
    // Percent and its written forms.
    [InlineData("全市生产总值增长6.1%。", "6.1%", 8, "6.1", "1", "%", 6.1, "percent")]
    [InlineData("城镇化率达到百分之十五。", "百分之十五", 6, "15", "1", "百分之", 15, "percent")]
    [InlineData("不良率约为千分之五。", "千分之五", 5, "5", "1", "千分之", 0.5, "percent")]
    [InlineData("新能源车占比达三成。", "三成", 7, "3", "1", "成", 30, "percent")]
    [InlineData("全市出生率为10.5‰。", "10.5‰", 6, "10.5", "1", "‰", 1.05, "percent")]
    // Percentage points, basis points, multiples.
    [InlineData("城镇化率提高了2.5个百分点。", "2.5个百分点", 7, "2.5", "1", "个百分点", 2.5, "pp")]
    [InlineData("贷款利率下调25个基点。", "25个基点", 6, "25", "1", "个基点", -25, "bp")]
    [InlineData("营业收入是上年的3倍。", "3倍", 8, "3", "1", "倍", 3, "times")]
    [InlineData("同比增长1.5倍。", "1.5倍", 4, "1.5", "1", "倍", 1.5, "times")]
    [InlineData("经济总量实现翻一番。", "一番", 7, "1", "1", "番", 2, "times")]
    [InlineData("人均收入比十年前翻两番。", "两番", 9, "2", "1", "番", 4, "times")]
    [InlineData("收入翻了一番。", "一番", 4, "1", "1", "番", 2, "times")]
    // Counts keep their classifier.
    [InlineData("新建学校5所。", "5所", 4, "5", "1", "所", 5, "count")]
    [InlineData("全市新增市场主体1200户。", "1200户", 8, "1200", "1", "户", 1200, "count")]
    [InlineData("引进院士3人。", "3人", 4, "3", "1", "人", 3, "count")]
    [InlineData("全年旅客发送量300万人次。", "300万人次", 7, "300", "1e4", "人次", 3e6, "count")]
    [InlineData("全年执行航班12.4万班次。", "12.4万班次", 6, "12.4", "1e4", "班次", 1.24e5, "count")]
    [InlineData("全市有高新技术企业450家。", "450家", 9, "450", "1", "家", 450, "count")]
    [InlineData("全市新增公交线路12条。", "12条", 8, "12", "1", "条", 12, "count")]
    [InlineData("完成重点项目36项。", "36项", 6, "36", "1", "项", 36, "count")]
    [InlineData("新增充电桩2000台。", "2000台", 5, "2000", "1", "台", 2000, "count")]
    [InlineData("全市共有博物馆8座。", "8座", 7, "8", "1", "座", 8, "count")]
    [InlineData("全市完成植树3万棵。", "3万棵", 6, "3", "1e4", "棵", 30000, "count")]
    [InlineData("全村共有一百零五户。", "一百零五户", 4, "105", "1", "户", 105, "count")]
    // Digits after a scale word alone start their own number (申万 is a name); after a digit they go on.
    [InlineData("在申万23个一级行业中位居前列。", "23个", 3, "23", "1", "个", 23, "count")]
    [InlineData("全镇常住人口3万5000人。", "3万5000人", 6, "35000", "1", "人", 35000, "count")]
    // Ranks.
    [InlineData("全市经济总量排名全省第58位。", "第58位", 10, "58", "1", "位", 58, "rank")]
    [InlineData("该县人均收入位居全省第一。", "第一", 10, "1", "1", "", 1, "rank")]
    [InlineData("营商环境排名前进12个位次。", "12个位次", 8, "12", "1", "个位次", 12, "rank")]
    // Index points and dimensionless values.
    [InlineData("上证指数收于3200.5点。", "3200.5点", 6, "3200.5", "1", "点", 3200.5, "point")]
    [InlineData("制造业PMI为50.2。", "50.2", 7, "50.2", "1", "", 50.2, "number")]
    [InlineData("猪粮比价为6∶1。", "6∶1", 5, "6", "1", "∶1", 6, "number")]
    [InlineData("城乡居民人均收入倍差为2.17。", "2.17", 11, "2.17", "1", "", 2.17, "number")]
    // Rates: each side canonical; a classifier denominator stays as written.
    [InlineData("煤炭价格为850元/吨。", "850元/吨", 5, "850", "1", "元/吨", 0.85, "CNY/kg")]
    [InlineData("分红方案为0.5元/股。", "0.5元/股", 5, "0.5", "1", "元/股", 0.5, "CNY/股")]
    [InlineData("新房均价为15000元/平方米。", "15000元/平方米", 5, "15000", "1", "元/平方米", 15000, "CNY/m2")]
    [InlineData("采购价每吨600元。", "每吨600元", 3, "600", "1", "元/吨", 0.6, "CNY/kg")]
    [InlineData("鸡蛋每公斤9.8元。", "每公斤9.8元", 2, "9.8", "1", "元/公斤", 9.8, "CNY/kg")]
    // Full-width digits keep original offsets and text.
    [InlineData("全市生产总值达到１２３４．５亿元。", "１２３４．５亿元", 8, "1234.5", "1e8", "元", 1.2345e11, "CNY")]
    public void Value_scale_unit_and_normalization(string sentence, string text, int start, string value, string scale, string unit, double normalizedValue, string normalizedUnit)
    {
        var q = QuantityAt(sentence, text, start).Quantity;

        Assert.Equal(Dec(value), q.Value);
        Assert.Equal(Dec(scale), q.Scale);
        Assert.Equal(unit, q.Unit);
        AssertClose(normalizedValue, q.NormalizedValue);
        Assert.Equal(normalizedUnit, q.NormalizedUnit);
        Assert.Null(q.Low);
        Assert.Null(q.High);
    }

    [Theory]
    [InlineData("农业人口占三分之一。", "三分之一", 5)]
    public void Fractions_are_percent_shares(string sentence, string text, int start)
    {
        var fact = QuantityAt(sentence, text, start);

        var expected = text == "三分之一" ? 100.0 / 3 : 200.0 / 3;
        AssertClose(expected, (double)fact.Quantity.Value);
        AssertClose(expected, fact.Quantity.NormalizedValue);
        Assert.Equal("percent", fact.Quantity.NormalizedUnit);
        Assert.Equal(FactKind.Share, fact.Kind);
    }

    [Theory(Skip = "known bug: a fraction with no share cue before it (有三分之一的企业) is kind value, not share")]
    [InlineData("有三分之一的企业完成改造。", "三分之一", 1)]
    [InlineData("约三分之二的村庄通了公交。", "三分之二", 1)]
    public void Fractions_are_percent_shares_without_a_share_cue(string sentence, string text, int start) =>
        Fractions_are_percent_shares(sentence, text, start);

    // ---- written signs ----

    [Theory]
    [InlineData("某公司(7.55,-0.21,-2.71%)", "-2.71%", 15, -2.71)]
    [InlineData("净利润为 -3.2亿元。", "-3.2亿元", 5, -3.2e8)]
    public void A_written_minus_counts(string sentence, string text, int start, double normalizedValue)
    {
        var q = QuantityAt(sentence, text, start).Quantity;

        Assert.True(q.Value > 0, "value is the magnitude as written");
        AssertClose(normalizedValue, q.NormalizedValue);
    }

    [Theory]
    [InlineData("公司全年净利率为-1.5%。", "-1.5%", 8, -1.5)]
    [InlineData("该股收盘涨幅为-2.71%。", "-2.71%", 7, -2.71)]
    [InlineData("全年净利润-3.2亿元。", "-3.2亿元", 5, -3.2e8)]
    public void A_written_minus_after_a_CJK_character_counts(string sentence, string text, int start, double normalizedValue) =>
        A_written_minus_counts(sentence, text, start, normalizedValue);

    // ---- ranges ----

    [Theory]
    [InlineData("贷款额度为3至5万元。", "3至5万元", 5, "3", "1e4", "元", "CNY", 30000, 50000)]
    [InlineData("利率在5.25%至5.5%之间。", "5.25%至5.5%", 3, "5.25", "1", "%", "percent", 5.25, 5.5)]
    [InlineData("补贴标准为1万-5万元。", "1万-5万元", 5, "1", "1e4", "元", "CNY", 10000, 50000)]
    [InlineData("每天处理垃圾20~25吨。", "20~25吨", 6, "20", "1", "吨", "kg", 20000, 25000)]
    [InlineData("每天处理垃圾２０～２５吨。", "２０～２５吨", 6, "20", "1", "吨", "kg", 20000, 25000)]
    [InlineData("年均增速保持在3%-5%。", "3%-5%", 7, "3", "1", "%", "percent", 3, 5)]
    public void A_range_is_one_quantity_with_low_and_high(string sentence, string text, int start, string value, string scale, string unit, string normalizedUnit, double low, double high)
    {
        var q = QuantityAt(sentence, text, start).Quantity;

        Assert.Equal(Dec(value), q.Value);
        Assert.Equal(Dec(scale), q.Scale);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(normalizedUnit, q.NormalizedUnit);
        Assert.NotNull(q.Low);
        Assert.NotNull(q.High);
        AssertClose(low, q.Low.Value);
        AssertClose(high, q.High.Value);
    }

    // ---- bounds (cues outside the span, 余/多 inside) ----

    [Theory]
    [InlineData("全市粮食总产量达45万吨。", "45万吨", 8, Bound.Exact, null)]
    [InlineData("全市常住人口约120万人。", "120万人", 7, Bound.Approximate, "约")]
    [InlineData("粮食产量约为50万吨。", "50万吨", 6, Bound.Approximate, "约为")]
    [InlineData("全市常住人口近120万人。", "120万人", 7, Bound.Approximate, "近")]
    [InlineData("全市常住人口120万人左右。", "120万人", 6, Bound.Approximate, "左右")]
    [InlineData("日均客流25万人次上下。", "25万人次", 4, Bound.Approximate, "上下")]
    [InlineData("学生人数在1200人前后。", "1200人", 5, Bound.Approximate, "前后")]
    [InlineData("年接待游客超过500万人次。", "500万人次", 7, Bound.MoreThan, "超过")]
    [InlineData("年营收突破10亿元。", "10亿元", 5, Bound.MoreThan, "突破")]
    [InlineData("全县共有企业逾2000家。", "2000家", 7, Bound.MoreThan, "逾")]
    [InlineData("参保人数达到50万人以上。", "50万人", 6, Bound.AtLeast, "以上")]
    [InlineData("全县有不少于300家合作社。", "300家", 6, Bound.AtLeast, "不少于")]
    [InlineData("项目投资不足3000万元。", "3000万元", 6, Bound.LessThan, "不足")]
    [InlineData("项目投资不到3000万元。", "3000万元", 6, Bound.LessThan, "不到")]
    [InlineData("单价在100元以下。", "100元", 3, Bound.AtMost, "以下")]
    [InlineData("误差控制在5%以内。", "5%", 5, Bound.AtMost, "以内")]
    [InlineData("贷款金额不超过50万元。", "50万元", 7, Bound.AtMost, "不超过")]
    [InlineData("全县共转移劳动力7万余人。", "7万余人", 8, Bound.MoreThan, "余")]
    [InlineData("全省有规模企业3000多家。", "3000多家", 7, Bound.MoreThan, "多")]
    [InlineData("他每月挣六百多块钱。", "六百多块钱", 4, Bound.MoreThan, "多")]
    public void Bound_and_cue(string sentence, string text, int start, Bound bound, string? cue)
    {
        var q = QuantityAt(sentence, text, start).Quantity;

        Assert.Equal(bound, q.Bound);
        Assert.Equal(cue, q.Cue);
    }

    [Theory]
    [InlineData("全县共转移劳动力7万余人。", "7万余人", 8, "7", "1e4", "人", 70000, "count")]
    [InlineData("全省有规模企业3000多家。", "3000多家", 7, "3000", "1", "家", 3000, "count")]
    [InlineData("他每月挣六百多块钱。", "六百多块钱", 4, "600", "1", "块钱", 600, "CNY")]
    [InlineData("现场来了几十位专家。", "几十位", 4, "10", "1", "位", 10, "count")]
    public void Vague_numbers_keep_the_written_number_and_are_more_than_it(string sentence, string text, int start, string value, string scale, string unit, double normalizedValue, string normalizedUnit)
    {
        var q = QuantityAt(sentence, text, start).Quantity;

        Assert.Equal(Dec(value), q.Value);
        Assert.Equal(Dec(scale), q.Scale);
        Assert.Equal(unit, q.Unit);
        AssertClose(normalizedValue, q.NormalizedValue);
        Assert.Equal(normalizedUnit, q.NormalizedUnit);
        Assert.Equal(Bound.MoreThan, q.Bound);
    }

    // ---- kinds and the sign of changes ----

    [Theory]
    [InlineData("全市生产总值增长6.1%。", "6.1%", 8, FactKind.Change, 6.1)]
    [InlineData("城镇化率提高了2.5个百分点。", "2.5个百分点", 7, FactKind.Change, 2.5)]
    [InlineData("营收增长2倍。", "2倍", 4, FactKind.Change, 2)]
    [InlineData("经济总量实现翻一番。", "一番", 7, FactKind.Change, 2)]
    [InlineData("工业产值下降3.1%。", "3.1%", 6, FactKind.Change, -3.1)]
    [InlineData("耕地面积减少1200亩。", "1200亩", 6, FactKind.Change, -800000)]
    [InlineData("物价涨幅回落0.5个百分点。", "0.5个百分点", 6, FactKind.Change, -0.5)]
    [InlineData("贸易逆差收窄2.3亿美元。", "2.3亿美元", 6, FactKind.Change, -2.3e8)]
    [InlineData("股东减持300万股。", "300万股", 4, FactKind.Change, -3e6)]
    [InlineData("全市压减粗钢产能50%以上。", "50%", 8, FactKind.Change, -50)]
    [InlineData("生猪价格下跌4.2%。", "4.2%", 6, FactKind.Change, -4.2)]
    [InlineData("城乡收入差距缩小0.3个百分点。", "0.3个百分点", 8, FactKind.Change, -0.3)]
    [InlineData("商品房价格降幅为1.8%。", "1.8%", 8, FactKind.Change, -1.8)]
    [InlineData("洪灾造成直接经济损失2.5亿元。", "2.5亿元", 10, FactKind.Change, -2.5e8)]
    [InlineData("央行宣布降息25个基点。", "25个基点", 6, FactKind.Change, -25)]
    [InlineData("进一步降低企业成本3亿元。", "3亿元", 9, FactKind.Change, -3e8)]
    [InlineData("营业收入是上年的3倍。", "3倍", 8, FactKind.Ratio, 3)]
    [InlineData("新能源车占比达三成。", "三成", 7, FactKind.Share, 30)]
    [InlineData("全市经济总量排名全省第58位。", "第58位", 10, FactKind.Rank, 58)]
    [InlineData("该县人均收入位居全省第一。", "第一", 10, FactKind.Rank, 1)]
    [InlineData("全市粮食总产量达45万吨。", "45万吨", 8, FactKind.Value, 4.5e8)]
    public void Kind_and_sign(string sentence, string text, int start, FactKind kind, double normalizedValue)
    {
        var fact = QuantityAt(sentence, text, start);

        Assert.Equal(kind, fact.Kind);
        Assert.True(fact.Quantity.Value >= 0, "value is the magnitude as written");
        AssertClose(normalizedValue, fact.Quantity.NormalizedValue);
    }

    [Theory]
    [InlineData("江州数字经济规模有望跻身全国前十。", "前十", 10)]
    [InlineData("全省GDP排名前3位。", "前3位", 3)]
    [InlineData("该县进入全国百强县前50名行列。", "前50名", 50)]
    public void A_place_in_the_top_n_is_a_rank_of_at_most_n(string sentence, string text, double normalizedValue)
    {
        var fact = Assert.Single(Facts.Extract(sentence).Facts, f => f.Quantity.Text == text);

        Assert.Equal(FactKind.Rank, fact.Kind);
        Assert.Equal(Bound.AtMost, fact.Quantity.Bound);
        AssertClose(normalizedValue, fact.Quantity.NormalizedValue);
    }

    [Theory]
    [InlineData("前三季度全市地区生产总值增长5.1%。")]
    [InlineData("今年前10个月全市出口增长3%。")]
    [InlineData("全市前5家企业产值占全市的40%。")]
    public void Top_n_of_a_span_of_time_or_of_a_count_is_no_rank(string sentence) =>
        Assert.DoesNotContain(Facts.Extract(sentence).Facts, f => f.Kind == FactKind.Rank);

    [Fact]
    public void A_bound_speaks_of_the_magnitude_of_a_decrease()
    {
        var q = QuantityAt("全市压减粗钢产能50%以上。", "50%", 8).Quantity;

        Assert.Equal(Bound.AtLeast, q.Bound);
        Assert.Equal("以上", q.Cue);
        Assert.Equal(-50, q.NormalizedValue);
    }

    [Theory]
    [InlineData("营商环境排名前进12个位次。", "12个位次", 8, FactKind.Change, 12)]
    [InlineData("排名后退3个位次。", "3个位次", 4, FactKind.Change, -3)]
    public void Rank_moves_are_changes(string sentence, string text, int start, FactKind kind, double normalizedValue) =>
        Kind_and_sign(sentence, text, start, kind, normalizedValue);

    [Theory]
    [InlineData("全年降水量比常年多12厘米。", "12厘米", 9, FactKind.Change, 0.12)]
    public void A_decrease_word_inside_a_noun_is_no_decrease(string sentence, string text, int start, FactKind kind, double normalizedValue) =>
        Kind_and_sign(sentence, text, start, kind, normalizedValue);

    // ---- not facts (SPEC section 1) ----

    [Theory]
    [InlineData("坚持推进一带一路建设。", "一带一路", 0)]
    [InlineData("与一带一路沿线国家贸易额增长12%。", "一带一路", 1)]
    [InlineData("全力实施三桥两路工程。", "三桥两路", 0)]
    [InlineData("“三桥两路”工程总投资45亿元。", "三桥两路", 1)]
    [InlineData("推行十证齐发改革。", "十证齐发", 0)]
    [InlineData("双十一期间线上销售火爆。", "双十一", 0)]
    [InlineData("双十一当天成交额达5403亿元。", "双十一", 1)]
    [InlineData("市民可拨打12345热线反映问题。", "12345", 0)]
    [InlineData("12345热线全年受理诉求8.6万件。", "12345", 1)]
    [InlineData("深入学习贯彻党的十九大精神。", "十九大", 0)]
    [InlineData("党的十九大以来，全市新增就业5万人。", "十九大", 1)]
    [InlineData("十四五时期经济社会发展目标。", "十四五", 0)]
    [InlineData("十四五期间，全市计划新建学校20所。", "十四五", 1)]
    [InlineData("第十三届全国人民代表大会召开。", "第十三届", 0)]
    [InlineData("在第十三届运动会上，代表团获得金牌12枚。", "第十三届", 1)]
    [InlineData("该企业进入行业第一梯队。", "第一梯队", 0)]
    [InlineData("推进区域一体化发展。", "一体化", 0)]
    [InlineData("长三角一体化示范区面积约2300平方公里。", "一体化", 1)]
    [InlineData("二套房首付比例不低于40%。", "二套", 1)]
    [InlineData("二套住房贷款利率下限为4.9%。", "二套", 1)]
    [InlineData("进一步优化营商环境。", "进一步", 0)]
    [InlineData("进一步降低企业成本3亿元。", "进一步", 1)]
    [InlineData("2019年，该市召开了会议。", "2019年", 0)]
    [InlineData("2019年全市生产总值为2000亿元。", "2019年", 1)]
    [InlineData("会议于3月20日召开。", "3月20日", 0)]
    [InlineData("3月20日，股指上涨1.2%。", "3月20日", 1)]
    [InlineData("会议于2011-07-11召开。", "2011-07-11", 0)]
    [InlineData("全面推进5G网络建设。", "5G", 0)]
    [InlineData("5G基站数量达到1.2万个。", "5G", 1)]
    [InlineData("国产大飞机C919完成首飞。", "C919", 0)]
    [InlineData("C919订单超过1000架。", "C919", 1)]
    [InlineData("贵州茅台股票代码600519。", "600519", 0)]
    [InlineData("股票代码600519的公司净利润增长15%。", "600519", 1)]
    [InlineData("一、总体要求", "一、", 0)]
    [InlineData("一、全市经济运行平稳", "一、", 0)]
    [InlineData("（一）发展目标", "（一）", 0)]
    [InlineData("（一）工业生产增长5.6%", "（一）", 1)]
    [InlineData("二是引进项目12个。", "二是", 1)]
    public void Numerals_in_names_dates_codes_and_headings_are_not_facts(string sentence, string nonFact, int expectedFacts)
    {
        var at = sentence.IndexOf(nonFact, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var doc = Pipeline.Extract(sentence);

        Assert.DoesNotContain(doc.Facts, f => f.Quantity.Start < at + nonFact.Length && f.Quantity.End > at);
        Assert.True(expectedFacts == doc.Facts.Count, $"expected {expectedFacts} fact(s) in {sentence}; got {Describe(doc)}");
    }

    // ---- helpers ----

    /// <summary>The one fact whose quantity overlaps <paramref name="text"/> at <paramref name="start"/>; its span must be exactly that.</summary>
    private static Fact QuantityAt(string sentence, string text, int start)
    {
        Assert.True(string.CompareOrdinal(sentence, start, text, 0, text.Length) == 0, $"test table: '{text}' is not at {start} in {sentence}");
        var doc = Pipeline.Extract(sentence);
        int end = start + text.Length;
        var overlapping = doc.Facts.Where(f => f.Quantity.Start < end && f.Quantity.End > start).ToList();
        Assert.True(overlapping.Count == 1, $"expected one quantity over '{text}' in {sentence}; got {Describe(doc)}");
        var q = overlapping[0].Quantity;
        Assert.True(q.Text == text && q.Start == start && q.End == end, $"expected '{text}' [{start},{end}); got '{q.Text}' [{q.Start},{q.End})");
        Assert.Equal(sentence[q.Start..q.End], q.Text);
        return overlapping[0];
    }

    private static string Describe(FactDocument doc) =>
        doc.Facts.Count == 0
            ? "no facts"
            : string.Join("; ", doc.Facts.Select(f => $"{f.Kind} '{f.Quantity.Text}' [{f.Quantity.Start},{f.Quantity.End}) {f.Quantity.NormalizedValue} {f.Quantity.NormalizedUnit} {f.Quantity.Bound}"));

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void AssertClose(double expected, double actual)
    {
        var tolerance = Math.Max(1e-9, Math.Abs(expected) * 1e-9);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
