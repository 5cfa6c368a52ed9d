using FactExtractor.Qualifiers;
using FactExtractor.Quantities;
using FactExtractor.Resources;
using FactExtractor.Segmentation;
using FactExtractor.Text;

namespace FactExtractor.Subjects;

/// <summary>
/// Finds the indicator each quantity measures (SPEC section 2): the phrase before it in its
/// clause, with verbs, cues and time words stripped (全年实现地区生产总值 → 地区生产总值); the
/// counted thing after a verb (引进院士3人 → 院士, predicate 引进) or after the count
/// (改建3所社区卫生服务中心); the subject of the clause before when a clause has none
/// (地区生产总值1228亿元，同比增长1.5%); and list items for 分别 (A、B分别增长3%、5%).
/// </summary>
internal sealed class SubjectLinker
{
    private const int MaxSubjectLength = 10;

    /// <summary>The most quantities one 分别 distributes a list over.</summary>
    private const int MaxDistributed = 64;
    private static readonly char[] ListSeparators = ['、', '和', '及', '与'];
    private static readonly char[] ItemSeparators = ['、'];

    private readonly string[] _trailing;
    private readonly string[] _heads;
    private readonly string[] _compoundHeads;
    private readonly string[] _leading;
    private readonly string[] _compare;
    private readonly string[] _milestones;
    private readonly string[] _frames;
    private readonly string[] _statistics;
    private readonly string[] _contributions;
    private readonly string[] _bounds;
    private readonly string[] _shares;

    public static SubjectLinker Default { get; } = new();

    private SubjectLinker()
    {
        var rows = Lexicon.ReadRows("subject-stopwords.tsv").ToList();
        _trailing = [.. rows.Where(r => r[1] == "trailing").Select(r => r[0]).OrderByDescending(w => w.Length)];
        _heads = [.. rows.Where(r => r[1] is "head" or "compound-head").Select(r => r[0]).OrderByDescending(w => w.Length)];
        _compoundHeads = [.. rows.Where(r => r[1] == "compound-head").Select(r => r[0])];
        _leading = [.. rows.Where(r => r[1] == "leading").Select(r => r[0]).OrderByDescending(w => w.Length)];
        _compare = [.. rows.Where(r => r[1] == "compare").Select(r => r[0])];
        _milestones = [.. rows.Where(r => r[1] == "milestone").Select(r => r[0]).OrderByDescending(w => w.Length)];
        _frames = [.. rows.Where(r => r[1] == "frame").Select(r => r[0])];
        _statistics = [.. rows.Where(r => r[1] == "statistic").Select(r => r[0])];
        _contributions = [.. rows.Where(r => r[1] == "contribution").Select(r => r[0])];
        _bounds = [.. rows.Where(r => r[1] == "bound").Select(r => r[0])];
        _shares = [.. rows.Where(r => r[1] == "share").Select(r => r[0])];
    }

    /// <param name="t">The normalized text.</param>
    /// <param name="s">The sentence.</param>
    /// <param name="mentions">The sentence's quantities, in order.</param>
    /// <param name="previous">The quantities of the sentence before, when it is in the same paragraph; else empty.</param>
    /// <param name="cancellationToken">Checked every few hundred quantities: one sentence can hold a megabyte.</param>
    public void Link(string t, Sentence s, IReadOnlyList<QuantityMention> mentions, IReadOnlyList<QuantityMention> previous, CancellationToken cancellationToken = default)
    {
        // What every quantity asks of the ones before it is kept up to date here, once per
        // sentence, rather than searched for again by each quantity: a sentence of a megabyte
        // holds hundreds of thousands of them.
        var state = new LinkState(t, s, previous);
        for (int k = 0; k < mentions.Count; k++)
        {
            if ((k & 255) == 255)
                cancellationToken.ThrowIfCancellationRequested();
            LinkOne(t, s, mentions, k, state);
            if (mentions[k].SubjectStart >= 0)
                state.WithSubject.Add(k);
        }
    }

