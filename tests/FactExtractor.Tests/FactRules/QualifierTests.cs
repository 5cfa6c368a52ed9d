namespace FactExtractor.Tests.FactRules;

/// <summary>Kind, bound, modality and confidence of a fact (SPEC sections 1–2).</summary>
public sealed class QualifierTests
{
    [Theory]
    [InlineData("全市地区生产总值1228亿元。", "1228亿元", FactKind.Value)]
    [InlineData("全市地区生产总值增长6.5%。", "6.5%", FactKind.Change)]
    [InlineData("增速比上年提高1.2个百分点。", "1.2个百分点", FactKind.Change)]
    [InlineData("全区生产总值是2012年的4.4倍。", "4.4倍", FactKind.Ratio)]
    [InlineData("第三产业增加值占地区生产总值的比重为52.3%。", "52.3%", FactKind.Share)]
    [InlineData("全省经济总量居全国第8位。", "第8位", FactKind.Rank)]
    [InlineData("全县粮食产量下降2.1万吨。", "2.1万吨", FactKind.Change)]
    // A percentage of another quantity is a ratio.
    [InlineData("10月末全国能繁母猪存栏4210万头，相当于正常保有量的102.7%。", "102.7%", FactKind.Ratio)]
    [InlineData("今年客运量将恢复至2019年的八成左右。", "八成", FactKind.Ratio)]
    [InlineData("旅客吞吐量恢复至2019年同期的95.2%。", "95.2%", FactKind.Ratio)]
    [InlineData("两市上涨个股2100只，下跌个股逾2800只。", "2800只", FactKind.Value)]
    // A percentage of the subject of a share in its sentence is a share too.
    [InlineData("外贸占全市经济比重提高到41.3%，比上年同期的39.8%高1.5个百分点。", "39.8%", FactKind.Share)]
    // 按 X 的 N%: a rate applied to a base.
    [InlineData("企业按照职工工资总额的2%提取职工教育经费。", "2%", FactKind.Ratio)]
    // A rate named after the number makes it a change.
    [InlineData("上半年CPI也会有3.7%的涨幅。", "3.7%", FactKind.Change)]
    // A negative percentage is a change, unless what it measures is a rate.
    [InlineData("本月上游-0.93%，下游-1.81%。", "-0.93%", FactKind.Change)]
    [InlineData("公司毛利率-3.0%。", "-3.0%", FactKind.Value)]
    // 占 X 的 N% is a share even when X names a change.
    [InlineData("出口拉动占全年经济增长的41.5%。", "41.5%", FactKind.Share)]
    [InlineData("新涨价因素占当月物价涨幅的62.4%。", "62.4%", FactKind.Share)]
    // The items of a list are what the first one is, and a rate after the last names them all.
    [InlineData("三个季度的涨价因素分别占当季物价涨幅的42.1%、51.3%和47.8%。", "47.8%", FactKind.Share)]
    [InlineData("今年前三季度居民收入分别增长4.2%、5.1%和6.3%。", "6.3%", FactKind.Change)]
    [InlineData("相比上半年12%和18%的增速有所回落。", "12%", FactKind.Change)]
    // Points are a change unless stated as a size, of a part or a gap.
    [InlineData("本月物价涨幅中，上年价格变动的滞后影响达到了2.9个百分点。", "2.9个百分点", FactKind.Value)]
    [InlineData("一至三季度的滞后影响分别为1.4、2.2和2.5个百分点。", "1.4", FactKind.Value)]
    [InlineData("两国国债的利差约为180个基点。", "180个基点", FactKind.Value)]
    [InlineData("鸡蛋价格上涨4.1%，影响物价上涨约0.03个百分点。", "0.03个百分点", FactKind.Change)]
    [InlineData("央行宣布加息25个基点。", "25个基点", FactKind.Change)]
    // 跌破 a mark, like 突破 one, is a level with a bound, not a fall by the number.
    [InlineData("生猪价格持续下行，猪粮比价跌破5∶1。", "5∶1", FactKind.Value)]
    [InlineData("碳酸锂现货均价跌破30万元/吨。", "30万元/吨", FactKind.Value)]
    // A frame that names a rate (从环比增速看) makes the percentages after it changes.
    [InlineData("从环比增速看，上游-0.93%，中游0.59%。", "0.59%", FactKind.Change)]
    [InlineData("从行业结构看，制造业占比28.6%。", "28.6%", FactKind.Share)]
    public void Kinds(string text, string quantity, FactKind kind)
    {
        Assert.Equal(kind, FactAssert.Single(text, quantity).Kind);
    }

