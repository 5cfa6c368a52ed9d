using System.Text;
using System.Text.Json;

namespace FactExtractor.Tests.Serialization;

public sealed class FactJsonTests
{
    private static FactDocument FullDocument() => new(
        FactDocument.CurrentSchemaVersion,
        new DocumentInfo("a1", new DateOnly(2022, 9, 30), 120),
        [
            new Fact(
                "f1", FactKind.Value, Modality.Actual,
                new TextSpan("建成区面积", 40, 45), "扩大",
                new Quantity("12.6平方公里", 52, 60, 12.6m, 1m, "平方公里", 12600000, "m2", "area", Bound.Exact, null, null, null),
                new TimeInfo(2015, "2015年", TimeSource.Explicit, null, null),
                new TextRange(38, 90), 0.97),
            new Fact(
                "f2", FactKind.Change, Modality.Target,
                null, null,
                new Quantity("3至5万元", 95, 101, 3m, 10000m, "元", 30000, "CNY", "currency", Bound.MoreThan, "超过", 30000, 50000),
                new TimeInfo(null, "十三五", TimeSource.Inherited, 2015, new YearPeriod(2016, 2020)),
                new TextRange(91, 110), 0.5),
            new Fact(
                "f3", FactKind.Rank, Modality.Actual,
                null, null,
                new Quantity("第58位", 111, 115, 58m, 1m, "位", 58, "rank", "rank", Bound.Approximate, null, null, null),
                TimeInfo.None,
                new TextRange(110, 120), 0.8),
        ],
        ["跳过了一个数"]);

    private static FactDocument EmptyDocument() => new(
        FactDocument.CurrentSchemaVersion, new DocumentInfo(null, null, 0), [], []);