    /// <summary>What the quantities of a sentence share while they are linked in order.</summary>
    private sealed class LinkState(string t, Sentence s, IReadOnlyList<QuantityMention> previous)
    {
        private readonly List<int> _fenbie = FindAll(t, s, "分别");
        private int _fenbieNext;
        private QuantityMention? _previousSource;
        private bool _previousSearched;

        /// <summary>Indexes of the quantities already linked that have a subject, in order.</summary>
        public List<int> WithSubject { get; } = [];

        /// <summary>The last quantity of the sentence before with a subject.</summary>
        public QuantityMention? PreviousSource
        {
            get
            {
                if (!_previousSearched)
                {
                    _previousSource = previous.LastOrDefault(x => x.SubjectStart >= 0);
                    _previousSearched = true;
                }
                return _previousSource;
            }
        }

        /// <summary>The last 分别 that ends before <paramref name="position"/> in the sentence, or -1; positions must not decrease between calls.</summary>
        public int LastFenbieBefore(int position)
        {
            while (_fenbieNext < _fenbie.Count && _fenbie[_fenbieNext] + 1 <= position)
                _fenbieNext++;
            return _fenbieNext > 0 ? _fenbie[_fenbieNext - 1] : -1;
        }

        private static List<int> FindAll(string t, Sentence s, string word)
        {
            var found = new List<int>();
            for (int at = s.Start; at < s.End; at += word.Length)
            {
                at = t.IndexOf(word, at, s.End - at, StringComparison.Ordinal);
                if (at < 0)
                    break;
                found.Add(at);
            }
            return found;
        }
    }

