namespace FactExtractor.Tests.FactRules;

/// <summary>
/// The year of a fact (SPEC section 2): explicit, governing its clause or sentence, fixed by a
/// title, heading or earlier sentence, month and quarter periods, relative words against the
/// reference date, plan periods; never guessed.
/// </summary>
public sealed class YearTests
{
    [Theory]
    // An explicit year attached to the quantity.
    [InlineData("建成区面积由2012年的18平方公里扩大至35.2平方公里。", "18平方公里", "", 2012, TimeSource.Explicit)]
    [InlineData("全区生产总值从2012年的83.53亿元增长至2021年的171.76亿元。", "171.76亿元", "", 2021, TimeSource.Explicit)]
    [InlineData("二〇二一年全县粮食产量达到45万吨。", "45万吨", "", 2021, TimeSource.Explicit)]
    // A time phrase that governs the clause or the sentence.
    [InlineData("2021年，全市地区生产总值1228亿元，同比增长6.5%。", "6.5%", "", 2021, TimeSource.Explicit)]
    [InlineData("截至2022年底，全省共有高新技术企业2100家。", "2100家", "", 2022, TimeSource.Explicit)]
    // A period within a year: the facts belong to that year (a range of years is a period, below).
    [InlineData("2021年1—9月，全市规模以上工业增加值增长8.5%。", "8.5%", "", 2021, TimeSource.Explicit)]
    public void Explicit_years(string text, string quantity, string referenceDate, int year, TimeSource source)
    {
        var fact = FactAssert.Single(text, quantity, referenceDate);
        Assert.Equal(year, fact.Time.Year);
        Assert.Equal(source, fact.Time.Source);
    }

    [Fact]
    public void The_start_year_of_a_change_names_only_its_own_number()
    {
        // 由2012年的18平方公里扩大至35.2平方公里: 35.2 is of no stated year.
        var doc = FactAssert.Extract("建成区面积由2012年的18平方公里扩大至35.2平方公里。");
        Assert.Equal(2012, FactAssert.Find(doc, "18平方公里").Time.Year);
        Assert.Null(FactAssert.Find(doc, "35.2平方公里").Time.Year);
    }

    [Theory]
    // A bulletin's title fixes the year of its 全年 and 年末 in every paragraph.
    [InlineData("某市2012年国民经济和社会发展统计公报\n全年地区生产总值4000亿元。\n年末全市户籍人口280万人。", "280万人", 2012)]
    // A year that opens a sentence governs the sentences after it in its paragraph.
    [InlineData("2020年，全区经济平稳运行。全区规模以上工业增加值增长4.1%。", "4.1%", 2020)]
    // A report of a year named in the title (…2022年年报点评) dates the facts no time word dates.
    [InlineData("青禾股份（600001）2022年年报点评：盈利能力阶段性承压，新品放量可期\n投资评级：买入（维持）\n\n点评：毛利率同比下降1.5个百分点至31.2%。", "31.2%", 2022)]
    public void Years_fixed_earlier_in_the_document(string text, string quantity, int year)
    {
        var fact = FactAssert.Single(text, quantity);
        Assert.Equal(year, fact.Time.Year);
        Assert.Equal(TimeSource.Inherited, fact.Time.Source);
    }

    [Fact]
    public void A_year_inside_a_paragraph_does_not_reach_the_next_paragraph()
    {
        // Only the title's year is the document's year; 2019年 holds to the end of its paragraph.
        var doc = FactAssert.Extract("某县2021年经济运行情况\n回顾2019年，全县生产总值120亿元。\n全年全县粮食产量30万吨。");
        Assert.Equal(2019, FactAssert.Find(doc, "120亿元").Time.Year);
        Assert.Equal(2021, FactAssert.Find(doc, "30万吨").Time.Year);
    }

