using FactExtractor.Pipeline;
using FactExtractor.Quantities;

namespace FactExtractor;

/// <summary>Turns the mentions of an analyzed document into public facts with original offsets.</summary>
internal static class FactAssembler
{
    /// <param name="doc">The analyzed and scored document.</param>
    /// <param name="minConfidence">Mentions below this confidence are left out.</param>
    /// <param name="emitted">When given, receives the mention of each fact, in the facts' order.</param>
    public static FactDocument Assemble(AnalyzedDocument doc, double minConfidence, List<QuantityMention>? emitted = null)
    {
        int candidates = 0;
        foreach (var sentence in doc.MentionsBySentence)
            candidates += sentence.Count;
        var facts = new List<Fact>(candidates);
        var text = doc.Text;
        // Facts repeat their years, subjects and often their quantities' text (2019年, 地区生产总值):
        // equal slices share one string.
        var slices = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // So do their times, and neighbours their sentence and subject: equal records are shared
        // too (they are immutable), which keeps a large document's result small.
        var times = new Dictionary<TimeInfo, TimeInfo>();
        TextSpan? lastSubject = null;
        TextRange? lastSentence = null;
        TimeInfo? lastTime = null;
        foreach (var sentenceMentions in doc.MentionsBySentence)
        {
            foreach (var m in sentenceMentions)
            {
                // Compared as written out, so every fact kept shows a confidence of at least the minimum.
                double confidence = Math.Round(m.Confidence, 4);
                if (confidence < minConfidence)
                    continue;
                var normalized = m.NormalizedValue();
                // A range is written with both ends or not at all: one end too large skips it whole.
                decimal? low = m.LowValue is { } lowValue ? m.NormalizeAmount(lowValue) : null;
                decimal? high = m.HighValue is { } highValue ? m.NormalizeAmount(highValue) : null;
                if (normalized is null || low is null != m.LowValue is null || high is null != m.HighValue is null)
                {
                    doc.Warnings.Add($"Skipped an out-of-range number at {text.ToOriginal(m.Start)}.");
                    continue;
                }
                var (qs, qe) = text.ToOriginal(m.Start, m.End);
                var quantity = new Quantity(
                    Slice(slices, text.Original, qs, qe), qs, qe,
                    m.Value, m.Scale, m.Unit.Written,
                    (double)normalized.Value, m.Unit.Canonical, m.Unit.Dimension,
                    m.Bound, m.Cue,
                    (double?)low,
                    (double?)high);
                TextSpan? subject = null;
                if (m.SubjectStart >= 0 && m.SubjectEnd > m.SubjectStart)
                {
                    var (ss, se) = text.ToOriginal(m.SubjectStart, m.SubjectEnd);
                    subject = lastSubject is { } last && last.Start == ss && last.End == se
                        ? last
                        : lastSubject = new TextSpan(Slice(slices, text.Original, ss, se), ss, se);
                }
                string? yearText = m.YearText;
                if (m.YearTextStart >= 0)
                {
                    var (ys, ye) = text.ToOriginal(m.YearTextStart, m.YearTextEnd);
                    yearText = Slice(slices, text.Original, ys, ye);
                }
                // A reference date at the ends of DateOnly (0001-01-01, 9999-12-31) moves relative
                // years (去年, 同比, 近5年) out of the four-digit years of the output contract: no year then.
                int? year = CalendarYear(m.Year);
                int? baseYear = CalendarYear(m.BaseYear);
                var period = m.Period is { } p && CalendarYear(p.From) is not null && CalendarYear(p.To) is not null ? p : null;
                var source = year is null && m.Year is not null ? null : m.YearSource;
                var time = year is null && baseYear is null && period is null && yearText is null
                    ? TimeInfo.None
                    : lastTime is { } lt && lt.Year == year && lt.Text == yearText && lt.Source == source && lt.BaseYear == baseYear && lt.Period == period
                        ? lt
                        : lastTime = Share(times, new TimeInfo(year, yearText, source, baseYear, period));
                var sentence = doc.Sentences[m.SentenceIndex];
                var (sentStart, sentEnd) = text.ToOriginal(sentence.Start, sentence.End);
                if (lastSentence is null || lastSentence.Start != sentStart || lastSentence.End != sentEnd)
                    lastSentence = new TextRange(sentStart, sentEnd);
                emitted?.Add(m);
                facts.Add(new Fact(
                    "f" + (facts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    m.Kind, m.Modality, subject, m.Predicate, quantity, time,
                    lastSentence, confidence));
            }
        }
        return new FactDocument(
            FactDocument.CurrentSchemaVersion,
            new DocumentInfo(doc.Options.DocumentId, doc.Options.ReferenceDate, text.Original.Length),
            facts,
            doc.Warnings);
    }

    private static int? CalendarYear(int? year) => year is >= 1000 and <= 9999 ? year : null;

    private static T Share<T>(Dictionary<T, T> known, T value)
        where T : notnull
    {
        if (known.TryGetValue(value, out var shared))
            return shared;
        known.Add(value, value);
        return value;
    }

    private static string Slice(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> slices, string original, int start, int end)
    {
        var span = original.AsSpan(start, end - start);
        if (slices.TryGetValue(span, out var known))
            return known;
        var slice = span.ToString();
        slices[span] = slice;
        return slice;
    }
}
