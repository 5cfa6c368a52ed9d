using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace FactExtractor.Fuzz;

/// <summary>
/// One fuzz input through the pipeline, with the invariants of the robustness properties as
/// crashes: an exception out of Extract or Segment, a span that is not a slice of the input, a
/// value that is not finite, a half range, a year outside 1000-9999, or JSON that does not parse.
/// </summary>
/// <remarks>
/// The first byte picks how the rest is read and called: bit 0 the encoding (UTF-8 with
/// replacement, or raw UTF-16LE code units, which reaches lone surrogates), bit 1 the scoring
/// (model or rules), bits 2-3 the reference date (none, 2023-07-01, 0001-01-01, 9999-12-31).
/// </remarks>
internal static class Harness
{
    private static readonly FactPipeline s_model = new FactPipelineBuilder().Build();
    private static readonly FactPipeline s_rules = new FactPipelineBuilder().UseScoring(ScoringMode.Rules).Build();
    private static readonly DateOnly?[] s_dates = [null, new DateOnly(2023, 7, 1), DateOnly.MinValue, DateOnly.MaxValue];

    /// <summary>Points SharpFuzz's trace map at memory of our own (afl-fuzz's 64 KiB map size).</summary>
    public static unsafe void UseScratchTraceMap()
    {
        if (SharpFuzz.Common.Trace.SharedMem == null)
            SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(1 << 16);
    }

    public static void WarmUp() => Check("\u0000全市2021年生产总值增长8.1%，达1234.5亿元。"u8);

    public static void Check(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
            return;
        byte mode = input[0];
        var data = input[1..];
        string text = (mode & 1) == 0
            ? Encoding.UTF8.GetString(data)
            : new string(MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)]));
        var pipeline = (mode & 2) == 0 ? s_model : s_rules;
        var options = new ExtractOptions { ReferenceDate = s_dates[(mode >> 2) & 3], DocumentId = "fuzz" };

        var doc = pipeline.Extract(text, options);
        CheckDocument(text, doc);
        CheckWords(text, pipeline.Segment(text));
    }

    private static void CheckDocument(string text, FactDocument doc)
    {
        Require(doc.Document.Length == text.Length, "document.length is not the input's length");
        int previous = -1;
        foreach (var fact in doc.Facts)
        {
            var q = fact.Quantity;
            RequireSlice(text, q.Text, q.Start, q.End, fact.Id + " quantity");
            Require(q.Start >= previous, $"{fact.Id} out of text order");
            previous = q.Start;
            if (fact.Subject is { } s)
                RequireSlice(text, s.Text, s.Start, s.End, fact.Id + " subject");
            Require(0 <= fact.Sentence.Start && fact.Sentence.Start <= q.Start && q.End <= fact.Sentence.End && fact.Sentence.End <= text.Length,
                $"{fact.Id} sentence [{fact.Sentence.Start},{fact.Sentence.End}) does not hold its quantity [{q.Start},{q.End})");
            Require(double.IsFinite(q.NormalizedValue), $"{fact.Id} normalizedValue {q.NormalizedValue}");
            Require(q.Low is null == q.High is null, $"{fact.Id} a range with one end");
            Require(q.Low is null || (double.IsFinite(q.Low.Value) && double.IsFinite(q.High!.Value)), $"{fact.Id} range ends {q.Low}, {q.High}");
            Require(q.Scale > 0, $"{fact.Id} scale {q.Scale}");
            Require(fact.Confidence is >= 0 and <= 1, $"{fact.Id} confidence {fact.Confidence}");
            foreach (var year in new[] { fact.Time.Year, fact.Time.BaseYear, fact.Time.Period?.From, fact.Time.Period?.To })
                Require(year is null or (>= 1000 and <= 9999), $"{fact.Id} year {year}");
        }
        var json = FactJson.Serialize(doc, indented: false);
        using var parsed = JsonDocument.Parse(json);
        Require(parsed.RootElement.GetProperty("facts").GetArrayLength() == doc.Facts.Count, "the JSON lost facts");
    }

    private static void CheckWords(string text, IReadOnlyList<Word> words)
    {
        int end = 0;
        foreach (var w in words)
        {
            RequireSlice(text, w.Text, w.Start, w.End, "word");
            Require(w.Start >= end, $"word [{w.Start},{w.End}) overlaps the one before");
            end = w.End;
        }
    }

    private static void RequireSlice(string text, string spanText, int start, int end, string what)
    {
        Require(0 <= start && start < end && end <= text.Length, $"{what} [{start},{end}) outside the input of {text.Length}");
        Require(string.Equals(text[start..end], spanText, StringComparison.Ordinal), $"{what} [{start},{end}) text is not the slice");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
            throw new InvariantException(message);
    }
}

/// <summary>An invariant of the output does not hold: a crash to the fuzzer.</summary>
internal sealed class InvariantException(string message) : Exception(message);
