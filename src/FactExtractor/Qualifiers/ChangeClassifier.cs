using FactExtractor.Quantities;
using FactExtractor.Resources;
using FactExtractor.Text;

namespace FactExtractor.Qualifiers;

/// <summary>
/// Decides each quantity's kind (value, change, ratio, share, rank) and the sign of a change
/// from the words right before it in its clause: 增长8% is a change, 下降3.1% a negative one,
/// 下降至0.94 a level, 占比12.5% a share, 是2010年的3.2倍 a ratio.
/// </summary>
internal sealed class ChangeClassifier
{
    private const int Window = 14;
    private static readonly string[] ShareCues = ["占比", "比重", "占", "份额", "所占", "比例", "渗透率", "覆盖率", "贡献率"];
    private static readonly string[] SubjectShareCues = ["占比", "比重", "份额"];
    private static readonly string[] RatioCues = ["相当于", "是", "为"];
    // 相当于正常保有量的102.7%, 恢复至2019年同期的96.5%: a percentage of another level.
    private static readonly string[] PercentOfCues = ["相当于", "恢复至", "恢复到"];
    private static readonly string[] LevelLinks = ["至", "到"];
    private static readonly string[] SizeVerbs = ["为", "达到", "达", "是"];
    private static readonly string[] SizeHedges = ["分别", "约", "近", "了", "会", "均", "也"];

    // A rate noun before 扩大至/收窄到 makes the level a change itself: 跌幅扩大至1% is −1%.
    private static readonly (string Noun, int Direction)[] RateNouns =
        [("涨跌幅", 1), ("增幅", 1), ("涨幅", 1), ("增速", 1), ("增长率", 1), ("升幅", 1), ("跌幅", -1), ("降幅", -1), ("降速", -1)];

    private readonly (string Word, int Direction)[] _verbs;

    public static ChangeClassifier Default { get; } = new();