    [Theory]
    // Month and quarter periods take the year of the reference date.
    [InlineData("今年一季度，全市规模以上工业增加值增长8.2%。", "8.2%", "2023-05-10", 2023)]
    [InlineData("1-5月，全省出口总额增长6.5%。", "6.5%", "2023-06-15", 2023)]
    [InlineData("上半年，全县居民人均可支配收入15230元。", "15230元", "2022-07-20", 2022)]
    [InlineData("6月份，全市新建商品住宅销售面积下降3.4%。", "3.4%", "2021-07-15", 2021)]
    // Relative words.
    [InlineData("去年全市粮食总产量达到45万吨。", "45万吨", "2023-03-01", 2022)]
    [InlineData("上年全区实现地区生产总值210亿元。", "210亿元", "2020-02-10", 2019)]
    [InlineData("目前，全省共有5G基站8.6万个。", "8.6万个", "2024-09-01", 2024)]
    [InlineData("截至目前，全区已引进项目36个。", "36个", "2022-11-30", 2022)]
    [InlineData("现在全村有合作社12家。", "12家", "2021-05-05", 2021)]
    // A date without a year.
    [InlineData("1月14日，沪指下跌1.2%。", "1.2%", "2023-01-15", 2023)]
    // The level right after a base year is of that year; a multiple of it is not.
    [InlineData("今年内销比重提高到68.31%，比2009年同期的66.83%高1.48个百分点。", "66.83%", "2010-11-01", 2009)]
    [InlineData("今年全区生产总值是2012年的2.2倍。", "2.2倍", "2021-11-01", 2021)]
    // 恢复至 a year's level: a ratio of this year to that one, and a base that does not carry on.
    [InlineData("今年全省机场旅客吞吐量恢复至2019年同期的95.2%，货邮吞吐量12.3万吨。", "95.2%", "2023-10-20", 2023)]
    [InlineData("今年全省机场旅客吞吐量恢复至2019年同期的95.2%，货邮吞吐量12.3万吨。", "12.3万吨", "2023-10-20", 2023)]
    [InlineData("今年客运量将恢复至2019年的八成左右。", "八成", "2023-03-20", 2023)]
    // 当年 keeps the year written before it in its sentence.
    [InlineData("截至2016年底，全国参保人数3666万，当年基金收入6365亿元。", "6365亿元", "2019-01-01", 2016)]
    [InlineData("2017年全市经济平稳。2018年，全市基金总收入5.5万亿元，当年结余5982亿元。", "5982亿元", "2019-01-01", 2018)]
    // After 去年, a month without a year that opens a clause is of the reference year; after a
    // written year it is of that year, and without a month 去年 holds on.
    [InlineData("去年6月初，全市生猪价格为每公斤9.6元。据统计，5月底全市生猪存栏量120万头。", "120万头", "2011-07-11", 2011)]
    [InlineData("2010年6月初，全市生猪价格为每公斤9.6元。据统计，5月底全市生猪存栏量120万头。", "120万头", "2011-07-11", 2010)]
    [InlineData("去年6月初，全市生猪价格为每公斤9.6元。此后，全市生猪存栏量回升到120万头。", "120万头", "2011-07-11", 2010)]
    // A year in the title that names no report (2022年业务回顾) does not date the document.
    [InlineData("青禾股份（600001）2022年业务回顾：盈利能力阶段性承压，新品放量可期\n投资评级：买入（维持）\n\n点评：毛利率同比下降1.5个百分点至31.2%。", "31.2%", "2023-04-25", 2023)]
    public void Relative_words_resolve_against_the_reference_date(string text, string quantity, string referenceDate, int year)
    {
        var fact = FactAssert.Single(text, quantity, referenceDate);
        Assert.Equal(year, fact.Time.Year);
    }

    [Theory]
    // Early in a year, a year's total that no time word dates is of the year just ended.
    [InlineData("西江市地区生产总值首次迈上5000亿元台阶。", "5000亿元", "2023-01-20", 2022)]
    [InlineData("全省居民人均可支配收入达到41200元。", "41200元", "2024-02-06", 2023)]
    [InlineData("全国GDP超万亿的城市增至26个。", "26个", "2023-01-30", 2022)]
    // 全年 and 年底 with no year in force are then the year just ended too.
    [InlineData("全年完成交通固定资产投资1562亿元。", "1562亿元", "2024-01-26", 2023)]
    [InlineData("截至年底，全省高速公路总里程达到10158公里。", "10158公里", "2024-02-10", 2023)]
    [InlineData("全年完成交通固定资产投资1562亿元。", "1562亿元", "2024-06-26", 2024)]
    // Not later in the year, and not for what is not a year's total.
    [InlineData("西江市地区生产总值首次迈上5000亿元台阶。", "5000亿元", "2023-08-20", 2023)]
    [InlineData("目前，全市有规上工业企业1.2万家。", "1.2万家", "2023-01-20", 2023)]
    public void Undated_totals_early_in_a_year(string text, string quantity, string referenceDate, int year)
    {
        Assert.Equal(year, FactAssert.Single(text, quantity, referenceDate).Time.Year);
    }

    [Theory]
    // A list after 分别 with one number for each year of a period takes the years in order.
    [InlineData("预计公司2024-2026年净利润分别为3.1、3.8、4.6亿元。", "3.1", 2024)]
    [InlineData("预计公司2024-2026年净利润分别为3.1、3.8、4.6亿元。", "3.8", 2025)]
    [InlineData("预计公司2024-2026年营业收入分别为20.5、24.2、28.9亿元，对应EPS分别为0.52、0.63、0.77元。", "0.77元", 2026)]
    public void A_list_over_the_years_of_a_period(string text, string quantity, int year)
    {
        var fact = FactAssert.Single(text, quantity, "2024-04-25");
        Assert.Equal(year, fact.Time.Year);
        Assert.Null(fact.Time.Period);
    }

