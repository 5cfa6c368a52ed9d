using System.Collections.Frozen;
using System.Globalization;
using FactExtractor.Resources;
using FactExtractor.Text;
using FactExtractor.Units;

namespace FactExtractor.Quantities;

/// <summary>
/// Finds quantities in the characters of a sentence: a number (Arabic, Chinese or mixed),
/// its scale word, vague markers (多 余 来), a range, a unit or rate, and the bound cues
/// around it. Numbers that are dates, years, durations, codes, names or ordinals are left out.
/// </summary>
internal sealed class QuantityDetector
{
    private static readonly string[] RangeSeparators = ["至", "到", "-", "—", "~", "〜", "－", "～", "―"];
    private static readonly string[] IndexValueCues = ["为", "达", "达到", "至", "到", "是", "报", "收于", "收报", "录得", "升至", "降至", "回落至", "上升至", "下降至", "增至", "减至", "在"];
    private static readonly string[] IndexSubjects = ["指数", "PMI", "比", "率", "值", "系数", "CPI", "PPI", "价格", "均价", "收盘", "点位", "倍数", "倍差"];
    private static readonly string[] PureScaleCues = ["破", "过", "上", "入", "了", "达", "到", "至", "超", "近", "逾", "约", "为", "越"];
    private static readonly string[] RankCues = ["排名", "排", "居", "列", "位列", "名列", "位居", "位次", "排在", "跃居", "升至", "降至", "保持"];
    // 跻身全国前十: entering the top N.
    private static readonly string[] TopCues = ["跻身", "进入", "迈入", "挤进", "跨入"];
    // 排名…上升4位: moves in a ranking, and the words that say a sentence ranks.
    private static readonly string[] RankMoves = ["上升", "下降", "提升", "前进", "后退", "上移", "下移", "攀升", "跃升", "下滑", "回落"];
    private static readonly string[] RankingWords = ["排名", "排位", "位次", "名次", "排行"];

    private readonly UnitCatalogue _units;
    private readonly FrozenSet<string> _timeWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeWordSpans;
    private readonly int _maxTimeWord;
    private readonly (string Cue, Bound Bound)[] _beforeCues;
    private readonly (string Cue, Bound Bound)[] _afterCues;
    private readonly (string Word, decimal Factor)[] _scaleWords;
    private readonly (string Word, Unit Unit)[] _amountContext;
    private readonly string[] _numeralNames;

    public static QuantityDetector Default { get; } = new(UnitCatalogue.Default);

    public QuantityDetector(UnitCatalogue units)
    {
        _units = units;
        _timeWords = Lexicon.ReadRows("time-words.txt").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        _timeWordSpans = _timeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxTimeWord = _timeWords.Max(w => w.Length);
        var cues = Lexicon.ReadRows("qualifiers.tsv").Select(r => (Cue: r[0], Bound: ParseBound(r[1]), After: r[2] == "after")).ToList();
        _beforeCues = [.. cues.Where(c => !c.After).OrderByDescending(c => c.Cue.Length).Select(c => (c.Cue, c.Bound))];
        _afterCues = [.. cues.Where(c => c.After).OrderByDescending(c => c.Cue.Length).Select(c => (c.Cue, c.Bound))];
        _scaleWords = [.. Lexicon.ReadRows("scale-words.txt").Select(r => (r[0], decimal.Parse(r[1], CultureInfo.InvariantCulture))).OrderByDescending(s => s.Item1.Length)];
        _numeralNames = [.. Lexicon.ReadRows("numeral-names.txt").Select(r => r[0])];
        _amountContext = [.. Lexicon.ReadRows("amount-context.tsv").Select(r => (r[0], r[1] == "CNY" ? UnitCatalogue.Yuan : UnitCatalogue.BareCount))];
    }

    private static Bound ParseBound(string s) => s switch
    {
        "approximate" => Bound.Approximate,
        "atLeast" => Bound.AtLeast,
        "moreThan" => Bound.MoreThan,
        "atMost" => Bound.AtMost,
        "lessThan" => Bound.LessThan,
        _ => Bound.Exact,
    };

