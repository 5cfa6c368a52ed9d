using System.Collections.Frozen;
using System.Globalization;
using FactExtractor.Pipeline;
using FactExtractor.Quantities;
using FactExtractor.Resources;
using FactExtractor.Text;

namespace FactExtractor.Years;

/// <summary>
/// Attaches year, base year and period to each quantity (SPEC section 2): an explicit year
/// before it in its sentence (2012年的18平方公里), else the year in force from the title, a
/// heading or an earlier sentence, else a relative word resolved against the reference date.
/// Without a reference date relative words give no year: a year is never guessed. A fact of a
/// span of years (过去五年, a paragraph under “十三五”时期) gets its period and no year, and so
/// does a norm (通常…); the level right after a base year (比2009年同期的66.83%) is of that year.
/// In January and February an undated year's total (GDP, 全年) is of the year just ended; a list
/// after 分别 over a period (2023-2025年…分别为) takes its years in order; a report named in the
/// title (2022年年报点评) dates the document.
/// </summary>
internal sealed class YearResolver
{
    private static readonly string[] BaseMarkers = ["较", "比", "是", "为", "相当于", "恢复至", "恢复到", "与", "同"];
    private static readonly string[] PreviousYearBases = ["同比", "比上年", "较上年", "比去年", "较去年", "上年同期", "去年同期", "比上年同期", "较上年同期"];

    private readonly (string Word, int? Offset, bool YearEnd)[] _relative;
    private readonly FrozenDictionary<string, (int From, int To)> _plans;
    private readonly string[] _yearlessCues;
    private readonly string[] _annualTotals;
    private readonly string[] _reportTitles;
    // First characters of the plan names and relative words: most characters start neither.
    private readonly System.Buffers.SearchValues<char> _wordStarts;

    public static YearResolver Default { get; } = new();

    private YearResolver()
    {
        _relative = [.. Lexicon.ReadRows("time-phrases.tsv")
            .Select(r => (r[0], r[1] is "context" or "year-end" ? (int?)null : int.Parse(r[1], CultureInfo.InvariantCulture), r[1] == "year-end"))
            .OrderByDescending(r => r.Item1.Length)];
        _plans = Lexicon.ReadRows("plan-periods.tsv").ToFrozenDictionary(
            r => r[0], r => (int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture)));
        _yearlessCues = [.. Lexicon.ReadRows("yearless-cues.txt").Select(r => r[0])];
        _annualTotals = [.. Lexicon.ReadRows("annual-totals.txt").Select(r => r[0])];
        _reportTitles = [.. Lexicon.ReadRows("report-titles.txt").Select(r => r[0])];
        _wordStarts = System.Buffers.SearchValues.Create([.. _plans.Keys.Concat(_relative.Select(r => r.Word)).Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);
    }

    // IsPeriod: a plan name (十三五), a written range (2016—2020年) or a span of recent years (近5年) gives a
    // period, not the year of the facts after it.
    private readonly record struct YearMark(int Start, int End, int Year, TimeSource Source, bool IsBase, YearPeriod? Period, bool IsPeriod = false);

    // A year written in the lead (title, heading, first sentence) is the document's year: a
    // 2012 bulletin's 全年 is 2012 in every paragraph. Other years hold to the end of their paragraph.
    private const int LeadLength = 120;

