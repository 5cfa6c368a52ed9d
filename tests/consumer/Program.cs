// The consumer check's program: tests/consumer/run.sh copies it into a fresh `dotnet new console`
// project outside the repository that references the FactExtractor package from a local feed.
// It uses the library the way the README shows and exits 1 if anything is off.
using FactExtractor;

var failures = 0;

void Check(bool ok, string what)
{
    Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
        failures++;
}

const string text = "建成区面积由2012年的18平方公里扩大至35.2平方公里";

// Facts.Extract: the shared default pipeline.
var document = Facts.Extract(text);
var facts = document.Facts;
Check(facts.Count == 2, $"two facts in '{text}' (got {facts.Count})");
if (facts.Count == 2)
{
    Check(facts[0].Quantity.Text == "18平方公里" && facts[1].Quantity.Text == "35.2平方公里",
        $"quantities as written: {facts[0].Quantity.Text}, {facts[1].Quantity.Text}");
    Check(facts.All(f => f.Quantity.NormalizedUnit == "m2" && f.Quantity.Dimension == "area"),
        "平方公里 normalized to m2 (the unit table travelled with the package)");
    Check(facts[0].Quantity.NormalizedValue == 18_000_000 && facts[1].Quantity.NormalizedValue == 35_200_000,
        $"normalized values {facts[0].Quantity.NormalizedValue} and {facts[1].Quantity.NormalizedValue}");
    Check(facts[0].Time.Year == 2012 && facts[0].Time.Source == TimeSource.Explicit, $"first fact is of 2012 (got {facts[0].Time.Year})");
    Check(facts.All(f => text[f.Quantity.Start..f.Quantity.End] == f.Quantity.Text), "offsets index the input string");
}

// A built pipeline with per-call options, as in the README.
var pipeline = new FactPipelineBuilder().Build();
var withDate = pipeline.Extract("2021年，全区地区生产总值1228亿元，同比增长1.5%。今年以来新增就业5万人。",
    new ExtractOptions { ReferenceDate = new DateOnly(2022, 3, 1), DocumentId = "consumer" });
Check(withDate.Document.Id == "consumer", "document id from ExtractOptions");
Check(withDate.Facts.Any(f => f.Quantity.NormalizedUnit == "CNY" && f.Quantity.NormalizedValue == 122_800_000_000),
    "1228亿元 is 122800000000 CNY");
Check(withDate.Facts.Any(f => f.Kind == FactKind.Change && f.Quantity.NormalizedUnit == "percent"), "同比增长1.5% is a change in percent");

// jieba's dictionary travelled with the package: without it every character would be a word.
var words = pipeline.Segment("建成区面积扩大至35.2平方公里").Select(w => w.Text).ToList();
Check(words.Contains("35.2") && words.Contains("平方公里"), "jieba keeps 35.2 and 平方公里 whole: " + string.Join(" | ", words));

// The JSON of SPEC section 4, Chinese kept readable, and read back.
var json = FactJson.Serialize(document);
Check(json.Contains("\"normalizedUnit\": \"m2\"", StringComparison.Ordinal) && json.Contains("平方公里", StringComparison.Ordinal),
    "FactJson writes camelCase JSON with Chinese unescaped");
Check(FactJson.Deserialize(json).Facts.Count == facts.Count, "FactJson reads its own output back");

Console.WriteLine(failures == 0 ? "library consumer: all checks passed" : $"library consumer: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