    private ChangeClassifier()
    {
        _verbs = [.. Lexicon.ReadRows("change-verbs.tsv").Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))).OrderByDescending(v => v.Item1.Length)];
    }

    public void Classify(string text, Sentence sentence, IReadOnlyList<QuantityMention> mentions)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // An ordinal (第58位) is a rank; 前进12个位次 is a change of rank, handled below.
            if (m.Kind == FactKind.Rank)
                continue;
            // 占…的75.3%、52.6%和58%: an item of a list is what the first one is, and a rate after the
            // last (25%和38%的增速) names them all.
            if (k > 0 && ContinuesList(text, mentions[k - 1], m))
            {
                int rate = RateAfter(text, sentence, m.End);
                for (int j = k - 1; rate != 0 && j >= 0 && (j == k - 1 || ContinuesList(text, mentions[j], mentions[j + 1])); j--)
                    mentions[j].Kind = FactKind.Change;
                m.Kind = rate != 0 ? FactKind.Change : mentions[k - 1].Kind;
                if (m.Kind == FactKind.Change && m.Sign > 0)
                    m.Sign = rate < 0 ? -1 : mentions[k - 1].Sign;
                continue;
            }
            // 占当月CPI同比涨幅的75.3%: a part of something, whatever change that something names.
            if (m.Unit.Canonical == "percent" && IsPercentIn(text, sentence, m.Start, '占'))
            {
                m.Kind = FactKind.Share;
                continue;
            }
            // 按照工资总额的8%缴纳: a rate applied to a base.
            if (m.Unit.Canonical == "percent" && IsPercentIn(text, sentence, m.Start, '按'))
            {
                m.Kind = FactKind.Ratio;
                continue;
            }
            int from = ClauseStart(text, sentence, m.Start, Window);
            var before = text.AsSpan(from, m.Start - from);
            var (verbAt, verb, direction) = LastVerb(before);
            int verbEnd = verb is null ? -1 : verbAt + verb.Length;
            // 比上月低0.02个百分点: a comparative right before the number is nearer than any verb.
            if (ComparativeBefore(before) is var (comparativeAt, comparativeLength, comparative) && comparativeAt >= 0)
                (verbAt, verbEnd, direction) = (comparativeAt, comparativeAt + comparativeLength, comparative);
            bool isChange = false;
            if (verbEnd >= 0 && direction != 0)
            {
                if (Lexicon.ContainsAny(before[verbEnd..], LevelLinks))
                {
                    int rate = RateNounIn(before[..verbAt]);
                    if (rate != 0)
                    {
                        isChange = true;
                        direction = rate;
                    }
                }
                else
                {
                    isChange = true;
                }
                if (isChange && direction < 0)
                    m.Sign = -1;
            }
            // 有3.7%的涨幅, 实现8%的增长: a rate named after the number makes it a change.
            if (!isChange && RateAfter(text, sentence, m.End) is int after and not 0)
            {
                isChange = true;
                if (after < 0)
                    m.Sign = -1;
            }
            // 从环比增速看，上游-0.93%，中游0.59%: a frame naming a rate makes the percentages after it changes.
            if (!isChange && m.Unit.Canonical == "percent" && IsRateFramed(text, sentence, m.Start))
                isChange = true;
            string canonical = m.Unit.Canonical;
            // Points are a change (提高0.5个百分点, 加息25个基点) unless stated as a size: 翘尾因素达到了3.7个
            // 百分点 and 利差为150个基点 give the size of a part or a gap, a level.
            if (canonical is "pp" or "bp" && !isChange)
                isChange = !IsStatedSize(before);
            if (isChange)
            {
                m.Kind = FactKind.Change;
            }
            else if (canonical == "rank")
            {
                m.Kind = FactKind.Rank;
            }
            else if (canonical == "times" && !m.IsDoubling)
            {
                m.Kind = FactKind.Ratio;
            }
            else if (canonical == "percent" && Lexicon.ContainsAny(before, ShareCues))
            {
                m.Kind = FactKind.Share;
            }
            else if (canonical == "percent" && (m.Unit.Written is "成" && Lexicon.ContainsAny(before, RatioCues) || Lexicon.ContainsAny(before, PercentOfCues))
                && before.Contains("的", StringComparison.Ordinal))
            {
                // 相当于正常保有量的102.7%, 是上年的八成, 恢复至2019年的九成: a percentage of another quantity.
                m.Kind = FactKind.Ratio;
            }
        }
    }

    /// <summary>
    /// Kinds that the subject decides: a percentage of a subject that names a share
    /// (保险费征缴收入占比由2005年的84.7%…) is a share even when no share word stands in the number's
    /// own clause; a negative percentage of anything but a rate is a change.
    /// </summary>
    public void ClassifyBySubject(string text, IReadOnlyList<QuantityMention> mentions)
    {
        // The subject of the last share in the sentence: 内销占…比重提高到68.31%，比2009年同期的66.83%高…
        // gives the second percentage the same subject, and it is a share too.
        (int Start, int End) shareSubject = (-1, -1);
        foreach (var m in mentions)
        {
            if (m.Kind == FactKind.Share)
                shareSubject = (m.SubjectStart, m.SubjectEnd);
            // 全市场上涨个股1863只: a change verb inside the counted subject describes it; the count is a level.
            if (m.Kind == FactKind.Change && m.Unit.IsCount && m.SubjectStart >= 0 && m.SubjectEnd - 1 > m.SubjectStart && m.SubjectEnd <= m.Start && m.Start - m.SubjectEnd <= Window
                && LastVerb(text.AsSpan(m.SubjectStart, m.SubjectEnd - 1 - m.SubjectStart)).Direction != 0
                && LastVerb(text.AsSpan(m.SubjectEnd, m.Start - m.SubjectEnd)).Word is null)
            {
                m.Kind = FactKind.Value;
                if (text[m.Start] != '-')
                    m.Sign = 1;
                continue;
            }
            if (m.Kind != FactKind.Value || m.Unit.Canonical != "percent")
                continue;
            var subject = m.SubjectEnd > m.SubjectStart ? text.AsSpan(m.SubjectStart, m.SubjectEnd - m.SubjectStart) : [];
            if (Lexicon.ContainsAny(subject, SubjectShareCues) || (m.SubjectStart >= 0 && (m.SubjectStart, m.SubjectEnd) == shareSubject))
                m.Kind = FactKind.Share;
            // A percent written below zero is a change (上游-0.93%, 累计超额收益-9.1%): no share or
            // level of a count is negative. A rate may be (毛利率-3.0%, 利率-0.1%): it stays a value.
            else if (m.Sign * m.Value < 0 && !subject.EndsWith("率", StringComparison.Ordinal))
                m.Kind = FactKind.Change;
        }
    }

    /// <summary>
    /// <paramref name="m"/> follows <paramref name="previous"/> in a list: the same unit, and only a
    /// separator between them (<see cref="IsListGap"/>).
    /// </summary>
    private static bool ContinuesList(string text, QuantityMention previous, QuantityMention m) =>
        previous.Unit.Canonical == m.Unit.Canonical && previous.End <= m.Start && IsListGap(text.AsSpan(previous.End, m.Start - previous.End));

    /// <summary>
    /// The sentence holds a frame 从…看 (从环比增速看, 从增幅来看) that names a rate, in the 60 characters
    /// before <paramref name="position"/> (bounded: a sentence of a megabyte holds many percentages).
    /// </summary>
    private static bool IsRateFramed(string text, Sentence sentence, int position)
    {
        if (position <= sentence.Start)
            return false;
        int see = text.LastIndexOf('看', position - 1, Math.Min(position - sentence.Start, 60));
        if (see < 0)
            return false;
        int from = text.LastIndexOf('从', see, Math.Min(see - sentence.Start + 1, 12));
        if (from < 0)
            return false;
        return RateNounIn(text.AsSpan(from, see - from)) != 0;
    }

    /// <summary>The direction of the first rate noun (<see cref="RateNouns"/>) in <paramref name="text"/>; 0 when it holds none.</summary>
    private static int RateNounIn(ReadOnlySpan<char> text)
    {
        foreach (var (noun, direction) in RateNouns)
        {
            if (text.Contains(noun, StringComparison.Ordinal))
                return direction;
        }
        return 0;
    }

    /// <summary>Whether the words before a number end with 为, 达到, 达 or 是 (after 分别, 约, 了 and the like).</summary>
    private static bool IsStatedSize(ReadOnlySpan<char> before)
    {
        for (bool trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var hedge in SizeHedges)
            {
                if (before.EndsWith(hedge, StringComparison.Ordinal))
                {
                    before = before[..^hedge.Length];
                    trimmed = true;
                }
            }
        }
        return Lexicon.EndsWithAny(before, SizeVerbs);
    }

    /// <summary>What stands between two numbers of one list: 、 / ， 和 及 与.</summary>
    internal static bool IsListGap(ReadOnlySpan<char> gap) => gap is "、" or "/" or "，" or "和" or "及" or "与";

    /// <summary>
    /// The number is the percentage in <paramref name="verb"/> X 的 N%: 占 X 的 (X being no 比: 占比
    /// is a noun) or 按 X 的 (按照 too, but not 按比例).
    /// </summary>
    private static bool IsPercentIn(string text, Sentence sentence, int position, char verb)
    {
        if (position == 0 || text[position - 1] != '的')
            return false;
        int from = ClauseStart(text, sentence, position, ShareWindow);
        int at = text.LastIndexOf(verb, position - 1, position - from);
        return at >= 0 && text[at + 1] != '比';
    }

    /// <summary>How far back 占 or 按 may stand from its 的 N%: an object of a few words.</summary>
    private const int ShareWindow = 24;

    /// <summary>The change word that ends last before the number (the longer one on a tie: 下降 over 降).</summary>
    private static readonly (string Noun, int Direction)[] RatesAfter = [.. RateNouns, ("增长", 1), ("下降", -1), ("下滑", -1), ("上调", 1), ("下调", -1)];

    /// <summary>The direction of a rate noun right after <c>的</c> at <paramref name="end"/> (的涨幅, 的降幅); 0 when there is none.</summary>
    private static int RateAfter(string text, Sentence sentence, int end)
    {
        if (end >= sentence.End || text[end] != '的')
            return 0;
        var rest = text.AsSpan(end + 1, sentence.End - end - 1);
        foreach (var (noun, direction) in RatesAfter)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal))
                return direction;
        }
        return 0;
    }

    private (int At, string? Word, int Direction) LastVerb(ReadOnlySpan<char> before)
    {
        int bestEnd = -1, bestAt = -1, dir = 0;
        string? best = null;
        foreach (var (word, direction) in _verbs)
        {
            int at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length > bestEnd)
            {
                bestEnd = at + word.Length;
                bestAt = at;
                best = word;
                dir = direction;
            }
        }
        return (bestAt, best, dir);
    }

    /// <summary>How far back 比 or 较 may stand from its comparative: a base of a few words (比全国平均水平).</summary>
    private const int BaseWindow = 12;

    /// <summary>
    /// 比上月低0.02个百分点, 较全国高1.2个百分点, 比去年同期少了12亿元: a comparative (高/多/快 up, 低/少/慢
    /// down, 高出 too) that ends <paramref name="before"/> after 比 or 较 and a base is a change.
    /// Not after 比重, 比例, 比率 or 占比, nor 较高 (no base: "rather high").
    /// </summary>
    /// <returns>Where the comparative starts in <paramref name="before"/>, its length and direction; (-1, 0, 0) for none.</returns>
    internal static (int At, int Length, int Direction) ComparativeBefore(ReadOnlySpan<char> before)
    {
        int end = before.Length;
        if (end > 0 && before[end - 1] == '了')
            end--;
        int at = end - 1;
        if (at > 0 && before[at] == '出')
            at--;
        if (at < 2)
            return (-1, 0, 0);
        int direction = before[at] switch
        {
            '高' or '多' or '快' => 1,
            '低' or '少' or '慢' => -1,
            _ => 0,
        };
        if (direction == 0)
            return (-1, 0, 0);
        int from = Math.Max(0, at - BaseWindow);
        int compare = before[from..at].LastIndexOfAny('比', '较');
        if (compare < 0)
            return (-1, 0, 0);
        compare += from;
        if (compare + 1 >= at || "重例率".Contains(before[compare + 1]) || (compare > 0 && before[compare - 1] == '占'))
            return (-1, 0, 0);
        return (at, end - at, direction);
    }

    /// <summary>Start of the clause holding <paramref name="position"/>, at most <paramref name="window"/> characters back.</summary>
    internal static int ClauseStart(string text, Sentence sentence, int position, int window)
    {
        int from = Math.Max(sentence.Start, position - window);
        for (int i = position - 1; i >= from; i--)
        {
            // A space between Chinese characters parts a headline (沪指跌0.41%　两市成交额超8900亿元).
            if (SentenceSplitter.IsClauseBreak(text[i])
                || (text[i] == ' ' && i > sentence.Start && i + 1 < position && !char.IsAsciiLetterOrDigit(text[i - 1]) && QuantityDetector.IsCjk(text[i + 1])))
                return i + 1;
        }
        return from;
    }
}