    [Theory]
    // Years listed right before 分别 go in order to the numbers after it, as many as there are years.
    [InlineData("公司2021年和2022年则分别为亏损3.2亿元和盈利1.5亿元。", "3.2亿元", 2021)]
    [InlineData("公司2021年和2022年则分别为亏损3.2亿元和盈利1.5亿元。", "1.5亿元", 2022)]
    [InlineData("全市2020年、2021年分别增长5.1%、6.3%和7.0%。", "5.1%", 2021)]
    public void Years_listed_before_fenbie(string text, string quantity, int year)
    {
        Assert.Equal(year, FactAssert.Single(text, quantity, "2023-04-25").Time.Year);
    }

    [Fact]
    public void A_list_that_does_not_match_the_period_keeps_it()
    {
        var fact = FactAssert.Single("2021-2023年全市累计新增就业分别为5.2万人和6.1万人。", "5.2万人", "2024-04-25");
        Assert.Equal(new YearPeriod(2021, 2023), fact.Time.Period);
    }

    [Theory]
    [InlineData("去年全市粮食总产量达到45万吨。", "45万吨")]
    [InlineData("今年一季度，全市规模以上工业增加值增长8.2%。", "8.2%")]
    [InlineData("目前，全省共有5G基站8.6万个。", "8.6万个")]
    [InlineData("全市共有公园48个。", "48个")]
    public void Without_a_reference_date_no_year_is_guessed(string text, string quantity)
    {
        Assert.Null(FactAssert.Single(text, quantity).Time.Year);
    }

    [Theory]
    // "As of" a month without a year: the latest such month up to the reference date.
    [InlineData("2022年全省新能源汽车产量增长90%。截至2月底，全省公共充电桩保有量超过8.6万台。", "8.6万台", "2023-03-02", 2023)]
    [InlineData("截至11月底，全省公共充电桩保有量超过8.6万台。", "8.6万台", "2023-03-02", 2022)]
    public void As_of_a_month(string text, string quantity, string referenceDate, int year)
    {
        Assert.Equal(year, FactAssert.Single(text, quantity, referenceDate).Time.Year);
    }

    [Fact]
    public void A_year_inside_the_period_after_it_stays()
    {
        var fact = FactAssert.Single("到2025年“十四五”收官时，全省高速公路总里程将达到1.1万公里。", "1.1万公里", "2023-02-01");
        Assert.Equal(2025, fact.Time.Year);
    }

    [Fact]
    public void This_one_year_is_no_span()
    {
        var fact = FactAssert.Single("2019年，开发区晋升为国家级开发区。这一年，全区生产总值达到120亿元。", "120亿元", "2022-09-01");
        Assert.Equal(2019, fact.Time.Year);
        Assert.Null(fact.Time.Period);
    }

    [Fact]
    public void Without_a_reference_date_a_span_of_recent_years_leaves_its_paragraph_without_a_year()
    {
        var doc = FactAssert.Extract("2013年，开发区晋升为国家级开发区。回顾这十年，全区生产总值从2012年的83亿元增长至2021年的171亿元。税收收入增长3倍。\n2013年全区税收10亿元。");
        Assert.Equal(2012, FactAssert.Find(doc, "83亿元").Time.Year);
        Assert.Null(FactAssert.Find(doc, "3倍").Time.Year);
        Assert.Equal(2013, FactAssert.Find(doc, "10亿元").Time.Year);
    }

    [Theory]
    [InlineData("“十一五”期间，全市累计完成投资900亿元。", "900亿元", 2006, 2010)]
    [InlineData("“十二五”期间，全县新增就业岗位5.2万个。", "5.2万个", 2011, 2015)]
    [InlineData("“十三五”期间，全区累计完成投资1200亿元。", "1200亿元", 2016, 2020)]
    [InlineData("十四五时期，全省计划新建学校300所。", "300所", 2021, 2025)]
    [InlineData("十五五期间，全市力争新增高新技术企业500家。", "500家", 2026, 2030)]
    [InlineData("2016—2020年，全区累计完成固定资产投资860亿元。", "860亿元", 2016, 2020)]
    public void Plan_and_year_periods(string text, string quantity, int from, int to)
    {
        var period = FactAssert.Single(text, quantity).Time.Period;
        Assert.NotNull(period);
        Assert.Equal((from, to), (period.From, period.To));
    }