    private void LinkOne(string t, Sentence s, IReadOnlyList<QuantityMention> mentions, int k, LinkState state)
    {
        var m = mentions[k];
        int clauseStart = ChangeClassifier.ClauseStart(t, s, m.Start, 60);
        // Only the text after the previous quantity of the same clause belongs to this one.
        int from = clauseStart;
        if (k > 0 && mentions[k - 1].End > from)
            from = mentions[k - 1].End;
        // 维修资金按购房款的千分之五, 销售额…是去年同期的1.8倍: a ratio to a base (按/是 X 的 N) is said of
        // what stands before 按 or 是.
        int by = m.Kind == FactKind.Ratio && m.Start > from && t[m.Start - 1] == '的' ? t.AsSpan(from, m.Start - from).LastIndexOfAny('按', '是') : -1;
        if (by >= 0)
            by += from;
        var (start, end, predicate) = Trim(t, from, by >= 0 ? by : m.Start);
        // 食品类价格影响价格总水平上涨约4.26个百分点, 消费拉动经济增长2.1个百分点: the points are the
        // contribution of what stands before 影响 or 拉动.
        if (m.Unit.Canonical == "pp" && end - start > 2 && ContributorEnds(t, start + 2, end) is { } contributor)
            (start, end, predicate) = Trim(t, from, contributor);
        // 央行开展了150亿元逆回购操作, 给予2万-8万元不等的购房补贴: right after a head verb, a measure
        // names the noun that follows it (counts do so anyway, below).
        if (!m.Unit.IsCount && m.Kind != FactKind.Rank && HeadRightBefore(t, from, m.Start) is { } head
            && TryNounAfter(t, s, m, out var after, out var afterEnd))
        {
            Set(t, m, after, afterEnd, head);
            return;
        }
        // A count or ordinal followed by its noun names it: 关闭303个小型煤矿, 第二大水电工程; counts listed
        // before one noun all count it: 840户、1671人建档立卡贫困人口.
        if (((m.Unit.IsCount || m.Kind == FactKind.Rank) && TryCountedNounAfter(t, s, m, k + 1 < mentions.Count ? mentions[k + 1] : null, out var ns, out var ne))
            || (m.Unit.IsCount && CountsListedBefore(t, s, mentions, k, out ns, out ne)))
        {
            Set(t, m, ns, ne, predicate);
            return;
        }
        // 出口、进口分别增长3%、5%: a list before 分别 is distributed, not one subject.
        bool distributed = t.AsSpan(from, m.Start - from).Contains("分别", StringComparison.Ordinal);
        if (distributed && TryDistribute(t, s, mentions, k, state))
            return;
        if (!distributed && !m.Unit.IsCount && TryDistributeJoined(t, s, mentions, k))
            return;
        // 按可比口径同比增长41.2%: a clause that opens with a frame (按, 从) holds no subject of its
        // own; the subject of the clause before continues.
        bool framed = from == clauseStart && OpensWithFrame(t, from, m.Start);
        // 第三产业增加值在GDP中的比重: the share is of what stands before 在 (as before 占, in Trim).
        if (IsBareShare(t, start, end) && t.LastIndexOf('在', end - 1, end - from) is var zai && zai - from >= 2)
            (start, end, predicate) = Trim(t, from, zai);
        if (end - start >= 2 && !framed && !Lexicon.StartsWithAny(t.AsSpan(start), _compare) && !IsBareShare(t, start, end))
        {
            // 14个行业高于50%: the group a count right before names is the subject, with its count
            // (but 11个地市中有9个 counts 地市, and 每10股 is a rate, not a group).
            if (k > 0 && !m.Unit.IsCount && CountsGroup(t, mentions[k - 1], start, end))
                start = mentions[k - 1].Start;
            Set(t, m, start, end, predicate);
            return;
        }
        if (!distributed && TryDistribute(t, s, mentions, k, state))
            return;
        if (!framed && !distributed && TryNounAfter(t, s, m, out ns, out ne))
        {
            Set(t, m, ns, ne, predicate);
            return;
        }
        // 保险费征缴收入占比逐年减少，由2005年的84.7%…: the clause before, holding no number, names it.
        int previousStart = clauseStart > s.Start ? ChangeClassifier.ClauseStart(t, s, clauseStart - 1, 60) : clauseStart;
        bool previousHoldsNoNumber = previousStart < clauseStart && (k == 0 || mentions[k - 1].End <= previousStart);
        if (previousHoldsNoNumber && !NounPhrase.IsFrame(t, previousStart, clauseStart - 1))
        {
            // The clause must state something of its subject: a predicate follows the phrase (创历史新高 has none).
            var (ps, pe, pp) = Trim(t, previousStart, clauseStart - 1);
            if (pe - ps >= 2 && pe < clauseStart - 1 && !Lexicon.StartsWithAny(t.AsSpan(ps), _compare))
            {
                Set(t, m, ps, pe, pp);
                return;
            }
        }
        // 从…的猪粮比价来看，正常情况下6∶1为盈亏平衡: a clause that names nothing is said of what the
        // view before it looks at.
        if (previousHoldsNoNumber && ViewedThing(t, previousStart, clauseStart - 1) is var (vs, ve) && ve > vs)
        {
            Set(t, m, vs, ve, null);
            return;
        }
        // A clause without its own subject continues the one before it, in this sentence or,
        // for a sentence that opens without one (但比去年同期仍回升0.2个百分点), in the sentence before.
        var source = state.WithSubject.Count > 0 ? mentions[state.WithSubject[^1]] : state.PreviousSource;
        if (source is not null)
        {
            m.SubjectStart = source.SubjectStart;
            m.SubjectEnd = source.SubjectEnd;
            // 其余7个县区高于全市平均水平2.1个百分点: the group of the count just before, with its count.
            if (k > 0 && source == mentions[k - 1] && !m.Unit.IsCount && CountsGroup(t, source, source.SubjectStart, source.SubjectEnd))
                m.SubjectStart = source.Start;
        }
    }

    /// <summary>
    /// The phrase <c>[start, end)</c> is exactly the counted noun right after the count
    /// <paramref name="count"/> (14个行业): the quantity after it is said of that group.
    /// </summary>
    private static bool CountsGroup(string t, QuantityMention count, int start, int end) =>
        count.Unit.IsCount && count.End == start && count.SubjectStart == start && count.SubjectEnd == end
        && !(count.Start > 0 && t[count.Start - 1] == '每');