    [Fact]
    public void Has_the_spec_shape_with_camelCase_names_in_order()
    {
        using var json = JsonDocument.Parse(FactJson.Serialize(FullDocument()));
        var root = json.RootElement;

        AssertNames(root, "schemaVersion", "document", "facts", "warnings");
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        AssertNames(root.GetProperty("document"), "id", "referenceDate", "length");
        Assert.Equal("a1", root.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("2022-09-30", root.GetProperty("document").GetProperty("referenceDate").GetString());
        Assert.Equal(120, root.GetProperty("document").GetProperty("length").GetInt32());

        var facts = root.GetProperty("facts");
        Assert.Equal(3, facts.GetArrayLength());
        var f1 = facts[0];
        AssertNames(f1, "id", "kind", "modality", "subject", "predicate", "quantity", "time", "sentence", "confidence");
        AssertNames(f1.GetProperty("subject"), "text", "start", "end");
        AssertNames(f1.GetProperty("quantity"), "text", "start", "end", "value", "scale", "unit", "normalizedValue", "normalizedUnit", "dimension", "bound", "cue", "low", "high");
        AssertNames(f1.GetProperty("time"), "year", "text", "source", "baseYear", "period");
        AssertNames(f1.GetProperty("sentence"), "start", "end");
        AssertNames(facts[1].GetProperty("time").GetProperty("period"), "from", "to");

        Assert.Equal("f1", f1.GetProperty("id").GetString());
        Assert.Equal("建成区面积", f1.GetProperty("subject").GetProperty("text").GetString());
        Assert.Equal(40, f1.GetProperty("subject").GetProperty("start").GetInt32());
        Assert.Equal("扩大", f1.GetProperty("predicate").GetString());
        var q = f1.GetProperty("quantity");
        Assert.Equal("12.6平方公里", q.GetProperty("text").GetString());
        Assert.Equal(52, q.GetProperty("start").GetInt32());
        Assert.Equal(60, q.GetProperty("end").GetInt32());
        Assert.Equal(12.6m, q.GetProperty("value").GetDecimal());
        Assert.Equal(1m, q.GetProperty("scale").GetDecimal());
        Assert.Equal(12600000d, q.GetProperty("normalizedValue").GetDouble());
        Assert.Equal("m2", q.GetProperty("normalizedUnit").GetString());
        Assert.Equal("area", q.GetProperty("dimension").GetString());
        Assert.Equal(2015, f1.GetProperty("time").GetProperty("year").GetInt32());
        Assert.Equal(0.97, f1.GetProperty("confidence").GetDouble());
        Assert.Equal(2016, facts[1].GetProperty("time").GetProperty("period").GetProperty("from").GetInt32());
        Assert.Equal(2020, facts[1].GetProperty("time").GetProperty("period").GetProperty("to").GetInt32());
        Assert.Equal(30000d, facts[1].GetProperty("quantity").GetProperty("low").GetDouble());
        Assert.Equal(50000d, facts[1].GetProperty("quantity").GetProperty("high").GetDouble());
        Assert.Equal("跳过了一个数", root.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public void Enums_are_camelCase_strings()
    {
        using var json = JsonDocument.Parse(FactJson.Serialize(FullDocument()));
        var facts = json.RootElement.GetProperty("facts");

        Assert.Equal(["value", "change", "rank"], facts.EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(["actual", "target", "actual"], facts.EnumerateArray().Select(f => f.GetProperty("modality").GetString()));
        Assert.Equal(["exact", "moreThan", "approximate"], facts.EnumerateArray().Select(f => f.GetProperty("quantity").GetProperty("bound").GetString()));
        Assert.Equal("explicit", facts[0].GetProperty("time").GetProperty("source").GetString());
        Assert.Equal("inherited", facts[1].GetProperty("time").GetProperty("source").GetString());
    }

    [Theory]
    [InlineData(Bound.Exact, "exact")]
    [InlineData(Bound.Approximate, "approximate")]
    [InlineData(Bound.AtLeast, "atLeast")]
    [InlineData(Bound.MoreThan, "moreThan")]
    [InlineData(Bound.AtMost, "atMost")]
    [InlineData(Bound.LessThan, "lessThan")]
    public void Every_bound_is_written_camelCase_and_read_back(Bound bound, string expected)
    {
        var doc = FullDocument();
        var fact = doc.Facts[0] with { Quantity = doc.Facts[0].Quantity with { Bound = bound } };
        doc = doc with { Facts = [fact] };

        var text = FactJson.Serialize(doc);

        Assert.Contains($"\"bound\": \"{expected}\"", text, StringComparison.Ordinal);
        Assert.Equal(bound, FactJson.Deserialize(text).Facts[0].Quantity.Bound);
    }

    [Theory]
    [InlineData(FactKind.Value, "value")]
    [InlineData(FactKind.Change, "change")]
    [InlineData(FactKind.Ratio, "ratio")]
    [InlineData(FactKind.Share, "share")]
    [InlineData(FactKind.Rank, "rank")]
    public void Every_kind_is_written_camelCase(FactKind kind, string expected)
    {
        var doc = FullDocument();
        doc = doc with { Facts = [doc.Facts[0] with { Kind = kind }] };

        Assert.Contains($"\"kind\":\"{expected}\"", FactJson.Serialize(doc, indented: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimeSource.Explicit, "explicit")]
    [InlineData(TimeSource.Inherited, "inherited")]
    [InlineData(TimeSource.Document, "document")]
    public void Every_time_source_is_written_camelCase(TimeSource source, string expected)
    {
        var doc = FullDocument();
        doc = doc with { Facts = [doc.Facts[0] with { Time = doc.Facts[0].Time with { Source = source } }] };

        Assert.Contains($"\"source\":\"{expected}\"", FactJson.Serialize(doc, indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_fields_are_present_as_null()
    {
        using var json = JsonDocument.Parse(FactJson.Serialize(FullDocument()));
        var f3 = json.RootElement.GetProperty("facts")[2];

        Assert.Equal(JsonValueKind.Null, f3.GetProperty("subject").ValueKind);
        Assert.Equal(JsonValueKind.Null, f3.GetProperty("predicate").ValueKind);
        var q = f3.GetProperty("quantity");
        Assert.Equal(JsonValueKind.Null, q.GetProperty("cue").ValueKind);
        Assert.Equal(JsonValueKind.Null, q.GetProperty("low").ValueKind);
        Assert.Equal(JsonValueKind.Null, q.GetProperty("high").ValueKind);
        var time = f3.GetProperty("time");
        foreach (var name in new[] { "year", "text", "source", "baseYear", "period" })
            Assert.Equal(JsonValueKind.Null, time.GetProperty(name).ValueKind);

        using var empty = JsonDocument.Parse(FactJson.Serialize(EmptyDocument()));
        var document = empty.RootElement.GetProperty("document");
        Assert.Equal(JsonValueKind.Null, document.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("referenceDate").ValueKind);
        Assert.Equal(0, empty.RootElement.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, empty.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Chinese_is_written_as_is(bool indented)
    {
        var text = FactJson.Serialize(FullDocument(), indented);

        Assert.Contains("建成区面积", text, StringComparison.Ordinal);
        Assert.Contains("12.6平方公里", text, StringComparison.Ordinal);
        Assert.Contains("跳过了一个数", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_output_is_one_line_and_indented_output_is_not()
    {
        var compact = FactJson.Serialize(FullDocument(), indented: false);
        var indented = FactJson.Serialize(FullDocument());

        Assert.DoesNotContain('\n', compact);
        Assert.StartsWith("{\"schemaVersion\":\"1\",", compact, StringComparison.Ordinal);
        Assert.Contains('\n', indented);
        Assert.Equal(indented, FactJson.Serialize(FullDocument(), indented: true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Round_trips(bool indented)
    {
        foreach (var doc in new[] { FullDocument(), EmptyDocument() })
        {
            var text = FactJson.Serialize(doc, indented);

            var back = FactJson.Deserialize(text);

            AssertSameDocument(doc, back);
            Assert.Equal(text, FactJson.Serialize(back, indented));
        }
    }

    [Fact]
    public void Pipeline_output_round_trips()
    {
        var doc = new FactPipelineBuilder().Build().Extract(
            "2021年，全市生产总值达到1,234.5亿元，同比增长8.1%；常住人口7万余人，贷款额度为3至5万元，不良率约为千分之五，排名全省第3位。",
            new ExtractOptions { DocumentId = "round-trip", ReferenceDate = new DateOnly(2022, 9, 30) });
        Assert.True(doc.Facts.Count >= 5);

        var text = FactJson.Serialize(doc);
        var back = FactJson.Deserialize(text);

        AssertSameDocument(doc, back);
        Assert.Equal(text, FactJson.Serialize(back));
    }

    [Fact]
    public void Stream_output_is_the_same_UTF8_text()
    {
        using var stream = new MemoryStream();

        FactJson.Serialize(stream, FullDocument(), indented: false);

        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM");
        Assert.Equal(FactJson.Serialize(FullDocument(), indented: false), Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\":\"1\",\"facts\":3}")]
    [InlineData("{")]
    public void Invalid_json_is_a_JsonException(string text) =>
        Assert.ThrowsAny<JsonException>(() => FactJson.Deserialize(text));

    [Fact]
    public void Enum_numbers_are_rejected()
    {
        var text = FactJson.Serialize(FullDocument(), indented: false).Replace("\"bound\":\"exact\"", "\"bound\":0", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => FactJson.Deserialize(text));
    }

    private static void AssertSameDocument(FactDocument expected, FactDocument actual)
    {
        Assert.Equal(expected.SchemaVersion, actual.SchemaVersion);
        Assert.Equal(expected.Document, actual.Document);
        Assert.Equal(expected.Facts, actual.Facts); // records: compared field by field
        Assert.Equal(expected.Warnings, actual.Warnings);
    }

    private static void AssertNames(JsonElement element, params string[] names) =>
        Assert.Equal(names, element.EnumerateObject().Select(p => p.Name));
}
