using System.Text.Json;
using System.Text.Json.Nodes;
using FactExtractor.Tests.Spans;
using Json.Schema;

namespace FactExtractor.Tests.Schema;

/// <summary>
/// schema/factextractor-1.schema.json describes what <see cref="FactJson"/> writes: the output for
/// every corpus document must validate, documents broken on purpose must not, and the schema's
/// enums must name exactly what the model can hold.
/// </summary>
public sealed class OutputSchemaTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFile(SchemaPath, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions s_evaluation = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    private static readonly FactPipeline s_pipeline = new FactPipelineBuilder().Build();

    private static string SchemaPath => Path.Combine(Corpus.RepoRoot, "schema", "factextractor-1.schema.json");

    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var path in Corpus.DocumentPaths())
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Fact]
    public void The_corpus_has_documents_to_validate()
    {
        Assert.True(Corpus.DocumentPaths().Count >= 20, $"expected the 20 corpus documents in {Corpus.Directory}");
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Output_for_a_corpus_document_is_valid(string name)
    {
        var text = File.ReadAllText(Path.Combine(Corpus.Directory, name + ".txt"));
        var options = new ExtractOptions { DocumentId = name, ReferenceDate = GoldReferenceDate(name) };

        var document = s_pipeline.Extract(text, options);

        Assert.NotEmpty(document.Facts);
        AssertValid(FactJson.Serialize(document, indented: false), name);
    }

    [Fact]
    public void Output_for_the_sample_article_is_valid_both_compact_and_indented()
    {
        var text = File.ReadAllText(Path.Combine(Corpus.RepoRoot, "samples", "articles", "qingshui-district-2022.txt"));
        var document = s_pipeline.Extract(text, new ExtractOptions { ReferenceDate = new DateOnly(2022, 9, 28) });

        AssertValid(FactJson.Serialize(document, indented: false), "sample, compact");
        AssertValid(FactJson.Serialize(document, indented: true), "sample, indented");
    }

    [Fact]
    public void Output_without_facts_ids_or_dates_is_valid()
    {
        AssertValid(FactJson.Serialize(s_pipeline.Extract("")), "empty text");
        AssertValid(FactJson.Serialize(s_pipeline.Extract("没有数字的一句话。")), "no numbers");
    }

    [Fact]
    public void The_json_example_in_the_readme_is_valid()
    {
        var readme = File.ReadAllText(Path.Combine(Corpus.RepoRoot, "README.md"));
        var start = readme.IndexOf("```json\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```json block");
        start += "```json\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        AssertValid(readme[start..end], "README.md's JSON example");
    }

    public static TheoryData<string> Breakages() =>
    [
        "missing required field",
        "unknown kind",
        "unknown modality",
        "unknown bound",
        "unknown time source",
        "unknown dimension",
        "extra property",
        "wrong canonical unit for the dimension",
        "range with one end",
        "negative offset",
        "fact id out of pattern",
        "confidence above 1",
        "reference date not a date",
        "schema version 2",
        "offset as a string",
        "subject without text",
    ];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_document_fails_validation(string breakage)
    {
        var document = JsonNode.Parse(FactJson.Serialize(ValidDocument(), indented: false))!;
        var fact = document["facts"]![0]!;
        var quantity = fact["quantity"]!;
        switch (breakage)
        {
            case "missing required field": quantity.AsObject().Remove("normalizedUnit"); break;
            case "unknown kind": fact["kind"] = "amount"; break;
            case "unknown modality": fact["modality"] = "Target"; break;
            case "unknown bound": quantity["bound"] = "about"; break;
            case "unknown time source": fact["time"]!["source"] = "guessed"; break;
            case "unknown dimension": quantity["dimension"] = "temperature"; break;
            case "extra property": fact["score"] = 0.5; break;
            case "wrong canonical unit for the dimension": quantity["normalizedUnit"] = "km2"; break;
            case "range with one end": quantity["low"] = 18000000; break;
            case "negative offset": quantity["start"] = -1; break;
            case "fact id out of pattern": fact["id"] = "fact-1"; break;
            case "confidence above 1": fact["confidence"] = 1.5; break;
            case "reference date not a date": document["document"]!["referenceDate"] = "2022/03/01"; break;
            case "schema version 2": document["schemaVersion"] = "2"; break;
            case "offset as a string": fact["sentence"]!["start"] = "0"; break;
            case "subject without text": fact["subject"]!.AsObject().Remove("text"); break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "no such breakage");
        }

        var result = Evaluate(document.ToJsonString());

        Assert.False(result.IsValid, $"a document with a {breakage} passed the schema:\n{document.ToJsonString()}");
    }

    [Fact]
    public void The_unbroken_document_of_the_breakage_tests_is_valid()
    {
        AssertValid(FactJson.Serialize(ValidDocument()), "the document the breakage tests start from");
    }

    [Fact]
    public void Schema_enums_name_the_model_enums()
    {
        var defs = SchemaDefinitions();

        AssertEnum<FactKind>(defs.GetProperty("fact").GetProperty("properties").GetProperty("kind"));
        AssertEnum<Modality>(defs.GetProperty("fact").GetProperty("properties").GetProperty("modality"));
        AssertEnum<Bound>(defs.GetProperty("quantity").GetProperty("properties").GetProperty("bound"));
        AssertEnum<TimeSource>(defs.GetProperty("time").GetProperty("properties").GetProperty("source"), withNull: true);
    }

    /// <summary>Every row of the unit catalogue, written as a fact, passes the dimension and canonical-unit rules.</summary>
    [Fact]
    public void Every_catalogue_unit_validates()
    {
        var path = Path.Combine(Corpus.RepoRoot, "src", "FactExtractor", "Resources", "Lexicons", "units.tsv");
        var rows = File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        Assert.NotEmpty(rows);

        // Units the detector makes in code, not from the table.
        (string Written, string Canonical, string Dimension)[] builtIn =
        [
            ("", "number", "number"), ("", "count", "count"), ("", "rank", "rank"),
            ("百分之", "percent", "percent"), ("元/吨", "CNY/kg", "rate"), ("元/股", "CNY/股", "rate"),
        ];

        var failures = new List<string>();
        foreach (var (written, canonical, dimension) in rows.Select(r => (r[0], r[1], r[3])).Concat(builtIn))
        {
            var doc = ValidDocument();
            var fact = doc.Facts[0];
            doc = doc with { Facts = [fact with { Quantity = fact.Quantity with { Unit = written, NormalizedUnit = canonical, Dimension = dimension } }] };
            var result = Evaluate(FactJson.Serialize(doc));
            if (!result.IsValid)
                failures.Add($"{written}\t{canonical}\t{dimension}: {Describe(result)}");
        }

        Assert.True(failures.Count == 0, "units the schema rejects (update the dimension enum and canonicalUnitOfDimension in the schema deliberately):\n" + string.Join('\n', failures));
    }

    private static FactDocument ValidDocument() => new(
        FactDocument.CurrentSchemaVersion,
        new DocumentInfo("a1", new DateOnly(2022, 3, 1), 30),
        [
            new Fact(
                "f1", FactKind.Value, Modality.Actual,
                new TextSpan("建成区面积", 0, 5), null,
                new Quantity("18平方公里", 12, 18, 18m, 1m, "平方公里", 18000000, "m2", "area", Bound.Exact, null, null, null),
                new TimeInfo(2012, "2012年", TimeSource.Explicit, null, null),
                new TextRange(0, 30), 0.9),
        ],
        []);

    private static DateOnly? GoldReferenceDate(string name)
    {
        var gold = Path.Combine(Corpus.Directory, name + ".gold.json");
        if (!File.Exists(gold))
            return null;
        using var json = JsonDocument.Parse(File.ReadAllText(gold));
        return json.RootElement.TryGetProperty("referenceDate", out var date) && date.ValueKind == JsonValueKind.String
            ? DateOnly.Parse(date.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static JsonElement SchemaDefinitions()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        return json.RootElement.GetProperty("$defs").Clone();
    }

    private static void AssertEnum<TEnum>(JsonElement property, bool withNull = false)
        where TEnum : struct, Enum
    {
        var expected = Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
        if (withNull)
            expected.Add("null");
        var actual = property.GetProperty("enum").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Null ? "null" : e.GetString()!)
            .ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static readonly EvaluationOptions s_flag = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
    };

    /// <summary>Whether <paramref name="json"/> validates, without the error tree (fast: the robustness properties ask 10,000 times).</summary>
    internal static bool IsValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return s_schema.Value.Evaluate(document.RootElement, s_flag).IsValid;
    }

    /// <summary>Validates <paramref name="json"/> against the output schema, with every error (also used by the robustness properties).</summary>
    internal static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return s_schema.Value.Evaluate(document.RootElement, s_evaluation);
    }

    private static void AssertValid(string json, string what)
    {
        var result = Evaluate(json);
        Assert.True(result.IsValid, $"{what}: output does not match schema/factextractor-1.schema.json\n{Describe(result)}");
    }

    /// <summary>The errors of the failing branches only (a failed alternative of a passing anyOf is no error).</summary>
    internal static string Describe(EvaluationResults result)
    {
        var lines = new List<string>();
        Collect(result, lines);
        return string.Join('\n', lines.Take(40));
    }

    private static void Collect(EvaluationResults node, List<string> lines)
    {
        if (node.IsValid)
            return;
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            lines.Add($"  {node.InstanceLocation} ({node.EvaluationPath}): {keyword}: {message}");
        foreach (var child in node.Details ?? [])
            Collect(child, lines);
    }
}
