using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using FactExtractor.Tests.Schema;
using Xunit.Abstractions;

namespace FactExtractor.Tests.Robustness;

/// <summary>
/// Properties of <see cref="FactPipeline.Extract(string, ExtractOptions)"/> over generated hostile
/// text (<see cref="Inputs"/>), at least <see cref="Cases"/> cases each. A failure prints the
/// shrunk input and the seed; <c>CsCheck_Seed=SEED dotnet test --filter …</c> replays it, and
/// <c>FACTX_PROPERTY_CASES=N</c> runs more cases.
/// </summary>
public sealed class ExtractPropertyTests(ITestOutputHelper output)
{
    /// <summary>Cases per property: 10,000 unless FACTX_PROPERTY_CASES asks for more.</summary>
    internal static readonly int Cases = Math.Max(10_000,
        int.TryParse(Environment.GetEnvironmentVariable("FACTX_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);

    private static readonly FactPipeline s_pipeline = new FactPipelineBuilder().Build();
    private static readonly FactPipeline s_rules = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();

    private static readonly Gen<(string Text, ExtractOptions Options)> s_case = Gen.Select(Inputs.Document, Inputs.Options);

    [Fact]
    public void Extract_never_throws()
    {
        Sample(c =>
        {
            _ = s_pipeline.Extract(c.Text, c.Options);
            _ = s_rules.Extract(c.Text, c.Options);
        });
    }

    [Fact]
    public void Every_span_lies_inside_the_input_and_its_text_is_the_slice()
    {
        Sample(c =>
        {
            var doc = s_pipeline.Extract(c.Text, c.Options);
            AssertSpans(c.Text, doc);
        });
    }

    [Fact]
    public void Every_value_is_finite()
    {
        Sample(c =>
        {
            var doc = s_pipeline.Extract(c.Text, c.Options);
            foreach (var fact in doc.Facts)
            {
                var q = fact.Quantity;
                AssertFinite(q.NormalizedValue, fact, "normalizedValue");
                AssertFinite((double)q.Value, fact, "value");
                AssertFinite((double)q.Scale, fact, "scale");
                if (q.Low is { } low)
                    AssertFinite(low, fact, "low");
                if (q.High is { } high)
                    AssertFinite(high, fact, "high");
                AssertFinite(fact.Confidence, fact, "confidence");
                Assert.True(q.Scale > 0, $"{fact.Id}: scale {q.Scale}");
                Assert.True(q.Low is null == q.High is null, $"{fact.Id}: a range with one end ({q.Low}, {q.High})");
            }
        });
    }

    [Fact]
    public void Output_JSON_parses_and_validates_against_the_schema()
    {
        Sample(c =>
        {
            var doc = s_pipeline.Extract(c.Text, c.Options);
            var json = FactJson.Serialize(doc, indented: false);
            Assert.DoesNotContain('\n', json);
            if (!OutputSchemaTests.IsValid(json))
                Assert.Fail($"output does not match the schema:\n{OutputSchemaTests.Describe(OutputSchemaTests.Evaluate(json))}\n{json}");
            // The indented form is the same document: it parses to the same tree.
            using (var compact = JsonDocument.Parse(json))
            using (var indented = JsonDocument.Parse(FactJson.Serialize(doc, indented: true)))
                Assert.True(JsonElement.DeepEquals(compact.RootElement, indented.RootElement), "indented and compact JSON differ");
            var back = FactJson.Deserialize(json);
            Assert.Equal(doc.Facts.Count, back.Facts.Count);
            Assert.Equal(doc.Warnings, back.Warnings);
        });
    }

    /// <summary>
    /// 10,000 generated documents give byte-identical JSON run after run, on one thread and on 8
    /// threads sharing one pipeline, and from a second pipeline built the same way.
    /// </summary>
    [Fact]
    public void Results_are_identical_across_runs_and_thread_counts()
    {
        const int ThreadCount = 8;
        var cases = Generate(s_case, Cases);
        string Run(FactPipeline pipeline, int i) => FactJson.Serialize(pipeline.Extract(cases[i].Text, cases[i].Options), indented: false);

        var sequential = new string[cases.Count];
        for (int i = 0; i < cases.Count; i++)
            sequential[i] = Run(s_pipeline, i);

        var threaded = new string[cases.Count];
        var errors = new Exception?[ThreadCount];
        using (var start = new Barrier(ThreadCount))
        {
            var threads = Enumerable.Range(0, ThreadCount).Select(t => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    // Interleaved: thread t takes every 8th document, so neighbours run at the same time.
                    for (int i = t; i < cases.Count; i += ThreadCount)
                        threaded[i] = Run(s_pipeline, i);
                }
                catch (Exception e)
                {
                    errors[t] = e;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }
        Assert.All(errors, e => Assert.Null(e));

        var again = new FactPipelineBuilder().Build();
        for (int i = 0; i < cases.Count; i++)
        {
            Assert.True(sequential[i] == threaded[i], $"8 threads differ from 1 on {Show(cases[i])}");
            var second = Run(again, i);
            Assert.True(sequential[i] == second, $"a second run differs on {Show(cases[i])}");
        }
        output.WriteLine($"{cases.Count} documents, {cases.Sum(c => c.Text.Length)} characters, {sequential.Sum(j => j.Length)} bytes of JSON: identical on 1 and {ThreadCount} threads and across runs");
    }

    [Fact]
    public void The_generators_reach_what_they_are_meant_to_reach()
    {
        // Not a property of the pipeline: a check that the inputs are as nasty as claimed, so a
        // generator change cannot quietly make the properties above vacuous.
        var cases = Generate(s_case, 2_000);
        Assert.Contains(cases, c => c.Text.Any(char.IsSurrogate) && !IsWellFormed(c.Text));
        Assert.Contains(cases, c => c.Text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')));
        Assert.Contains(cases, c => c.Text.Length >= 1_000 && c.Text.IndexOfAny(['\n', '。']) < 0);
        Assert.Contains(cases, c => c.Text.Contains("分之", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Text.Length > 300 && c.Text.All(ch => ch is >= '0' and <= '9'));
        Assert.Contains(cases, c => c.Options.ReferenceDate is { Year: 1 or 9999 });
        int withFacts = cases.Count(c => s_pipeline.Extract(c.Text, c.Options).Facts.Count > 0);
        int withWarnings = cases.Count(c => s_pipeline.Extract(c.Text, c.Options).Warnings.Count > 0);
        output.WriteLine($"of {cases.Count} generated documents, {withFacts} have facts and {withWarnings} warnings");
        Assert.True(withFacts >= cases.Count / 5, $"only {withFacts} of {cases.Count} generated documents have a fact");
        Assert.True(withWarnings > 0, "no generated document has a number too large to represent");
    }

    internal static void AssertSpans(string text, FactDocument doc)
    {
        Assert.Equal(text.Length, doc.Document.Length);
        int previousStart = -1;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in doc.Facts)
        {
            Assert.True(ids.Add(fact.Id), $"{fact.Id} twice");
            var q = fact.Quantity;
            AssertSlice(text, q.Text, q.Start, q.End, fact, "quantity");
            Assert.True(q.Start >= previousStart, $"{fact.Id}: facts out of text order");
            previousStart = q.Start;
            if (fact.Subject is { } subject)
                AssertSlice(text, subject.Text, subject.Start, subject.End, fact, "subject");
            var sentence = fact.Sentence;
            Assert.True(0 <= sentence.Start && sentence.Start < sentence.End && sentence.End <= text.Length, $"{fact.Id}: sentence [{sentence.Start},{sentence.End}) of {text.Length}");
            Assert.True(sentence.Start <= q.Start && q.End <= sentence.End, $"{fact.Id}: quantity [{q.Start},{q.End}) outside its sentence [{sentence.Start},{sentence.End})");
            if (fact.Time.Text is { } timeText)
                Assert.False(timeText.Length == 0, $"{fact.Id}: empty time text");
        }
    }

    private static void AssertSlice(string text, string spanText, int start, int end, Fact fact, string what)
    {
        Assert.True(0 <= start && start < end && end <= text.Length, $"{fact.Id}: {what} [{start},{end}) of {text.Length}");
        Assert.True(string.Equals(text[start..end], spanText, StringComparison.Ordinal), $"{fact.Id}: {what} text {Escape(spanText)} is not the slice {Escape(text[start..end])}");
    }

    private static void AssertFinite(double x, Fact fact, string what) =>
        Assert.True(double.IsFinite(x), $"{fact.Id}: {what} is {x}");

    private void Sample(Action<(string Text, ExtractOptions Options)> property) =>
        s_case.Sample(property, iter: Cases, print: Show, writeLine: output.WriteLine);

    /// <summary><paramref name="count"/> cases drawn from <paramref name="gen"/> (a new random seed each run).</summary>
    internal static List<T> Generate<T>(Gen<T> gen, int count)
    {
        var list = new List<T>(count);
        gen.Sample(c =>
        {
            lock (list)
                list.Add(c);
        }, iter: count, threads: 1);
        return list;
    }

    internal static string Show((string Text, ExtractOptions Options) c) =>
        $"{Escape(c.Text)} ({c.Text.Length} chars; referenceDate {c.Options.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null"}; id {(c.Options.DocumentId is null ? "null" : Escape(c.Options.DocumentId))})";

    /// <summary>A C#-style literal: printable text as is, everything else escaped, long text cut.</summary>
    internal static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in s.Length > 400 ? s[..200] + "…" + s[^200..] : s)
        {
            if (ch is '"' or '\\')
                sb.Append('\\').Append(ch);
            else if (char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\u2028' or '\u2029' or '\uFEFF')
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
            else
                sb.Append(ch);
        }
        return sb.Append('"').ToString();
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                i++;
            else if (char.IsSurrogate(s[i]))
                return false;
        }
        return true;
    }
}