    /// <summary>The clause opens with a frame word (按可比价格, 从行业看): a frame of measurement or view.</summary>
    private bool OpensWithFrame(string t, int start, int end)
    {
        while (start < end && t[start] is ' ' or '，' or '；' or '、')
            start++;
        // Cut only where a frame word can start; then it must be a word (not 从业, 按时).
        if (end <= start || !Lexicon.StartsWithAny(t.AsSpan(start), _frames))
            return false;
        var words = JiebaSegmenter.Instance.Cut(t, start, end - start);
        return words.Count > 0 && Array.IndexOf(_frames, words[0].Text) >= 0;
    }

    /// <summary>60岁以上人口: an age starts the name; its digits stay.</summary>
    private static bool StartsWithAge(string t, int start, int end)
    {
        int i = start;
        while (i < end && ChineseNumerals.IsAsciiDigit(t[i]))
            i++;
        return i < end && t[i] == '岁';
    }


    private bool IsStatistic(ReadOnlySpan<char> phrase)
    {
        foreach (var word in _statistics)
        {
            if (phrase.SequenceEqual(word))
                return true;
        }
        return false;
    }

    // keepHead: an item of a list (A、B、C分别…) too long keeps its first words, which tell the
    // items apart; any other name keeps its last words, the indicator.
    private void Set(string t, QuantityMention m, int start, int end, string? predicate, bool keepHead = false)
    {
        // 美国等国家的煤矿机械化率: the phrase after the last 的 names the indicator, unless it is a
        // statistic of what stands before (增速的算术平均值).
        int de = end > start ? t.LastIndexOf('的', end - 1, end - start) : -1;
        bool statistic = de >= start && IsStatistic(t.AsSpan(de + 1, end - de - 1));
        if (de >= start && end - (de + 1) >= 2 && !statistic)
            start = de + 1;
        // 养老保险的“供养比”已降至: an opening quote whose term ended before the number is no part of the name.
        if (end - start > 2 && t[start] == '“' && t.IndexOf('”', start, end - start) < 0)
            start++;
        int origin = start;
        // The length limit is for the name; a statistic's 的算术平均值 comes on top.
        int max = MaxSubjectLength + (statistic ? end - de : 0);
        if (end - start > max && keepHead)
        {
            // Keep the first words that fit, whole.
            int cut = start + max;
            foreach (var w in Segmentation.JiebaSegmenter.Instance.Cut(t, origin, end - origin))
            {
                if (w.End > cut)
                    break;
                end = w.End;
            }
        }
        else if (end - start > max)
        {
            // Keep the last words that fit, whole: cut at a jieba word boundary.
            int cut = end - max;
            start = cut;
            foreach (var w in Segmentation.JiebaSegmenter.Instance.Cut(t, origin, end - origin))
            {
                if (w.End > cut)
                {
                    start = w.Start;
                    break;
                }
            }
        }
        m.SubjectStart = start;
        m.SubjectEnd = end;
        m.Predicate = predicate;
    }