    [Theory]
    [InlineData("近5年，全区累计投资300亿元。", "300亿元", "2022-09-28", 2017, 2021)]
    [InlineData("过去五年，全市生产总值连跨三个千亿台阶，达到9650亿元。", "9650亿元", "2022-01-05", 2017, 2021)]
    [InlineData("十年来，全区新增企业500家。", "500家", "2022-10-01", 2012, 2021)]
    [InlineData("回顾这十年，全区新增企业500家。", "500家", "2022-10-01", 2012, 2021)]
    public void Recent_years_are_a_period_before_the_reference_year(string text, string quantity, string referenceDate, int from, int to)
    {
        var period = FactAssert.Single(text, quantity, referenceDate).Time.Period;
        Assert.NotNull(period);
        Assert.Equal((from, to), (period.From, period.To));
    }

    [Theory]
    // A fact of a span of years is of no single year: not the reference year, not the year before.
    [InlineData("2021年全市经济平稳。过去五年，全市生产总值连跨三个千亿台阶，达到9650亿元。", "9650亿元", "2022-01-05")]
    [InlineData("“十四五”期间，全省计划新建学校300所。", "300所", "2023-03-01")]
    // A paragraph that opens with a span speaks of it, past a year that governs one clause.
    [InlineData("“十三五”时期，全区经济稳中有进，2020年生产总值达到685亿元。全区引进院士3人。", "3人", "2021-02-20")]
    // A written range of years is a period as a plan is (SPEC: 年均增长14.5% is of 2015–2020), also after a year outside it.
    [InlineData("2005—2018年，全国养老保险基金收入增速的平均值为19.3%。", "19.3%", "2019-04-01")]
    [InlineData("2013年，开发区升级。2016—2020年，全区累计完成投资860亿元。", "860亿元", "2021-03-01")]
    [InlineData("2013年全区开工项目40个，2016—2020年累计完成投资860亿元。", "860亿元", "2021-03-01")]
    [InlineData("十年间，全区累计引进亿元以上项目286个。", "286个", "2022-09-01")]
    // A span that makes a clause of its own (回顾这十年，) frames the paragraph too.
    [InlineData("2013年，开发区晋升为国家级开发区。回顾这十年，全区生产总值翻了一番。税收收入增长3倍。", "3倍", "2022-09-01")]
    public void A_fact_of_a_period_has_no_year(string text, string quantity, string referenceDate)
    {
        var time = FactAssert.Single(text, quantity, referenceDate).Time;
        Assert.NotNull(time.Period);
        Assert.Null(time.Year);
    }

    [Theory]
    [InlineData("“十二五”末我国煤炭产量将达45亿吨。", "45亿吨", 2015)]
    [InlineData("到十三五期末，全区高新技术企业达到500家。", "500家", 2020)]
    public void The_end_of_a_plan_is_its_last_year(string text, string quantity, int year)
    {
        var time = FactAssert.Single(text, quantity, "2012-05-01").Time;
        Assert.Equal(year, time.Year);
        Assert.Null(time.Period);
    }

    [Theory]
    // A norm or a habit is of no year, whatever year is in force.
    [InlineData("2018年全国经济平稳。国际上通常把60岁以上人口占总人口比重超过10%作为进入老龄化社会的标准。", "10%")]
    [InlineData("2016年参保人数增加。按照规定，用人单位按工资总额的16%缴费。", "16%")]
    // So is a fact of an unnumbered span of recent years.
    [InlineData("2018年全市经济平稳。从最近几年的情况来看，第二产业比重仍然接近40%。", "40%")]
    [InlineData("2018年企业负债率上升。一般来讲，企业负债率的警戒线为70%左右。", "70%")]
    [InlineData("正常情况下，生猪存栏与能繁母猪之比为10∶1。", "10∶1")]
    // Also when the cue comes after a year written earlier in the sentence.
    [InlineData("收入占比从2005年的12.8%上升至2017年的18.5%；其他收入占比近几年围绕4.5%上下波动。", "4.5%")]
    public void A_norm_or_a_vague_span_has_no_year(string text, string quantity)
    {
        Assert.Null(FactAssert.Single(text, quantity, "2019-01-01").Time.Year);
    }

    [Fact]
    public void Recent_years_without_a_reference_date_give_no_period()
    {
        Assert.Null(FactAssert.Single("近5年，全区累计投资300亿元。", "300亿元").Time.Period);
    }

    [Fact]
    public void An_ordinal_session_is_no_plan()
    {
        // 第十五次党代会 is not the 十五 plan (2001–2005).
        var fact = FactAssert.Single("东莞市第十五次党代会开幕，会上提到全市生产总值9650亿元。", "9650亿元", "2022-01-05");
        Assert.Null(fact.Time.Period);
    }
}
