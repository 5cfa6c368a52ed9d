using FactExtractor.Quantities;

namespace FactExtractor.Tests.Quantities;

public sealed class ChineseNumeralsTests
{
    [Theory]
    // Arabic, with decimals.
    [InlineData("0", "0")]
    [InlineData("7", "7")]
    [InlineData("2023", "2023")]
    [InlineData("3.14", "3.14")]
    [InlineData("0.05", "0.05")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("83.53", "83.53")]
    // Each Chinese digit and positional word on its own.
    [InlineData("〇", "0")]
    [InlineData("零", "0")]
    [InlineData("一", "1")]
    [InlineData("二", "2")]
    [InlineData("三", "3")]
    [InlineData("四", "4")]
    [InlineData("五", "5")]
    [InlineData("六", "6")]
    [InlineData("七", "7")]
    [InlineData("八", "8")]
    [InlineData("九", "9")]
    [InlineData("两", "2")]
    [InlineData("十", "10")]
    [InlineData("百", "100")]
    [InlineData("千", "1000")]
    [InlineData("万", "10000")]
    [InlineData("亿", "100000000")]
    // Financial (capital) forms.
    [InlineData("壹", "1")]
    [InlineData("贰", "2")]
    [InlineData("叁", "3")]
    [InlineData("肆", "4")]
    [InlineData("伍", "5")]
    [InlineData("陆", "6")]
    [InlineData("柒", "7")]
    [InlineData("捌", "8")]
    [InlineData("玖", "9")]
    [InlineData("拾", "10")]
    [InlineData("佰", "100")]
    [InlineData("仟", "1000")]
    [InlineData("壹仟贰佰叁拾肆", "1234")]
    [InlineData("伍佰", "500")]
    [InlineData("玖拾捌", "98")]
    [InlineData("叁万陆仟", "36000")]
    // 廿 and 卅.
    [InlineData("廿", "20")]
    [InlineData("卅", "30")]
    [InlineData("廿三", "23")]
    [InlineData("卅五", "35")]
    // Positional numerals.
    [InlineData("十五", "15")]
    [InlineData("二十", "20")]
    [InlineData("二十一", "21")]
    [InlineData("两千", "2000")]
    [InlineData("两百", "200")]
    [InlineData("三千五百", "3500")]
    [InlineData("一百零五", "105")]
    [InlineData("一千零一十", "1010")]
    [InlineData("一万二千", "12000")]
    [InlineData("九千万", "90000000")]
    [InlineData("十万", "100000")]
    [InlineData("百万", "1000000")]
    [InlineData("千万", "10000000")]
    [InlineData("万亿", "1000000000000")]
    [InlineData("两亿", "200000000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("一亿零五百万", "105000000")]
    [InlineData("五万零三十", "50030")]
    // Abbreviated next place: 一万二 = 12000, 三百五 = 350, 一千二 = 1200.
    [InlineData("一万二", "12000")]
    [InlineData("三百五", "350")]
    [InlineData("一千二", "1200")]
    // Mixed Arabic and Chinese.
    [InlineData("3万4000", "34000")]
    [InlineData("1.2万亿", "1200000000000")]
    [InlineData("1.5万", "15000")]
    [InlineData("35亿", "3500000000")]
    [InlineData("2亿3000万", "230000000")]
    [InlineData("3千", "3000")]
    // Decimals written with 点.
    [InlineData("五点二", "5.2")]
    [InlineData("三点一四", "3.14")]
    [InlineData("零点五", "0.5")]
    [InlineData("十二点五", "12.5")]
    [InlineData("一点二万", "12000")]
    // Digit by digit.
    [InlineData("二〇二一", "2021")]
    [InlineData("一九九八", "1998")]
    [InlineData("二〇〇八", "2008")]
    public void Parses(string text, string expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value), text);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("增长")]
    [InlineData("3个")]
    [InlineData("五点")]
    [InlineData("1.2.3")]
    public void Rejects_text_that_is_not_one_number(string text) =>
        Assert.False(ChineseNumerals.TryParse(text, out _), text);

    [Theory]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("100000000000000000000000000000000000000000000000000")]
    [InlineData("亿亿亿亿")]
    [InlineData("九千亿亿亿亿")]
    [InlineData("99999999999999999999999999亿")]
    [InlineData("99999999999999999999999999万亿")]
    public void Overflow_returns_false_and_does_not_throw(string text)
    {
        Assert.False(ChineseNumerals.TryParse(text, out var value), text);
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData('〇', 0)]
    [InlineData('零', 0)]
    [InlineData('一', 1)]
    [InlineData('壹', 1)]
    [InlineData('两', 2)]
    [InlineData('贰', 2)]
    [InlineData('九', 9)]
    [InlineData('玖', 9)]
    [InlineData('十', -1)]
    [InlineData('a', -1)]
    [InlineData('5', -1)]
    public void DigitValue_of_a_character(char c, int expected) =>
        Assert.Equal(expected, ChineseNumerals.DigitValue(c));

    [Theory]
    [InlineData('〇', true)]
    [InlineData('两', true)]
    [InlineData('拾', true)]
    [InlineData('仟', true)]
    [InlineData('万', true)]
    [InlineData('亿', true)]
    [InlineData('廿', true)]
    [InlineData('卅', true)]
    [InlineData('点', false)]
    [InlineData('元', false)]
    [InlineData('5', false)]
    public void Recognizes_numeral_characters(char c, bool expected) =>
        Assert.Equal(expected, ChineseNumerals.IsChineseNumeralChar(c));
}