    /// <summary>Strips cues and verbs from the end, narrows to the noun phrase that ends the text (after any head verb), strips time words from the start.</summary>
    private (int Start, int End, string? Predicate) Trim(string t, int start, int end)
    {
        // 较前一交易日上涨: a clause that opens with a comparison has no subject of its own.
        int lead = start;
        while (lead < end && t[lead] is ' ' or '，' or '；' or '、')
            lead++;
        if (Lexicon.StartsWithAny(t.AsSpan(lead), _compare))
            return (end, end, null);
        // 利率比上月低: the comparative and its base (stripped below, or cut by NounPhrase) are no part of the name.
        if (ChangeClassifier.ComparativeBefore(t.AsSpan(start, end - start)) is var (comparative, _, _) && comparative >= 0)
            end = start + comparative;
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;
            foreach (var w in _trailing)
            {
                if (end - w.Length >= start && string.CompareOrdinal(t, end - w.Length, w, 0, w.Length) == 0
                    && !(w == "比" && NounPhrase.IsRatioNoun(t, end - 1)))
                {
                    end -= w.Length;
                    changed = true;
                    break;
                }
            }
            // A bracketed remark at the end (（15—59岁）) is no part of the name.
            if (end > start && t[end - 1] is '）' or ')')
            {
                int open = t.LastIndexOfAny(['（', '('], end - 1, end - start);
                if (open > start)
                {
                    end = open;
                    changed = true;
                }
            }
            // Brackets, quotes, spaces and written dates at the edge are no part of a name.
            while (end > start && (t[end - 1] is ' ' or '（' or '(' or '“' or '”' or '"' or '、' or '：' || ChineseNumerals.IsAsciiDigit(t[end - 1])
                || (t[end - 1] is '年' or '月' or '日' or '底' or '末' && end - 2 >= start && (ChineseNumerals.IsAsciiDigit(t[end - 2]) || t[end - 2] is '年' or '月'))))
            {
                end--;
                changed = true;
            }
        }
        // 占地区生产总值的比重: the share belongs to what stands before 占 (the noun 占比 stays).
        int share = t.AsSpan(start, end - start).IndexOf('占');
        if (share > 1 && !(start + share + 1 < end && t[start + share + 1] == '比'))
            end = start + share;
        int scope = start;
        (start, end) = NounPhrase.Narrow(t, start, end, _heads, _compoundHeads, _compare, out var predicate);
        // 基金收入增速的算术平均值: a statistic names nothing without what it is of.
        if (start - 1 > scope && t[start - 1] == '的' && IsStatistic(t.AsSpan(start, end - start))
            && NounPhrase.Narrow(t, scope, start - 1, _heads, _compoundHeads, _compare, out _) is var of && of.End > of.Start)
            start = of.Start;
        changed = true;
        while (changed && end > start)
        {
            changed = false;
            foreach (var w in _leading)
            {
                if (start + w.Length <= end && string.CompareOrdinal(t, start, w, 0, w.Length) == 0)
                {
                    start += w.Length;
                    changed = true;
                    break;
                }
            }
            while (start < end && (t[start] is ' ' or '，' or '、' or '）' or ')' or '”' or '"' or '：' or '-' or '—'
                || (ChineseNumerals.IsAsciiDigit(t[start]) && !StartsWithAge(t, start, end))
                || (t[start] is '年' or '月' or '日' && start > 0 && ChineseNumerals.IsAsciiDigit(t[start - 1]))))
            {
                start++;
                changed = true;
            }
        }
        return (start, end, predicate);
    }

    /// <summary>
    /// The noun after the last of the counts that follow <c>mentions[k]</c>, each joined to the one
    /// before by 、 or 和 alone (840户、1671人建档立卡贫困人口). 3个乡镇、25个村 is no such list: its
    /// first count has a noun of its own, found before this is tried.
    /// </summary>
    private bool CountsListedBefore(string t, Sentence s, IReadOnlyList<QuantityMention> mentions, int k, out int start, out int end)
    {
        start = end = -1;
        int last = k;
        while (last + 1 < mentions.Count && mentions[last + 1].Unit.IsCount && mentions[last].End + 1 == mentions[last + 1].Start
            && t[mentions[last].End] is '、' or '和')
            last++;
        return last > k && TryCountedNounAfter(t, s, mentions[last], last + 1 < mentions.Count ? mentions[last + 1] : null, out start, out end);
    }

    /// <summary>
    /// 改建3所社区卫生服务中心: the counted noun right after the count, up to the clause end; after
    /// a relative clause the noun it describes (4名协助俄罗斯的乌克兰官员 → 乌克兰官员, cut by <see cref="Set"/>).
    /// </summary>
    private bool TryCountedNounAfter(string t, Sentence s, QuantityMention m, QuantityMention? next, out int start, out int end)
    {
        start = m.End;
        if (m.Kind == FactKind.Rank && start < s.End && t[start] == '大')
            start++;
        // 4台66万千瓦机组, 2个5万吨级泊位: a size between the count and its noun is passed over.
        if (next is not null && next.Start == start && !next.Unit.IsCount)
        {
            start = next.End;
            if (start < s.End && t[start] == '级')
                start++;
        }
        return TryNounPhraseAt(t, s, ref start, out end);
    }

    /// <summary>
    /// 签订261亿元订单, 替代90万吨煤炭, 低于5.5%左右的年度控制目标, 给予1万-5万元不等的现金补贴: the
    /// noun right after the quantity, or after its bound and 的, that it measures (not a mark it
    /// reaches: 大关, 新高水平; nor a rate). Tried after a head verb, or when the clause names nothing
    /// before the quantity.
    /// </summary>
    private bool TryNounAfter(string t, Sentence s, QuantityMention m, out int start, out int end)
    {
        start = m.End;
        end = -1;
        foreach (var bound in _bounds)
        {
            if (t.AsSpan(start, s.End - start).StartsWith(bound, StringComparison.Ordinal) && start + bound.Length < s.End && t[start + bound.Length] == '的')
            {
                start += bound.Length;
                break;
            }
        }
        if (start < s.End && t[start] == '的')
            start++;
        if (!TryNounPhraseAt(t, s, ref start, out end))
            return false;
        // 3万亿GDP大台阶: the mark reached is no part of the name; 9000亿元三大台阶, 万亿的突破 name
        // nothing but the mark. 25%和38%的增速: a rate says what kind of number it is.
        foreach (var milestone in _milestones)
        {
            if (t.AsSpan(start, end - start).EndsWith(milestone, StringComparison.Ordinal))
            {
                end -= milestone.Length;
                break;
            }
        }
        var phrase = t.AsSpan(start, end - start);
        return phrase.Length >= 2 && !ChineseNumerals.IsChineseNumeralChar(phrase[0]) && WordClasses.Default.Of(phrase) != WordClass.Rate;
    }

    /// <summary>The noun phrase X of a view 从X看 or 从X来看 that is all of <c>[start, end)</c>; empty when it is no such view.</summary>
    private (int Start, int End) ViewedThing(string t, int start, int end)
    {
        while (start < end && t[start] is ' ' or '，' or '；')
            start++;
        if (end - start < 4 || t[start] != '从' || t[end - 1] != '看')
            return (0, 0);
        int viewEnd = t[end - 2] == '来' ? end - 2 : end - 1;
        var (s, e, _) = Trim(t, start + 1, viewEnd);
        return e - s >= 2 ? (s, e) : (0, 0);
    }

    /// <summary>The head verb (开展, 签订) that ends <c>[from, at)</c>, after a 了; null when there is none.</summary>
    private string? HeadRightBefore(string t, int from, int at)
    {
        if (at - 1 > from && t[at - 1] == '了')
            at--;
        foreach (var head in _heads)
        {
            if (at - head.Length >= from && string.CompareOrdinal(t, at - head.Length, head, 0, head.Length) == 0)
                return head;
        }
        return null;
    }

    /// <summary>Where 影响 or 拉动 starts in <c>[from, end)</c> (the end of the contributor before it); null when neither is there.</summary>
    private int? ContributorEnds(string t, int from, int end)
    {
        foreach (var verb in _contributions)
        {
            int at = t.AsSpan(from, end - from).IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
                return from + at;
        }
        return null;
    }

    /// <summary>The noun phrase that starts at <paramref name="start"/> (a counted noun, or the noun after a relative clause's 的).</summary>
    private bool TryNounPhraseAt(string t, Sentence s, ref int start, out int end)
    {
        end = start;
        while (end < s.End && end - start < 2 * MaxSubjectLength && (QuantityDetector.IsCjk(t[end]) || char.IsAsciiLetter(t[end])))
            end++;
        if (end - start < 2)
            return false;
        // What follows must hold a noun and not start with a bound, place or function word or a
        // milestone: 800家以上, 187家增至, 4100万头左右, 一千万大关 name nothing; 1671人建档立卡贫困人口实现… names
        // 建档立卡贫困人口 (the phrase ends at its last noun).
        var classes = WordClasses.Default;
        var words = JiebaSegmenter.Instance.Cut(t, start, end - start);
        // An adverb may open a short relative clause before its verb (8个已建成的污水处理厂), but not
        // the predicate of the count (4人均参与…).
        int first = words.Count > 2 && classes.Of(words[0].Text) == WordClass.Adverb && classes.Of(words[1].Text) == WordClass.Verb
            && words[2].Text == "的" ? 1 : 0;
        if (words.Count == 0 || Array.IndexOf(_milestones, words[first].Text) >= 0
            || classes.Of(words[first].Text) is not (WordClass.Nominal or WordClass.Place or WordClass.Adjective or WordClass.Rate or WordClass.Other or WordClass.Verb or WordClass.Numeral))
            return false;
        // A verb first makes a relative clause (协助俄罗斯的乌克兰官员): the counted noun is the one
        // after its 的. Else the count counts the noun before 的 (6万多种产品的…制造业体系 → 产品).
        bool relative = classes.Of(words[first].Text) == WordClass.Verb;
        end = -1;
        foreach (var w in words)
        {
            if (w.Text == "的")
            {
                // The relative clause may hold no noun of its own (5个已完成的项目).
                if (!relative)
                    break;
                relative = false;
                end = -1;
            }
            else if (classes.Of(w.Text) is WordClass.Nominal or WordClass.Place or WordClass.Rate or WordClass.Other)
            {
                end = w.End;
            }
            else if (end >= 0 && classes.Of(w.Text) != WordClass.Connector)
            {
                // 4名乌克兰现任和前任政府官员: a connector joins the modifiers of one noun; the phrase
                // reaches the next noun after it, if there is one.
                break;
            }
        }
        return end - start >= 2;
    }

    /// <summary>
    /// 分别: the k-th quantity after 分别 takes the k-th item of the list before it
    /// (A、B分别增长3%、5%), or, with no list, the subject of the k-th quantity before.
    /// </summary>
    private bool TryDistribute(string t, Sentence s, IReadOnlyList<QuantityMention> mentions, int k, LinkState state)
    {
        var m = mentions[k];
        int at = state.LastFenbieBefore(m.Start);
        if (at < 0)
            return false;
        // Position of this quantity among those after 分别. A list is a few dozen items at most;
        // longer runs of numbers after one 分别 are not distributed (nor searched, item by item).
        int index = 0;
        int firstAfter = k;
        for (int j = k - 1; j >= 0 && mentions[j].Start > at; j--)
        {
            if (++index > MaxDistributed)
                return false;
            firstAfter = j;
        }
        int clauseStart = ChangeClassifier.ClauseStart(t, s, at, 60);
        var (ls, le, _) = Trim(t, clauseStart, at);
        if (le - ls >= 2)
        {
            var items = ListItems(t, ls, le, QuantitiesAfter(mentions, firstAfter, at));
            if (items.Count >= 2 && index < items.Count)
            {
                Set(t, m, items[index].Start, items[index].End, null, keepHead: true);
                return true;
            }
            // 对应EPS分别为0.85、1.02、1.23元: one phrase before 分别 names every quantity after it.
            if (items.Count == 1)
                return false;
        }
        // No list before 分别: the quantities before, in order, name the subjects.
        int count = QuantitiesAfter(mentions, firstAfter, at);
        if (count > MaxDistributed)
            return false;
        // The quantities before firstAfter that have a subject are the first `earlier` of WithSubject.
        int earlier = state.WithSubject.Count;
        while (earlier > 0 && state.WithSubject[earlier - 1] >= firstAfter)
            earlier--;
        if (earlier >= count && count > 1)
        {
            var source = mentions[state.WithSubject[earlier - count + index]];
            Set(t, m, source.SubjectStart, source.SubjectEnd, null);
            return true;
        }
        return false;
    }

    /// <summary>
    /// 非金属矿物制品和有色金属行业用电量增幅高达32.3%和33.4%: quantities of one unit joined by 和, 及
    /// or 、, after a list of as many items, are distributed over it as after 分别.
    /// </summary>
    private bool TryDistributeJoined(string t, Sentence s, IReadOnlyList<QuantityMention> mentions, int k)
    {
        int first = k, last = k;
        while (first > 0 && Joined(t, mentions[first - 1], mentions[first]))
            first--;
        while (last + 1 < mentions.Count && Joined(t, mentions[last], mentions[last + 1]))
            last++;
        int count = last - first + 1;
        if (count < 2 || count > MaxDistributed)
            return false;
        int from = ChangeClassifier.ClauseStart(t, s, mentions[first].Start, 60);
        if (first > 0 && mentions[first - 1].End > from)
            from = mentions[first - 1].End;
        var (ls, le, _) = Trim(t, from, mentions[first].Start);
        if (le - ls < 2)
            return false;
        var items = ListItems(t, ls, le, count);
        if (items.Count != count)
            return false;
        Set(t, mentions[k], items[k - first].Start, items[k - first].End, null, keepHead: true);
        return true;

        static bool Joined(string t, QuantityMention a, QuantityMention b) =>
            b.Start == a.End + 1 && t[a.End] is '和' or '、' or '及' && a.Unit.Canonical == b.Unit.Canonical;
    }

    /// <summary>
    /// 早稻产量不到630亿斤，在全国粮食总产量的比重不到6%: a share word alone after 的 names the whole
    /// (粮食总产量), not the part; the part is the subject before.
    /// </summary>
    private bool IsBareShare(string t, int start, int end)
    {
        if (end - start < 3)
            return false;
        int de = t.LastIndexOf('的', end - 1, end - start);
        if (de < start)
            return false;
        var after = t.AsSpan(de + 1, end - de - 1);
        foreach (var share in _shares)
        {
            if (after.SequenceEqual(share))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The items of the list in <c>t[start..end)</c>, split at 、和及与, or at 、 alone when only that
    /// gives one item per quantity: 通用设备制造业、电气机械和器材制造业、仪器仪表制造业…分别增长17.3%、14.6%、14.6%
    /// has a 和 inside an item.
    /// </summary>
    private static List<(int Start, int End)> ListItems(string t, int start, int end, int quantities)
    {
        var items = Split(t, start, end, ListSeparators);
        if (items.Count != quantities && quantities <= MaxDistributed && Split(t, start, end, ItemSeparators) is { Count: >= 2 } byComma && byComma.Count == quantities)
            return byComma;
        return items;
    }

    /// <summary>
    /// How many quantities follow <paramref name="at"/> from <c>mentions[first]</c> on, counted up to
    /// one past <see cref="MaxDistributed"/>: longer runs are not distributed, nor walked to their end.
    /// </summary>
    private static int QuantitiesAfter(IReadOnlyList<QuantityMention> mentions, int first, int at)
    {
        int count = 0;
        for (int j = first; j < mentions.Count && mentions[j].Start > at && count <= MaxDistributed; j++)
            count++;
        return count;
    }

    /// <summary>The items of a list in <c>t[start..end)</c>, split at 、和及与 (empty items left out).</summary>
    internal static List<(int Start, int End)> Split(string t, int start, int end) => Split(t, start, end, ListSeparators);

    /// <summary>The items of a list in <c>t[start..end)</c>, split at <paramref name="separators"/> (empty items left out).</summary>
    private static List<(int Start, int End)> Split(string t, int start, int end, char[] separators)
    {
        var items = new List<(int, int)>();
        int itemStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || Array.IndexOf(separators, t[i]) >= 0)
            {
                if (i - itemStart >= 1)
                    items.Add((itemStart, i));
                itemStart = i + 1;
            }
        }
        return items;
    }
}
