namespace FactExtractor.Tests.FactRules;

/// <summary>The year a change or ratio is measured against (SPEC section 2, baseYear).</summary>
public sealed class BaseYearTests
{
    [Theory]
    [InlineData("2022年，全市地区生产总值同比增长5.1%。", "5.1%", 2022, 2021)]
    [InlineData("2021年全县粮食产量比上年增长3.2%。", "3.2%", 2021, 2020)]
    [InlineData("2019年全区财政收入较上年下降2.4%。", "2.4%", 2019, 2018)]
    [InlineData("2021年全区高新技术企业数量较2012年增长5倍。", "5倍", 2021, 2012)]
    [InlineData("2021年，全区地区生产总值是2012年的4.4倍。", "4.4倍", 2021, 2012)]
    [InlineData("2023年6月，全市社会消费品零售总额环比增长1.3%。", "1.3%", 2023, 2023)]
    public void Bases(string text, string quantity, int year, int baseYear)
    {
        var fact = FactAssert.Single(text, quantity);
        Assert.Equal(year, fact.Time.Year);
        Assert.Equal(baseYear, fact.Time.BaseYear);
    }

    [Theory]
    // A relative word after 是 or 为 and before 的 is a base too, not the fact's year.
    [InlineData("今年双十一期间，文创产品线上销售额突破1.6亿元，是去年同期的1.8倍。", "1.8倍")]
    [InlineData("今年一季度全市出口额为去年的1.2倍。", "1.2倍")]
    public void A_relative_base_leaves_the_year_to_the_text(string text, string quantity)
    {
        var fact = FactAssert.Single(text, quantity, "2023-11-15");
        Assert.Equal(2023, fact.Time.Year);
        Assert.Equal(2022, fact.Time.BaseYear);
    }

    [Fact]
    public void A_level_has_no_base()
    {
        Assert.Null(FactAssert.Single("2021年，全市地区生产总值1228亿元。", "1228亿元").Time.BaseYear);
    }
}
