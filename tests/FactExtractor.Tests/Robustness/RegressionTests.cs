using FactExtractor.Tests.Schema;

namespace FactExtractor.Tests.Robustness;

/// <summary>
/// Inputs the property tests and the fuzzer found to break the pipeline, kept as plain tests:
/// each failed (an exception, a schema violation, a half range) before the fix named in its case.
/// </summary>
public sealed class RegressionTests
{
    private static readonly FactPipeline s_pipeline = new FactPipelineBuilder().Build();

    /// <summary>
    /// The fact scorer multiplied value and scale in decimal: 7.9e28 万亿 threw OverflowException
    /// out of Extract. The parser also dropped numbers beyond decimal without the promised warning.
    /// </summary>
    [Theory]
    [InlineData("GDP达79228162514264337593543950335万亿美元。", 4)]
    [InlineData("-79228162514264337593543950336万亿美元", 1)]
    [InlineData("收入79228162514264337593543950335亿元。", 2)]
    [InlineData("投资1至79228162514264337593543950335万亿元。", 4)]
    [InlineData("排名第99999999999999999999999999999999位", 3)]
    public void A_number_beyond_decimal_is_skipped_with_a_warning_that_names_it(string text, int offset)
    {
        var doc = s_pipeline.Extract(text, default);

        Assert.Empty(doc.Facts);
        var warning = Assert.Single(doc.Warnings);
        Assert.Contains($"offset {offset}.", warning, StringComparison.Ordinal);
        AssertValid(doc);
    }

    [Fact]
    public void One_followed_by_a_thousand_zeros_is_skipped_with_a_warning_and_the_rest_is_read()
    {
        var text = "收入1" + new string('0', 1000) + "元，增长5%。";

        var doc = s_pipeline.Extract(text, default);

        Assert.Single(doc.Warnings);
        Assert.Equal("5%", Assert.Single(doc.Facts).Quantity.Text);
        ExtractPropertyTests.AssertSpans(text, doc);
        AssertValid(doc);
    }

    /// <summary>A range whose high end overflowed in the unit factor was written with a low end and no high end.</summary>
    [Fact]
    public void A_range_with_one_end_too_large_is_skipped_whole()
    {
        var doc = s_pipeline.Extract("面积3至7000000000000000000000000万平方公里。", default);

        Assert.Empty(doc.Facts);
        Assert.Single(doc.Warnings);
        AssertValid(doc);
    }

    /// <summary>A reference date at the ends of DateOnly made years 0, 1 or 10000, outside the schema's four digits.</summary>
    [Theory]
    [InlineData(1, 1, 1, "去年增长6%，今年增长5%。")]
    [InlineData(1, 1, 1, "全市生产总值同比增长6%。")]
    [InlineData(1000, 1, 1, "近5年累计完成投资30亿元，同比增长6%。")]
    [InlineData(9999, 12, 31, "明年增长5%，今年增长6%。")]
    public void Years_outside_four_digits_are_left_out(int year, int month, int day, string text)
    {
        var doc = s_pipeline.Extract(text, new ExtractOptions { ReferenceDate = new DateOnly(year, month, day) });

        Assert.NotEmpty(doc.Facts);
        foreach (var time in doc.Facts.Select(f => f.Time))
        {
            Assert.True(time.Year is null or (>= 1000 and <= 9999), $"year {time.Year}");
            Assert.True(time.BaseYear is null or (>= 1000 and <= 9999), $"base year {time.BaseYear}");
            Assert.True(time.Period is null || time.Period.From >= 1000, $"period from {time.Period?.From}");
        }
        AssertValid(doc);
    }

    private static void AssertValid(FactDocument doc)
    {
        var json = FactJson.Serialize(doc, indented: false);
        var result = OutputSchemaTests.Evaluate(json);
        Assert.True(result.IsValid, OutputSchemaTests.Describe(result) + "\n" + json);
    }
}