    public void Resolve(AnalyzedDocument doc)
    {
        string t = doc.Normalized;
        int? referenceYear = doc.Options.ReferenceDate?.Year;
        // The year's totals are published after it ends: early in a year, an undated one is of the year before.
        bool earlyInYear = doc.Options.ReferenceDate?.Month <= 2;
        int? documentYear = null;
        string? documentYearText = null;
        int? inForce = null;
        string? inForceText = null;
        // The year in force came from a relative word (去年), not a written year.
        bool inForceRelative = false;
        // A paragraph that opens with a span of years (“十三五”时期，…; 五年来，…) speaks of that span.
        YearPeriod? periodInForce = null;
        // The same without a reference date, when the span's years are unknown: what follows has no year.
        bool spanInForce = false;
        int paragraphEnd = -1;
        // One list and one summary, refilled for each sentence.
        var marks = new List<YearMark>();
        var seen = new MarksBefore(t);
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            if ((si & 255) == 255)
                doc.Options.CancellationToken.ThrowIfCancellationRequested();
            var sentence = doc.Sentences[si];
            if (sentence.Start > paragraphEnd)
            {
                // A new paragraph starts from the document's year.
                inForce = documentYear;
                inForceText = documentYearText;
                inForceRelative = false;
                periodInForce = null;
                spanInForce = false;
                int lineEnd = t.IndexOf('\n', sentence.Start);
                paragraphEnd = lineEnd < 0 ? t.Length : lineEnd;
            }
            FindMarks(t, sentence, referenceYear, earlyInYear, inForce, marks);
            // 去年6月初…。据统计，5月底全国生猪存栏量…: who dates by 去年 writes it again for each date
            // of last year, so a month without a year that opens a clause is of the reference year.
            if (inForceRelative && referenceYear is not null && inForce != referenceYear && OpeningMonth(t, sentence, marks, doc.MentionsBySentence[si]) is { } month)
            {
                inForce = referenceYear;
                inForceText = month.Text;
                inForceRelative = false;
            }
            // 截至2月底，…: "as of" a month without a year is the latest such month up to the reference date.
            else if (doc.Options.ReferenceDate is { } reference && t.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains('截')
                && OpeningMonth(t, sentence, marks, doc.MentionsBySentence[si]) is { } asOf && IsAsOf(t, sentence, asOf.Start))
            {
                inForce = asOf.Month <= reference.Month ? reference.Year : reference.Year - 1;
                inForceText = asOf.Text;
                inForceRelative = false;
            }
            seen.Reset(marks);
            int yearlessEnd = spanInForce ? sentence.Start : YearlessCueEnd(t, sentence, marks);
            foreach (var m in doc.MentionsBySentence[si])
                Attach(t, sentence, m, seen, inForce, inForceText, periodInForce, yearlessEnd, referenceYear, earlyInYear);
            DistributeOverPeriod(t, doc.MentionsBySentence[si]);
            DistributeOverYears(t, sentence, marks, doc.MentionsBySentence[si]);
            // The last year that governs (not a comparison base) stays in force for what follows.
            // Periods and future years (targets) do not govern what follows.
            // Only a year that opens a clause (2014年，全市…; 截至2021年底) or a heading sets the
            // time of what follows; 直追2008年的最高水平 speaks of 2008 only there.
            foreach (var mk in marks)
            {
                // 回顾这十年，…: a span that makes a clause of its own frames what follows too.
                if (mk.IsPeriod && (OpensClause(t, sentence, QuoteStart(t, sentence, mk.Start)) || (mk.End < sentence.End && t[mk.End] is '，' or ',')))
                {
                    periodInForce = mk.Period ?? periodInForce;
                    spanInForce |= mk.Period is null;
                }
            }
            YearMark governing = default;
            for (int k = marks.Count - 1; k >= 0; k--)
            {
                var mk = marks[k];
                if (!mk.IsBase && !mk.IsPeriod && mk.Year > 0 && !(referenceYear < mk.Year)
                    && (sentence.IsHeading || OpensClause(t, sentence, mk.Start)))
                {
                    governing = mk;
                    break;
                }
            }
            if (governing.Year > 0)
            {
                inForce = governing.Year;
                inForceText = t[governing.Start..governing.End];
                inForceRelative = governing.Source == TimeSource.Document;
                if (documentYear is null && governing.Start < LeadLength && governing.Source == TimeSource.Explicit)
                {
                    documentYear = governing.Year;
                    documentYearText = inForceText;
                }
            }
            // 澄江新材2022年年报点评: a report of a year, named in the lead, is the document's year.
            foreach (var mk in documentYear is null ? marks : [])
            {
                if (mk is { Source: TimeSource.Explicit, IsBase: false, IsPeriod: false, Year: > 0 } && mk.Start < LeadLength
                    && !(referenceYear < mk.Year) && Lexicon.StartsWithAny(t.AsSpan(mk.End, sentence.End - mk.End), _reportTitles))
                {
                    documentYear = mk.Year;
                    documentYearText = t[mk.Start..mk.End];
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The marks of a sentence that end before the quantity being attached, summed up as the
    /// quantities are visited in text order: each mark is looked at once per sentence, not once
    /// per quantity (a sentence of a megabyte holds a hundred thousand of each).
    /// </summary>
    private sealed class MarksBefore(string t)
    {
        private List<YearMark> _marks = [];
        private int _next;

        /// <summary>Starts over with the marks of the next sentence.</summary>
        public void Reset(List<YearMark> marks)
        {
            _marks = marks;
            _next = 0;
            LastGoverning = null;
            LastGoverningFree = null;
            LastPeriod = null;
        }

        public List<YearMark> Marks => _marks;

        /// <summary>How many marks (a prefix of <see cref="Marks"/>) end before the current quantity.</summary>
        public int Count => _next;

        /// <summary>The last mark that governs (not a base, not a period).</summary>
        public YearMark? LastGoverning { get; private set; }

        /// <summary>The last governing mark that is not the start year of a 由/从…的 change.</summary>
        public YearMark? LastGoverningFree { get; private set; }

        /// <summary>The last mark of a period (十三五, 2016—2020年, 近5年).</summary>
        public YearMark? LastPeriod { get; private set; }

        public void AdvanceTo(int position)
        {
            while (_next < _marks.Count && _marks[_next].End <= position)
            {
                var mk = _marks[_next++];
                if (!mk.IsBase && !mk.IsPeriod)
                {
                    LastGoverning = mk;
                    if (!StartsAChange(t, mk))
                        LastGoverningFree = mk;
                }
                if (mk.IsPeriod)
                    LastPeriod = mk;
            }
        }
    }

    private void Attach(string t, Sentence s, QuantityMention m, MarksBefore seen, int? inForce, string? inForceText, YearPeriod? periodInForce, int yearlessEnd, int? referenceYear, bool earlyInYear)
    {
        // The nearest governing year before the quantity in its sentence: the last one, unless it
        // starts a 由/从…的 change of another number, when it is the last one that does not.
        seen.AdvanceTo(m.Start);
        YearMark? chosen = seen.LastGoverning is { } last && !IsAttachedToAnother(t, last, m) ? last : seen.LastGoverningFree;
        // 比2009年同期的66.83%高1.48个百分点: the level right after a base year is of that year
        // (a multiple or a change there, 是2012年的2.2倍, is measured against it).
        if (m.Kind is not (FactKind.Ratio or FactKind.Change) && seen.Count > 0
            && seen.Marks[seen.Count - 1] is { IsBase: true, Year: > 0 } baseMark && IsOfBase(t, baseMark, m))
            chosen = baseMark;
        // 2013年，…；2016—2020年累计…: a period written after a year outside it speaks for the quantity
        // (到2025年“十四五”收官时 keeps 2025).
        if (seen.LastPeriod is { } span)
        {
            m.Period = span.Period;
            if (chosen is { } earlier && earlier.End <= span.Start && !(earlier.Year >= span.Period?.From && earlier.Year <= span.Period?.To))
                chosen = null;
            if (chosen is null)
                (m.YearTextStart, m.YearTextEnd) = (span.Start, span.End);
        }
        // …从2005年的12.8%上升至2017年的18.5%；…占比近几年围绕5.0%波动: a cue of no single year
        // after the year and before the quantity speaks for the quantity.
        if (chosen is { } written && yearlessEnd <= m.Start && yearlessEnd > written.End)
            chosen = null;
        if (chosen is { } c)
        {
            m.Year = c.Year > 0 ? c.Year : null;
            m.YearTextStart = c.Start;
            m.YearTextEnd = c.End;
            m.YearSource = c.Source;
            m.Period = c.Period ?? m.Period;
        }
        else if (yearlessEnd <= m.Start)
        {
            // 国际上通常把…比重超过10%…作为标准, 近年来…: a norm, or a vague span, is of no year.
        }
        else if (m.Period is not null)
        {
            // 过去五年…连跨7000亿元, "十四五"期间…: the fact is of a span of years, not of the year
            // in force or of the reference date; it keeps its period and no year.
        }
        else if (periodInForce is not null)
        {
            m.Period = periodInForce;
        }
        else if (inForce is not null)
        {
            m.Year = inForce;
            m.YearText = inForceText;
            m.YearSource = TimeSource.Inherited;
        }
        else if (referenceYear is not null)
        {
            // A January report that GDP 站上3万亿 speaks of the year just ended.
            m.Year = earlyInYear && NamesAnnualTotal(t, s, m) ? referenceYear - 1 : referenceYear;
            m.YearSource = TimeSource.Document;
        }

        if (m.Kind is FactKind.Change or FactKind.Ratio)
        {
            // 较2012年增长, 是2012年的4.4倍: an explicit base before the quantity in its clause.
            int clauseStart = Qualifiers.ChangeClassifier.ClauseStart(t, s, m.Start, 30);
            for (int k = seen.Count - 1; k >= 0 && seen.Marks[k].Start >= clauseStart; k--)
            {
                var mk = seen.Marks[k];
                if (mk.IsBase && mk.Year > 0)
                {
                    m.BaseYear = mk.Year;
                    break;
                }
            }
            if (m.BaseYear is null && m.Year is { } y)
            {
                var before = t.AsSpan(clauseStart, m.Start - clauseStart);
                if (Lexicon.ContainsAny(before, PreviousYearBases))
                    m.BaseYear = y - 1;
                else if (before.Contains("环比", StringComparison.Ordinal))
                    m.BaseYear = y;
            }
        }
    }

    /// <summary>
    /// 由2012年的18平方公里扩大至35.2平方公里: the start year of a 由/从…至 change names the
    /// number right after it only, not the end point.
    /// </summary>
    private static bool IsAttachedToAnother(string t, YearMark mark, QuantityMention m) =>
        mark.End + 1 < m.Start && StartsAChange(t, mark);

    private static readonly string[] BaseValueLinks = ["的", "同期的", "全年的", "年底的", "年末的"];

    /// <summary>比2009年同期的66.83%: only 的 (after 同期, 全年…) between a base year and the quantity.</summary>
    private static bool IsOfBase(string t, YearMark mark, QuantityMention m)
    {
        var between = t.AsSpan(mark.End, m.Start - mark.End);
        foreach (var link in BaseValueLinks)
        {
            if (between.SequenceEqual(link))
                return true;
        }
        return false;
    }

    /// <summary>由2012年的18…: a year between 由/从 and 的 and a number.</summary>
    private static bool StartsAChange(string t, YearMark mark) =>
        mark.End + 1 < t.Length && mark.Start > 0 && t[mark.Start - 1] is '由' or '从' && t[mark.End] == '的'
        && (ChineseNumerals.IsAsciiDigit(t[mark.End + 1]) || ChineseNumerals.IsChineseNumeralChar(t[mark.End + 1]));

    /// <summary>Where a plan name starts with its opening quote (“十三五”).</summary>
    private static int QuoteStart(string t, Sentence s, int start) =>
        start > s.Start && t[start - 1] is '“' or '"' ? start - 1 : start;

    private static bool OpensClause(string t, Sentence s, int start)
    {
        int i = start;
        // Allow a short lead-in: 在, 截至, 到, 至, 自, 从 … before the year.
        for (int back = 0; back <= 3 && i > s.Start; back++)
        {
            char c = t[i - 1];
            if (Text.SentenceSplitter.IsClauseBreak(c) || c is ' ' or '（' or '(')
                return true;
            if (back < 3 && c is '在' or '截' or '至' or '到' or '自' or '从' or '于' or '止')
                i--;
            else
                return false;
        }
        return i == s.Start;
    }

    /// <summary>
    /// Years written in a sentence: 2012年, 二〇二一年, 2016—2020年, 十三五, and relative words.
    /// <paramref name="marks"/> is cleared, then filled with them in text order.
    /// </summary>
    private void FindMarks(string t, Sentence s, int? referenceYear, bool earlyInYear, int? inForce, List<YearMark> marks)
    {
        marks.Clear();
        // The year of the last written mark so far (see below), kept up to date as marks are
        // added: a sentence of a megabyte holds a hundred thousand marks.
        int? lastWritten = null;
        int scanned = 0;
        for (int i = s.Start; i < s.End; i++)
        {
            char c = t[i];
            if (ChineseNumerals.IsAsciiDigit(c) && (i == s.Start || !ChineseNumerals.IsAsciiDigit(t[i - 1])))
            {
                int j = i;
                while (j < s.End && ChineseNumerals.IsAsciiDigit(t[j]))
                    j++;
                if (j - i == 4 && j < s.End && t[j] == '年' && !(j + 1 < s.End && t[j + 1] == '代'))
                {
                    int year = int.Parse(t.AsSpan(i, 4), CultureInfo.InvariantCulture);
                    if (year is >= 1900 and <= 2100)
                        marks.Add(Mark(t, s, i, j + 1, year, TimeSource.Explicit, null));
                    i = j;
                    continue;
                }
                // 2016—2020年, 2016-2020年: a period, as 十三五 is (SPEC: 年均增长14.5% is of the period 2015–2020, no year).
                if (j - i == 4 && j + 5 < s.End && t[j] is '-' or '—' or '–' or '~' or '至' or '到'
                    && ChineseNumerals.IsAsciiDigit(t[j + 1]) && t.AsSpan(j + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0 && t[j + 5] == '年')
                {
                    int from = int.Parse(t.AsSpan(i, 4), CultureInfo.InvariantCulture);
                    int to = int.Parse(t.AsSpan(j + 1, 4), CultureInfo.InvariantCulture);
                    if (from is >= 1900 and <= 2100 && to >= from && to <= 2100)
                        marks.Add(new YearMark(i, j + 6, to, TimeSource.Explicit, false, new YearPeriod(from, to), IsPeriod: true));
                    i = j + 5;
                    continue;
                }
                i = j - 1;
                continue;
            }
            if (c is '二' or '一' && i + 4 < s.End && t[i + 4] == '年' && ChineseNumerals.TryParse(t.AsSpan(i, 4), out var cy) && cy is >= 1900 and <= 2100
                && t.AsSpan(i, 4).IndexOfAny("十百千万") < 0)
            {
                marks.Add(Mark(t, s, i, i + 5, (int)cy, TimeSource.Explicit, null));
                i += 4;
                continue;
            }
            // Plan names and relative words compare only where one can start.
            bool wordStart = _wordStarts.Contains(c);
            foreach (var (name, (from, to)) in wordStart ? _plans : FrozenDictionary<string, (int, int)>.Empty)
            {
                // 第十五次党代会 is no plan.
                if (string.CompareOrdinal(t, i, name, 0, name.Length) == 0 && !(i > 0 && (ChineseNumerals.IsChineseNumeralChar(t[i - 1]) || t[i - 1] == '第'))
                    && !(i + name.Length < s.End && ChineseNumerals.IsChineseNumeralChar(t[i + name.Length])))
                {
                    // “十二五”末, 十三五期末: the plan's last year, a year like any written one.
                    int after = i + name.Length;
                    if (after < s.End && t[after] is '”' or '"' or '’')
                        after++;
                    int endWord = EndOfPlanAt(t, after, s.End);
                    marks.Add(endWord > 0
                        ? Mark(t, s, i, endWord, to, TimeSource.Explicit, null)
                        : new YearMark(i, i + name.Length, to, TimeSource.Explicit, false, new YearPeriod(from, to), IsPeriod: true));
                    break;
                }
            }
            if (TryRecentYears(t, s, i, out int spanEnd, out int years))
            {
                // 近5年, 过去五年, 十年来: the completed years before the reference year (unknown without one).
                marks.Add(referenceYear is { } reference
                    ? new YearMark(i, spanEnd, reference - 1, TimeSource.Document, false, new YearPeriod(reference - years, reference - 1), IsPeriod: true)
                    : new YearMark(i, spanEnd, 0, TimeSource.Document, false, null, IsPeriod: true));
                i = spanEnd - 1;
                continue;
            }
            foreach (var (word, offset, yearEnd) in wordStart ? _relative : [])
            {
                if (string.CompareOrdinal(t, i, word, 0, word.Length) != 0)
                    continue;
                // 比上年, 较去年, 是去年同期的 are comparison bases, not the year of the fact.
                bool isBase = IsBaseAt(t, s, i, i + word.Length);
                // Without a reference date a relative word still governs, with an unknown year (0).
                // A context word (当年, 全年) keeps the year written before it in its sentence
                // (截至2016年底，…当年基金收入…), else the one in force.
                for (; scanned < marks.Count; scanned++)
                {
                    if (!marks[scanned].IsBase && !marks[scanned].IsPeriod && marks[scanned].Year > 0)
                        lastWritten = marks[scanned].Year;
                }
                // Early in a year, 全年 and 年底 with no year in force are the year just ended.
                int? year = offset is { } o ? referenceYear + o : lastWritten ?? inForce ?? (yearEnd && earlyInYear ? referenceYear - 1 : referenceYear);
                marks.Add(new YearMark(i, i + word.Length, year ?? 0, offset is null ? TimeSource.Inherited : TimeSource.Document, isBase, null));
                i += word.Length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// 预计2023-2025年营业收入分别为103.7、124.5、146.8亿元: a list after 分别 with one number for each
    /// year of the period its numbers were given takes the years in order.
    /// </summary>
    private static void DistributeOverPeriod(string t, IReadOnlyList<QuantityMention> mentions)
    {
        for (int first = 0; first < mentions.Count; first++)
        {
            var period = mentions[first].Period;
            int gapStart = first > 0 ? mentions[first - 1].End : Math.Max(0, mentions[first].YearTextEnd);
            if (period is null || period.From >= period.To || mentions[first].YearTextEnd < 0 || gapStart > mentions[first].Start
                || t.AsSpan(gapStart, mentions[first].Start - gapStart).IndexOf("分别", StringComparison.Ordinal) < 0)
                continue;
            int count = period.To - period.From + 1;
            int last = first;
            while (last + 1 < mentions.Count && last - first + 1 < count && mentions[last + 1].Period == period
                && Qualifiers.ChangeClassifier.IsListGap(t.AsSpan(mentions[last].End, Math.Max(0, mentions[last + 1].Start - mentions[last].End))))
                last++;
            if (last - first + 1 != count)
                continue;
            for (int k = first; k <= last; k++)
            {
                mentions[k].Year = period.From + (k - first);
                mentions[k].Period = null;
            }
            first = last;
        }
    }

    /// <summary>
    /// 2008年和2007年则分别为亏损129.5亿元和盈利87.2亿元: written years listed right before 分别 go,
    /// in order, to the numbers of its clause after it, when there are as many of each.
    /// </summary>
    private static void DistributeOverYears(string t, Sentence s, List<YearMark> marks, IReadOnlyList<QuantityMention> mentions)
    {
        int first = 0; // only moves forward: one pass over the sentence's quantities
        for (int a = 0; a < marks.Count; a++)
        {
            int b = a;
            while (b + 1 < marks.Count && IsWrittenYear(marks[b + 1])
                && Qualifiers.ChangeClassifier.IsListGap(t.AsSpan(marks[b].End, Math.Max(0, marks[b + 1].Start - marks[b].End))))
                b++;
            if (b == a || !IsWrittenYear(marks[a]))
                continue;
            int years = b - a + 1;
            int fenbie = t.IndexOf("分别", marks[b].End, Math.Min(MaxBeforeFenbie, s.End - marks[b].End), StringComparison.Ordinal);
            while (first < mentions.Count && mentions[first].Start < fenbie)
                first++;
            int last = first;
            while (fenbie >= 0 && last < mentions.Count && last - first < years && !HasClauseBreak(t, last == first ? fenbie : mentions[last - 1].End, mentions[last].Start))
                last++;
            if (fenbie >= 0 && last - first == years && (last == mentions.Count || HasClauseBreak(t, mentions[last - 1].End, mentions[last].Start)))
            {
                for (int k = first; k < last; k++)
                {
                    var mark = marks[a + k - first];
                    mentions[k].Year = mark.Year;
                    mentions[k].YearSource = TimeSource.Explicit;
                    mentions[k].YearText = t[mark.Start..mark.End];
                    mentions[k].YearTextStart = mark.Start;
                    mentions[k].YearTextEnd = mark.End;
                }
            }
            a = b;
        }
    }

    /// <summary>How far 分别 may stand after the last year of its list (2008年和2007年则分别).</summary>
    private const int MaxBeforeFenbie = 4;

    private static bool IsWrittenYear(YearMark mark) => mark is { Source: TimeSource.Explicit, IsBase: false, IsPeriod: false, Period: null, Year: > 0 };

    private static bool HasClauseBreak(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (SentenceSplitter.IsClauseBreak(t[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A month without a year (5月底, 6月份) that opens a clause before the sentence's first
    /// quantity and first year mark; null when there is none.
    /// </summary>
    private static (int Start, int Month, string Text)? OpeningMonth(string t, Sentence s, List<YearMark> marks, IReadOnlyList<QuantityMention> mentions)
    {
        int end = Math.Min(mentions.Count > 0 ? mentions[0].Start : s.End, marks.Count > 0 ? marks[0].Start : s.End);
        for (int i = s.Start; i < end; i++)
        {
            int j = i;
            while (j < end && j - i < 2 && (ChineseNumerals.IsAsciiDigit(t[j]) || ChineseNumerals.IsChineseNumeralChar(t[j])))
                j++;
            if (j > i && j < end && t[j] == '月' && (i == s.Start || !(ChineseNumerals.IsAsciiDigit(t[i - 1]) || ChineseNumerals.IsChineseNumeralChar(t[i - 1]) || t[i - 1] == '年'))
                && OpensClause(t, s, i))
            {
                int k = j + 1;
                while (k < s.End && k - j <= 2 && t[k] is '底' or '末' or '初' or '份' or '中' or '旬')
                    k++;
                if (!ChineseNumerals.TryParse(t.AsSpan(i, j - i), out var month) || month is < 1 or > 12)
                    return null;
                return (i, (int)month, t[i..k]);
            }
        }
        return null;
    }

    /// <summary>截至/截止 stands right before <paramref name="start"/>.</summary>
    private static bool IsAsOf(string t, Sentence s, int start) =>
        start - 2 >= s.Start && t.AsSpan(start - 2, 2) is "截至" or "截止";

    /// <summary>The quantity's subject or its own clause names a year's total (annual-totals.txt).</summary>
    private bool NamesAnnualTotal(string t, Sentence s, QuantityMention m)
    {
        var subject = m.SubjectEnd > m.SubjectStart ? t.AsSpan(m.SubjectStart, m.SubjectEnd - m.SubjectStart) : [];
        int start = Qualifiers.ChangeClassifier.ClauseStart(t, s, m.Start, 60);
        int end = m.End;
        while (end < s.End && end - m.End < 60 && !SentenceSplitter.IsClauseBreak(t[end]))
            end++;
        var clause = t.AsSpan(start, end - start);
        return Lexicon.ContainsAny(subject, _annualTotals) || Lexicon.ContainsAny(clause, _annualTotals);
    }

    /// <summary>
    /// Where the first cue of no single year (通常规定…14%—20%, 近年来, or a span of recent years
    /// whose years are unknown) in the sentence ends, or past its end when it has none.
    /// </summary>
    private int YearlessCueEnd(string t, Sentence s, List<YearMark> marks)
    {
        int end = int.MaxValue;
        foreach (var mk in marks)
        {
            if (mk is { IsPeriod: true, Period: null })
                end = Math.Min(end, mk.End);
        }
        var text = t.AsSpan(s.Start, s.End - s.Start);
        foreach (var cue in _yearlessCues)
        {
            int at = text.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0)
                end = Math.Min(end, s.Start + at + cue.Length);
        }
        return end;
    }

    private static readonly string[] PlanEnds = ["期末", "末期", "末"];

    /// <summary>Where 末, 期末 or 末期 ends when it starts at <paramref name="at"/>; else -1.</summary>
    private static int EndOfPlanAt(string t, int at, int end)
    {
        foreach (var word in PlanEnds)
        {
            if (at + word.Length <= end && string.CompareOrdinal(t, at, word, 0, word.Length) == 0)
                return at + word.Length;
        }
        return -1;
    }

    private static readonly string[] RecentPrefixes = ["最近", "过去", "近", "这"];
    private static readonly string[] RecentSuffixes = ["年以来", "年来", "年间", "年"];

    /// <summary>近5年, 近五年来, 过去五年, 这十年, 十年来 at <paramref name="i"/>: N recent years.</summary>
    private static bool TryRecentYears(string t, Sentence s, int i, out int end, out int years)
    {
        end = i;
        years = 0;
        // Tried at every character: most are no start of one.
        char first = t[i];
        if (!(first is '最' or '过' or '近' or '这' || ChineseNumerals.IsAsciiDigit(first) || ChineseNumerals.IsChineseNumeralChar(first)))
            return false;
        int p = i;
        bool prefixed = false;
        foreach (var prefix in RecentPrefixes)
        {
            if (string.CompareOrdinal(t, i, prefix, 0, prefix.Length) == 0)
            {
                p = i + prefix.Length;
                prefixed = true;
                break;
            }
        }
        if (!prefixed && i > s.Start && (ChineseNumerals.IsAsciiDigit(t[i - 1]) || ChineseNumerals.IsChineseNumeralChar(t[i - 1])))
            return false;
        int n = p;
        while (n < s.End && n - p < 3 && (ChineseNumerals.IsAsciiDigit(t[n]) || ChineseNumerals.IsChineseNumeralChar(t[n])))
            n++;
        // The suffix first: numbers are everywhere, spans of years rare.
        if (n == p || n >= s.End || t[n] != '年')
            return false;
        foreach (var suffix in RecentSuffixes)
        {
            // Without 近/过去 only 年来 and 年间 mark a span (十年来, 十年间); a bare 五年 is a duration.
            if ((prefixed || suffix != "年") && n + suffix.Length <= s.End && string.CompareOrdinal(t, n, suffix, 0, suffix.Length) == 0)
            {
                if (!ChineseNumerals.TryParse(t.AsSpan(p, n - p), out var value) || value is < 1 or > 50 || value != decimal.Truncate(value)
                    || (first == '这' && value < 2)) // 这一年 is the year spoken of, not a span
                    return false;
                end = n + suffix.Length;
                years = (int)value;
                return true;
            }
        }
        return false;
    }

    /// <summary>A written year; a comparison base when 较/比/是 stands right before it (较2012年, 是2012年的).</summary>
    private static YearMark Mark(string t, Sentence s, int start, int end, int year, TimeSource source, YearPeriod? period) =>
        new(start, end, year, source, IsBaseAt(t, s, start, end), period);

    /// <summary>The time at [start, end) is a comparison base: 较2012年, 比上年, 是2012年的, 是去年同期的.</summary>
    private static bool IsBaseAt(string t, Sentence s, int start, int end)
    {
        foreach (var marker in BaseMarkers)
        {
            if (start - marker.Length >= s.Start && string.CompareOrdinal(t, start - marker.Length, marker, 0, marker.Length) == 0)
            {
                // 为2012年的 (同期的) is a base only with 的 after it; 较/比 always are.
                return marker is "较" or "比" or "与" or "同" || (end < s.End && t[end] == '的')
                    || (end + 3 <= s.End && string.CompareOrdinal(t, end, "同期的", 0, 3) == 0);
            }
        }
        return false;
    }
}