    /// <summary>The quantities of one sentence, in text order.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="sentence">The sentence to scan.</param>
    /// <param name="overflowAt">Receives the offsets of numbers skipped as too large.</param>
    /// <param name="cancellationToken">Checked every few thousand characters: one sentence can be megabytes long.</param>
    public List<QuantityMention> Detect(string text, Sentence sentence, List<int>? overflowAt = null, CancellationToken cancellationToken = default)
    {
        var found = new List<QuantityMention>();
        int i = sentence.Start;
        int steps = 0;
        while (i < sentence.End)
        {
            if ((++steps & 4095) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (!CouldStart(text, i, sentence.End))
            {
                i++;
                continue;
            }
            int next;
            QuantityMention? mention;
            try
            {
                next = TryRead(text, i, sentence, out mention);
            }
            catch (NumberTooLargeException e)
            {
                // A number too large for decimal (1 followed by 1,000 zeros) is skipped, never thrown;
                // the warning names the number itself, also when it is the end of a range (1至1e40).
                next = Math.Max(e.End, i + 1);
                mention = null;
                overflowAt?.Add(e.Start);
            }
            catch (OverflowException)
            {
                // Arithmetic on numbers that fit but whose product does not (a range's scale).
                next = SkipNumeralRun(text, i, sentence.End);
                mention = null;
                overflowAt?.Add(i);
            }
            if (mention is not null)
            {
                mention.SentenceIndex = sentence.Index;
                found.Add(mention);
            }
            i = Math.Max(next, i + 1);
        }
        ResolveBareNumbers(text, sentence, found);
        found.RemoveAll(m => m.IsBare || IsNameOrSlogan(text, sentence, m));
        return found;
    }

    private static bool CouldStart(string t, int i, int end)
    {
        char c = t[i];
        if (c == '首' && i + 1 < end && t[i + 1] == '位')
            return true;
        if (c == '前' && i + 1 < end && (ChineseNumerals.IsAsciiDigit(t[i + 1]) || ChineseNumerals.IsChineseNumeralChar(t[i + 1])))
            return true;
        if (ChineseNumerals.IsAsciiDigit(c) || ChineseNumerals.IsChineseNumeralChar(c) || c == '第')
            return true;
        if ((c is '-' or '+' or '−') && i + 1 < end && ChineseNumerals.IsAsciiDigit(t[i + 1]))
            return i == 0 || !(char.IsAsciiLetterOrDigit(t[i - 1]) || t[i - 1] == '%');
        return (c is '几' or '数') && i + 1 < end && (ChineseNumerals.SmallUnit(t[i + 1]) > 0 || ChineseNumerals.SectionUnit(t[i + 1]) > 0);
    }

    /// <summary>Reads a quantity at <paramref name="i"/>; returns where scanning continues.</summary>
    private int TryRead(string t, int i, Sentence s, out QuantityMention? mention)
    {
        mention = null;
        int end = s.End;
        if (t[i] == '首')
            return TryReadFirstPlace(t, i, s, out mention);
        if (t[i] == '第')
            return TryReadOrdinal(t, i, s, out mention);
        if (t[i] == '前')
            return TryReadTop(t, i, s, out mention);
        if (i > s.Start && t[i - 1] == '届')
            return SkipNumeralRun(t, i, end); // 八届二次全会: a session, not a count
        if (StartsWith(t, i, "百分之") || StartsWith(t, i, "千分之"))
            return TryReadPerPrefix(t, i, s, out mention);

        int p = i;
        int sign = 1;
        if (t[p] is '-' or '−')
        {
            sign = -1;
            p++;
        }
        else if (t[p] == '+')
        {
            p++;
        }
        var first = ReadNumber(t, p, end);
        if (first is null)
            return SkipNumeralRun(t, i, end);
        int q = first.End;

        // N分之M: a fraction, written as a share in percent.
        if (StartsWith(t, q, "分之"))
        {
            var numerator = ReadNumber(t, q + 2, end);
            if (numerator is null || first.Value == 0)
                return q + 2;
            mention = new QuantityMention
            {
                Start = i, End = numerator.End, Value = 100m * numerator.Value / first.Value,
                Unit = new Unit("", "percent", 1m, "percent"), IsChinese = first.IsChinese,
            };
            AttachCues(t, s, mention, numerator.End);
            return numerator.End;
        }

        var unit = MatchUnit(t, q, end, out int unitLength, out bool isTime);
        if (isTime)
            return SkipPastTime(t, q, end);
        NumberRead? second = null;
        Unit? secondUnit = null;
        int afterFirst = q + unitLength;
        string? separator = null;
        foreach (var sep in RangeSeparators)
        {
            if (StartsWith(t, afterFirst, sep))
            {
                separator = sep;
                break;
            }
        }
        if (separator is not null && !first.Vague)
        {
            int r = afterFirst + separator.Length;
            var candidate = ReadNumber(t, r, end);
            if (candidate is not null)
            {
                if (separator == "-" && candidate.End < end && t[candidate.End] == '-')
                    return SkipNumeralRun(t, candidate.End + 1, end); // a date 2011-07-11
                var u2 = MatchUnit(t, candidate.End, end, out int u2Length, out bool time2);
                if (time2)
                    return SkipPastTime(t, candidate.End, end); // 1-5月, 2016—2020年
                // 3至5万元 and 1万-5万元 share the unit written last; 5.25%至5.5% repeats it.
                bool accept = unit is null ? separator != "到" || u2 is not null : u2 is not null && u2.Written == unit.Written;
                if (accept)
                {
                    second = candidate;
                    secondUnit = u2;
                    q = candidate.End + u2Length;
                }
            }
        }
        if (second is null)
            q = afterFirst;
        var finalUnit = second is not null ? secondUnit ?? unit : unit;

        var m = new QuantityMention
        {
            Start = i, End = q, Value = first.Value, Scale = first.Scale, Sign = sign, IsChinese = first.IsChinese,
            Bound = first.Vague ? first.VagueBound : Bound.Exact,
        };
        if (second is not null)
        {
            // 3至5万元: the low end takes the high end's scale when it has none of its own.
            m.Scale = first.Scale == 1m ? second.Scale : first.Scale;
            m.LowValue = first.Value * m.Scale;
            m.HighValue = second.Value * second.Scale;
        }

        if (finalUnit is not null)
        {
            if (!UnitFits(t, i, first, finalUnit, m))
                return q;
            m.Unit = finalUnit;
            // 排名第58位，较上年上升4位: places moved in a ranking are a change of rank, not a count of people.
            if (finalUnit.Written is "位" or "名" && IsRankMove(t, s, i, q))
                m.Unit = UnitCatalogue.RankWrittenAs(finalUnit.Written);
        }
        else if (second is null && TryRatio(t, q, end, first, out var ratioEnd, out var ratioUnit, out var ratioValue))
        {
            m.Value = ratioValue;
            m.Unit = ratioUnit;
            m.End = q = ratioEnd;
        }
        else if (m.Scale != 1m || (second?.Scale ?? 1m) != 1m)
        {
            m.Unit = InferAmountUnit(t, i, s);
        }
        else if (first.IsChinese)
        {
            return q;
        }
        else
        {
            m.IsBare = true;
        }

        if (first.IsChinese && first.Text is "一" && m.Unit.IsCount)
            return q; // 一个, 一家, 一项: an article, not an amount
        // Letters glued to a plain number: model names and codes (5G, C919, PM2.5, G20).
        if (m.Scale == 1m && m.Unit.Written.Length == 0 && ((q < end && IsAsciiLetter(t[q])) || (i > 0 && IsAsciiLetter(t[i - 1]))))
            return q;
        // Scale words alone (万吨, 亿元 in a table heading) are no amount unless a cue makes them one: 突破万亿.
        if (!first.HasDigit && !PureScaleAllowed(t, i, q, end))
            return q;

        AttachPerUnit(t, s, m);
        AttachCues(t, s, m, q);
        mention = m;
        return q;
    }

    /// <summary>每公斤9.8元, 每吨600元: the 每 phrase right before the number makes the unit a rate.</summary>
    private void AttachPerUnit(string t, Sentence s, QuantityMention m)
    {
        if (m.Unit.Written.Length == 0 || m.Unit.Dimension == "rate")
            return;
        for (int back = 2; back <= 5 && m.Start - back >= s.Start; back++)
        {
            int at = m.Start - back;
            if (t[at] != '每')
                continue;
            var denominator = _units.MatchAt(t.AsSpan(0, m.Start), at + 1);
            if (denominator is not null && at + 1 + denominator.Written.Length == m.Start)
            {
                m.Unit = UnitCatalogue.Rate(m.Unit, denominator);
                m.Start = at;
            }
            return;
        }
    }

    /// <summary>第N位 / 第N名 / 第N大, or 第N after 排名/位居: a rank. Other ordinals are names.</summary>
    private int TryReadOrdinal(string t, int i, Sentence s, out QuantityMention? mention)
    {
        mention = null;
        var n = ReadNumber(t, i + 1, s.End);
        if (n is null || n.Scale != 1m)
            return n?.End ?? i + 1;
        int q = n.End;
        string unitText;
        int end;
        if (q < s.End && t[q] is '位' or '名')
        {
            unitText = t[q].ToString();
            end = q + 1;
        }
        else if (q < s.End && t[q] == '个' && n.Value < 1000)
        {
            unitText = "个"; // 第四个突破万亿的城市
            end = q + 1;
        }
        else if (q < s.End && t[q] == '大' && n.Value < 100)
        {
            unitText = "";
            end = q;
        }
        else if (HasRankCue(t, s, i) && (q >= s.End || !IsCjk(t[q]) || t[q] is '的' or '，'))
        {
            unitText = "";
            end = q;
        }
        else
        {
            return q;
        }
        mention = new QuantityMention
        {
            Start = i, End = end, Value = n.Value, IsChinese = n.IsChinese, Kind = FactKind.Rank,
            Unit = UnitCatalogue.RankWrittenAs(unitText),
        };
        AttachCues(t, s, mention, end);
        return end;
    }

    /// <summary>
    /// 上升4位 right after a move word, ending its clause, in a sentence that ranks something
    /// (排名, 位次, or an ordinal place 第58位 before it).
    /// </summary>
    private static bool IsRankMove(string t, Sentence s, int start, int end)
    {
        if (end < s.End && IsCjk(t[end]) && t[end] != '的')
            return false; // 上升4位专家 would count people
        var before = t.AsSpan(s.Start, start - s.Start);
        if (before.EndsWith("了"))
            before = before[..^1];
        if (!Lexicon.EndsWithAny(before, RankMoves))
            return false;
        if (Lexicon.ContainsAny(before, RankingWords))
            return true;
        // An ordinal place: 第 and digits or numerals, then 位 or 名.
        for (int at = 0; at < before.Length; at++)
        {
            if (before[at] != '第')
                continue;
            int k = at + 1;
            while (k < before.Length && (ChineseNumerals.IsAsciiDigit(before[k]) || ChineseNumerals.IsChineseNumeralChar(before[k])))
                k++;
            if (k > at + 1 && k < before.Length && before[k] is '位' or '名')
                return true;
        }
        return false;
    }

    /// <summary>
    /// 跻身全国前十, 排名前3位: a place within the top N after a rank cue is a rank of at most N.
    /// 前三季度, 前10个月 and 前5年 (a span of time) go on to the number.
    /// </summary>
    private int TryReadTop(string t, int i, Sentence s, out QuantityMention? mention)
    {
        mention = null;
        var n = ReadNumber(t, i + 1, s.End);
        if (n is null || n.Scale != 1m || n.Value < 2 || n.Value > 500 || n.Text.Contains('.'))
            return i + 1;
        int end = n.End;
        if (end < s.End && t[end] is '位' or '名' or '强')
            end++;
        bool closes = end >= s.End || !IsCjk(t[end]) || t[end] == '的' || StartsWith(t, end, "行列") || StartsWith(t, end, "之列");
        int from = Math.Max(s.Start, i - 12);
        if (!closes || !(HasRankCue(t, s, i) || Lexicon.ContainsAny(t.AsSpan(from, i - from), TopCues)))
            return i + 1;
        mention = new QuantityMention
        {
            Start = i, End = end, Value = n.Value, IsChinese = n.IsChinese, Kind = FactKind.Rank, Bound = Bound.AtMost,
            Unit = end > n.End ? UnitCatalogue.RankWrittenAs(t[n.End].ToString()) : UnitCatalogue.Rank,
        };
        return end;
    }

    /// <summary>首位 after 位居/排名: rank 1.</summary>
    private int TryReadFirstPlace(string t, int i, Sentence s, out QuantityMention? mention)
    {
        mention = null;
        if (!HasRankCue(t, s, i))
            return i + 2;
        mention = new QuantityMention { Start = i, End = i + 2, Value = 1m, IsChinese = true, Kind = FactKind.Rank, Unit = UnitCatalogue.RankWrittenAs("首位") };
        return i + 2;
    }

    private static bool HasRankCue(string t, Sentence s, int i)
    {
        int from = Math.Max(s.Start, i - 12);
        var before = t.AsSpan(from, i - from);
        int clause = before.LastIndexOfAny("，；。");
        if (clause >= 0)
            before = before[(clause + 1)..];
        foreach (var cue in RankCues)
        {
            if (before.Contains(cue, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>百分之十五, 千分之五.</summary>
    private int TryReadPerPrefix(string t, int i, Sentence s, out QuantityMention? mention)
    {
        mention = null;
        var n = ReadNumber(t, i + 3, s.End);
        if (n is null)
            return i + 3;
        bool perMille = t[i] == '千';
        mention = new QuantityMention
        {
            Start = i, End = n.End, Value = n.Value, IsChinese = n.IsChinese,
            Unit = perMille ? new Unit("千分之", "percent", 0.1m, "percent") : new Unit("百分之", "percent", 1m, "percent"),
        };
        AttachCues(t, s, mention, n.End);
        return n.End;
    }

    private sealed record NumberRead(int End, decimal Value, decimal Scale, bool IsChinese, bool HasDigit, bool Vague, Bound VagueBound, string Text);

    [ThreadStatic]
    private static System.Text.StringBuilder? t_digits;

    /// <summary>
    /// Reads one number at <paramref name="p"/>: digits with decimals and thousands separators,
    /// Chinese numerals, a trailing scale word, and 多/余/来 inside it (30多万, 7万余, 六百多).
    /// </summary>
    private NumberRead? ReadNumber(string t, int p, int end)
    {
        int q = p;
        bool vague = false;
        // One builder per thread, reused: a number is read at every digit run of the text.
        var digits = t_digits ??= new System.Text.StringBuilder();
        digits.Clear();
        bool anyDigitRead = false;
        while (q < end)
        {
            char c = t[q];
            if (ChineseNumerals.IsAsciiDigit(c))
            {
                // Digits after scale words alone start a number of their own: 申万23个行业 (3万5000 is one).
                if (q > p && !anyDigitRead)
                    break;
                anyDigitRead = true;
                digits.Append(c);
                q++;
            }
            else if (c == '.' && q > p && ChineseNumerals.IsAsciiDigit(t[q - 1]) && q + 1 < end && ChineseNumerals.IsAsciiDigit(t[q + 1]))
            {
                digits.Append(c);
                q++;
            }
            else if (c == ',' && IsThousandsSeparator(t, p, q, end))
            {
                q++;
            }
            else if (ChineseNumerals.DigitValue(c) >= 0 || ChineseNumerals.SmallUnit(c) > 0 || ChineseNumerals.SectionUnit(c) > 0 || c is '廿' or '卅')
            {
                // A Chinese digit right after Arabic digits is not part of this number.
                if (ChineseNumerals.DigitValue(c) >= 0 && q > p && ChineseNumerals.IsAsciiDigit(t[q - 1]))
                    break;
                // 千 of 千瓦, 千米, 千克 starts the unit, not a multiplier: 163.89亿千瓦时.
                if (ChineseNumerals.SmallUnit(c) > 0 && q > p && _units.MatchAt(t.AsSpan(0, end), q) is { Written.Length: > 1 })
                    break;
                anyDigitRead |= ChineseNumerals.DigitValue(c) >= 0 || c is '十' or '廿' or '卅';
                digits.Append(c);
                q++;
            }
            else if (c == '点' && q > p && IsChineseDigit(t[q - 1]) && q + 1 < end && IsChineseDigit(t[q + 1]))
            {
                digits.Append(c);
                q++;
            }
            else if (c is '多' or '余' && q > p && q + 1 < end && (ChineseNumerals.SectionUnit(t[q + 1]) > 0 || ChineseNumerals.SmallUnit(t[q + 1]) > 0))
            {
                vague = true;
                q++;
            }
            else if (c is '几' or '数' && q == p && q + 1 < end && (ChineseNumerals.SmallUnit(t[q + 1]) > 0 || ChineseNumerals.SectionUnit(t[q + 1]) > 0))
            {
                vague = true;
                digits.Append('一');
                q++;
            }
            else
            {
                break;
            }
        }
        if (q == p || digits.Length == 0)
            return null;
        // Trailing dots or commas are punctuation, not part of the number.
        var text = digits.ToString();
        if (!ChineseNumerals.TryParse(text, out var total, out bool overflow))
        {
            // Too large for decimal: Detect skips it with a warning.
            if (overflow)
                throw new NumberTooLargeException(p, q);
            return null;
        }
        bool anyAscii = false, anyDigit = false, anyNonZero = false;
        foreach (char ch in text)
        {
            int d = ChineseNumerals.DigitValue(ch);
            anyAscii |= ChineseNumerals.IsAsciiDigit(ch);
            anyDigit |= d >= 0;
            anyNonZero |= d > 0 || ch is '廿' or '卅' or '十';
        }
        bool hasDigit = anyAscii || anyDigit;
        bool isChinese = !anyAscii;
        if (!anyAscii && !anyNonZero)
            hasDigit = false; // only scale words: 万亿, 千万
        decimal scale = 1m, value = total;
        foreach (var (word, factor) in _scaleWords)
        {
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal)
                && ChineseNumerals.TryParse(text.AsSpan(0, text.Length - word.Length), out var head)
                && head * factor == total)
            {
                scale = factor;
                value = head;
                break;
            }
        }
        if (!hasDigit && text.Length > 0)
        {
            // 万亿, 千万 on their own: one of them.
            foreach (var (word, factor) in _scaleWords)
            {
                if (text == word)
                {
                    scale = factor;
                    value = 1m;
                    break;
                }
            }
        }
        var bound = Bound.MoreThan;
        // 多 / 余 right after the number and before its unit: 3000多家, 7万余人.
        if (q < end && t[q] is '多' or '余' && !(q + 1 < end && t[q + 1] is '额' or '下' or '年' or '种' && t[q] == '余'))
        {
            vague = true;
            q++;
        }
        else if (q < end && t[q] == '来' && q + 1 < end && _units.MatchAt(t.AsSpan(0, end), q + 1) is not null)
        {
            vague = true;
            bound = Bound.Approximate;
            q++;
        }
        return new NumberRead(q, value, scale, isChinese, hasDigit, vague, bound, text);
    }

    private static bool IsThousandsSeparator(string t, int p, int q, int end)
    {
        if (q == p || !ChineseNumerals.IsAsciiDigit(t[q - 1]))
            return false;
        for (int k = 1; k <= 3; k++)
        {
            if (q + k >= end || !ChineseNumerals.IsAsciiDigit(t[q + k]))
                return false;
        }
        return q + 4 >= end || !ChineseNumerals.IsAsciiDigit(t[q + 4]);
    }

    /// <summary>The unit after a number, or a time word (then <paramref name="isTime"/>).</summary>
    private Unit? MatchUnit(string t, int q, int end, out int length, out bool isTime)
    {
        length = 0;
        isTime = false;
        if (q >= end)
            return null;
        var span = t.AsSpan(0, end);
        int timeLength = 0;
        for (int len = Math.Min(_maxTimeWord, end - q); len > 0; len--)
        {
            if (_timeWordSpans.Contains(t.AsSpan(q, len)))
            {
                timeLength = len;
                break;
            }
        }
        var unit = _units.MatchWithRate(span, q);
        // 七个立方, 两个亿: a 个 before a unit belongs to it.
        if (t[q] == '个' && q + 1 < end)
        {
            var inner = _units.MatchWithRate(span, q + 1);
            if (inner is not null && !inner.IsCount && inner.Written.Length + 1 > (unit?.Written.Length ?? 0))
                unit = new Unit("个" + inner.Written, inner.Canonical, inner.Factor, inner.Dimension);
        }
        if (timeLength > 0 && timeLength >= (unit?.Written.Length ?? 0))
        {
            isTime = true;
            return null;
        }
        length = unit?.Written.Length ?? 0;
        return unit;
    }

    /// <summary>Units that are also common words need a number of the right shape.</summary>
    private static bool UnitFits(string t, int start, NumberRead n, Unit unit, QuantityMention m)
    {
        switch (unit.Written)
        {
            case "点":
                return !n.IsChinese && (n.Text.Contains('.') || n.Value * n.Scale >= 100m);
            case "度":
                return n.Scale != 1m || (!n.IsChinese && n.Value >= 1000m);
            case "方":
                return !n.IsChinese || n.Scale != 1m;
            case "成":
                return n.Scale == 1m && n.Value <= 10m && !n.Text.Contains('.') || n.Text.Contains('.') && n.Value < 10m;
            case "番":
                if (!(start >= 1 && t[start - 1] == '翻' || start >= 2 && t[start - 2] == '翻'))
                    return false;
                m.IsDoubling = true;
                return true;
            default:
                return true;
        }
    }

    /// <summary>6∶1, 4.76∶1: a ratio written with a colon, kept as the quotient.</summary>
    private bool TryRatio(string t, int q, int end, NumberRead first, out int ratioEnd, out Unit unit, out decimal value)
    {
        ratioEnd = q;
        unit = UnitCatalogue.Number;
        value = 0;
        if (q >= end || t[q] is not ('∶' or ':' or '：'))
            return false;
        var second = ReadNumber(t, q + 1, end);
        if (second is null || second.Value == 0 || second.Scale != 1m)
            return false;
        if (t[q] != '∶' && second.Value != 1m)
            return false; // 8:30 is a time
        ratioEnd = second.End;
        value = first.Value / second.Value;
        unit = new Unit(t[q..second.End], "number", 1m, "number");
        return true;
    }

    private static bool PureScaleAllowed(string t, int start, int end, int sentenceEnd)
    {
        if (StartsWith(t, end, "大关") || StartsWith(t, end, "级"))
            return true;
        if (start == 0 || t[start - 1] == '每')
            return false;
        foreach (var cue in PureScaleCues)
        {
            if (start >= cue.Length && string.CompareOrdinal(t, start - cue.Length, cue, 0, cue.Length) == 0)
                return true;
        }
        return false;
    }

    /// <summary>What a number in 万/亿 without a unit counts: the nearest money or people word before it.</summary>
    private Unit InferAmountUnit(string t, int start, Sentence s)
    {
        int bestAt = -1;
        Unit best = UnitCatalogue.Yuan;
        // The sentence and up to 200 characters before it, but never more than 500 characters in
        // all: a megabyte-long sentence would otherwise be searched again for each of its numbers.
        int from = Math.Max(Math.Max(0, s.Start - 200), start - 500);
        var before = t.AsSpan(from, start - from);
        foreach (var (word, unit) in _amountContext)
        {
            int at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at > bestAt)
            {
                bestAt = at;
                best = unit;
            }
        }
        return best;
    }

    /// <summary>Bound cues before the number (约, 超过 …) and after it (以上, 左右 …).</summary>
    private void AttachCues(string t, Sentence s, QuantityMention m, int end)
    {
        int before = m.Start;
        if (before > s.Start && t[before - 1] == '了')
            before--;
        foreach (var (cue, bound) in _beforeCues)
        {
            if (before - cue.Length >= s.Start && string.CompareOrdinal(t, before - cue.Length, cue, 0, cue.Length) == 0)
            {
                // 最近, 附近 are not approximations.
                if (cue == "近" && before - 2 >= s.Start && t[before - 2] is '最' or '附' or '将' or '接')
                    continue;
                m.Bound = bound;
                m.Cue = cue;
                break;
            }
        }
        foreach (var (cue, bound) in _afterCues)
        {
            if (StartsWith(t, end, cue))
            {
                m.Bound = bound;
                m.Cue = cue;
                break;
            }
        }
        if (m.Cue is null && m.Bound != Bound.Exact)
        {
            int vague = t.AsSpan(m.Start, m.End - m.Start).IndexOfAny('多', '余', '来');
            if (vague >= 0)
                m.Cue = t[m.Start + vague].ToString();
        }
    }

    /// <summary>
    /// A numeral inside a name, slogan or fixed term (一带一路, 三次产业), or inside a short
    /// quotation (“四个基础”, “三桥两路”), is not an amount.
    /// </summary>
    private bool IsNameOrSlogan(string t, Sentence s, QuantityMention m)
    {
        foreach (var name in _numeralNames)
        {
            int from = Math.Max(s.Start, m.Start - name.Length + 1);
            int to = Math.Min(s.End, m.End + name.Length - 1);
            int at = t.AsSpan(from, to - from).IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && from + at < m.End && from + at + name.Length > m.Start)
                return true;
        }
        // Short quotes are names; long ones are quoted speech, whose numbers are facts. Only a quote
        // of at most MaxQuotedName characters matters, so only that far is searched (a sentence of
        // a megabyte would otherwise be rescanned for each of its numbers).
        const int MaxQuotedName = 10;
        int quoteFrom = Math.Max(s.Start, m.Start - MaxQuotedName);
        int open = t.LastIndexOfAny(['“', '"', '「', '《'], m.Start, m.Start - quoteFrom + 1);
        if (open < 0)
            return false;
        char closeChar = t[open] switch { '“' => '”', '「' => '」', '《' => '》', _ => '"' };
        int searchEnd = Math.Min(Math.Min(t.Length, s.End + 1), open + MaxQuotedName + 2);
        int close = m.End < searchEnd ? t.IndexOf(closeChar, m.End, searchEnd - m.End) : -1;
        if (close < 0 || close > s.End)
            return false;
        var quoted = t.AsSpan(open + 1, close - open - 1);
        return close - open - 1 <= MaxQuotedName && quoted.IndexOfAny("，。；") < 0 && t.AsSpan(open + 1, m.Start - open - 1).IndexOfAny("”」》\"") < 0;
    }

    /// <summary>
    /// Bare numbers take the unit of the list they stand in (3.7、2.6和3.2个百分点), or become a
    /// dimensionless value after an index word (PMI为50.2); the rest are dropped.
    /// </summary>
    private static void ResolveBareNumbers(string t, Sentence s, List<QuantityMention> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var m = found[k];
            var next = found[k + 1];
            if (!m.IsBare || next.IsBare)
                continue;
            var between = t.AsSpan(m.End, next.Start - m.End);
            if (between is "、" or "和" or "及" or "与" or "或" or "、约" or "和约")
            {
                m.Unit = next.Unit;
                if (m.Scale == 1m)
                    m.Scale = next.Scale;
                m.IsBare = false;
            }
        }
        foreach (var m in found)
        {
            if (!m.IsBare)
                continue;
            int from = Math.Max(s.Start, m.Start - 4);
            if (!Lexicon.EndsWithAny(t.AsSpan(from, m.Start - from), IndexValueCues))
                continue;
            int clauseFrom = Math.Max(s.Start, m.Start - 20);
            if (Lexicon.ContainsAny(t.AsSpan(clauseFrom, m.Start - clauseFrom), IndexSubjects))
            {
                m.Unit = UnitCatalogue.Number;
                m.IsBare = false;
            }
        }
    }

    private static int SkipNumeralRun(string t, int i, int end)
    {
        int q = i;
        while (q < end && (ChineseNumerals.IsAsciiDigit(t[q]) || ChineseNumerals.IsChineseNumeralChar(t[q]) || t[q] is '.' or ','))
            q++;
        return Math.Max(q, i + 1);
    }

    private int SkipPastTime(string t, int q, int end) => q + 1 > end ? end : q + 1;

    private static bool StartsWith(string t, int i, string s) =>
        i >= 0 && i + s.Length <= t.Length && string.CompareOrdinal(t, i, s, 0, s.Length) == 0;

    private static bool IsChineseDigit(char c) => ChineseNumerals.DigitValue(c) >= 0;

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}

/// <summary>A number in the text at <c>[Start, End)</c> is too large for decimal.</summary>
internal sealed class NumberTooLargeException(int start, int end) : OverflowException($"The number at [{start}, {end}) is too large for decimal.")
{
    public int Start { get; } = start;

    public int End { get; } = end;
}
