// QuickStart: extract the facts of a sentence, print them, then print the JSON.
using FactExtractor;

var pipeline = new FactPipelineBuilder().Build();
const string text = "2021年，全区地区生产总值1228亿元，同比增长1.5%；建成区面积由2012年的18平方公里扩大至35.2平方公里。";
var document = pipeline.Extract(text, new ExtractOptions { ReferenceDate = new DateOnly(2022, 3, 1), DocumentId = "quickstart" });

foreach (var fact in document.Facts)
{
    var q = fact.Quantity;
    Console.WriteLine($"{fact.Subject?.Text ?? "?",-10} {fact.Kind,-7} {q.Text,-12} = {q.NormalizedValue} {q.NormalizedUnit} (year {fact.Time.Year?.ToString() ?? "?"})");
}

Console.WriteLine(FactJson.Serialize(document));