    [Theory]
    [InlineData("全县粮食产量下降2.1万吨。", "2.1万吨", -21000000)]
    [InlineData("全县粮食产量增长2.1万吨。", "2.1万吨", 21000000)]
    [InlineData("全市出口出现5%的降幅。", "5%", -5)]
    [InlineData("两地出口分别下降3.2%、4.5%和1.1%。", "1.1%", -1.1)]
    // 少增 is a smaller increase than before: a decrease of the flow; 的下调空间 names a cut.
    [InlineData("一季度人民币贷款同比少增0.82万亿元。", "0.82万亿元", -820000000000)]
    [InlineData("一年期利率仍有10个基点的下调空间。", "10个基点", -10)]
    // A change verb inside a counted subject describes it (下跌个股): the count is a level.
    [InlineData("两市上涨个股2100只，下跌个股逾2800只。", "2800只", 2800)]
    [InlineData("两市上涨个股2100只，下跌个股逾2800只。", "2100只", 2100)]
    [InlineData("股东拟减持公司股份1200万股。", "1200万股", -12000000)]
    // A space between Chinese parts a headline: the change before it is not this number's.
    [InlineData("收评：沪指跌0.52%　两市成交额超9100亿元", "9100亿元", 910000000000)]
    // A shortfall from a mark is what is missing.
    [InlineData("全市生产总值距离万亿大关仅差350亿元。", "350亿元", -35000000000)]
    // A comparative after 比/较 and a base is a change: 低, 少 and 慢 down; 高, 多 and 快 up.
    [InlineData("全市存款利率为2.1%，比上月低0.05个百分点。", "0.05个百分点", -0.05)]
    [InlineData("全省出口增速较全国慢1.4个百分点。", "1.4个百分点", -1.4)]
    [InlineData("猪肉均价比上周低了2.6元。", "2.6元", -2.6)]
    [InlineData("全市投资增速比全省高出2.3个百分点。", "2.3个百分点", 2.3)]
    // 较高 alone (no base) and 比重 compare nothing.
    [InlineData("服务业比重较高，为62.4%。", "62.4%", 62.4)]
    public void A_decrease_is_negative(string text, string quantity, double normalized)
    {
        Assert.Equal(normalized, FactAssert.Single(text, quantity).Quantity.NormalizedValue, 3);
    }

    [Theory]
    [InlineData("全省综合实力排名第12位，较上年上升3位。", "3位", 3)]
    [InlineData("该市在全国城市中的位次下降2名。", "2名", -2)]
    [InlineData("全区营商环境排名前进了5位。", "5位", 5)]
    public void Places_moved_in_a_ranking_are_a_change_of_rank(string text, string quantity, double normalized)
    {
        var fact = FactAssert.Single(text, quantity);
        Assert.Equal(FactKind.Change, fact.Kind);
        Assert.Equal("rank", fact.Quantity.NormalizedUnit);
        Assert.Equal(normalized, fact.Quantity.NormalizedValue, 3);
    }

    // An amount of money said of 每吨…, 每平方米…: per that measure, as 元/吨 is; not per a count (每户).
    [Theory]
    [InlineData("今年以来每吨柴油价格上涨800元。", "800元", "CNY/kg", 0.8)]
    [InlineData("新房每平方米均价回落了1200元。", "1200元", "CNY/m2", -1200)]
    [InlineData("全区每户平均补助资金3000元。", "3000元", "CNY", 3000)]
    public void Money_per_a_measure_in_the_subject_is_a_rate(string text, string quantity, string unit, double normalized)
    {
        var fact = FactAssert.Single(text, quantity);
        Assert.Equal(unit, fact.Quantity.NormalizedUnit);
        Assert.Equal(normalized, fact.Quantity.NormalizedValue, 3);
    }

    [Theory]
    [InlineData("今年新增两院院士4位。", "4位")]
    [InlineData("排名上升4位专家获奖。", "4位")]
    public void People_counted_with_wei_stay_a_count(string text, string quantity) =>
        Assert.Equal("count", FactAssert.Single(text, quantity).Quantity.NormalizedUnit);

    [Theory]
    [InlineData("全市常住人口达1200万人。", "1200万人", Bound.Exact)]
    [InlineData("全市常住人口约1200万人。", "1200万人", Bound.Approximate)]
    [InlineData("全市常住人口1200万人左右。", "1200万人", Bound.Approximate)]
    [InlineData("全市常住人口超过1200万人。", "1200万人", Bound.MoreThan)]
    [InlineData("全年接待游客突破500万人次。", "500万人次", Bound.MoreThan)]
    [InlineData("全市压减低效产能50%以上。", "50%", Bound.AtLeast)]
    [InlineData("全区失业率控制在5%以内。", "5%", Bound.AtMost)]
    [InlineData("全县贫困发生率不足1%。", "1%", Bound.LessThan)]
    public void Bounds(string text, string quantity, Bound bound)
    {
        Assert.Equal(bound, FactAssert.Single(text, quantity).Quantity.Bound);
    }

    [Theory]
    [InlineData("2021年全市地区生产总值1228亿元。", "1228亿元", "", Modality.Actual)]
    [InlineData("力争2025年全市地区生产总值突破1500亿元。", "1500亿元", "", Modality.Target)]
    [InlineData("全年目标是新增就业1.2万人。", "1.2万人", "", Modality.Target)]
    [InlineData("明年计划新建学校5所。", "5所", "2023-01-10", Modality.Target)]
    [InlineData("公司拟募集资金不超过20亿元。", "20亿元", "", Modality.Target)]
    [InlineData("项目预计年产值可达30亿元。", "30亿元", "", Modality.Target)]
    [InlineData("分析师预测全年盈利增速有望达到15%。", "15%", "", Modality.Target)]
    // A year after the reference date is a plan.
    [InlineData("到2030年，全市新能源汽车保有量达到50万辆。", "50万辆", "2024-03-01", Modality.Target)]
    public void Modalities(string text, string quantity, string referenceDate, Modality modality)
    {
        Assert.Equal(modality, FactAssert.Single(text, quantity, referenceDate).Modality);
    }

    [Fact]
    public void Confidence_is_a_probability()
    {
        var doc = FactAssert.Extract("2021年，全市地区生产总值1228亿元，同比增长6.5%。全市共有公园48个。");
        Assert.NotEmpty(doc.Facts);
        Assert.All(doc.Facts, f => Assert.InRange(f.Confidence, 0.0, 1.0));
    }
}
