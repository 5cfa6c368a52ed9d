using FactExtractor.Quantities;
using FactExtractor.Segmentation;

namespace FactExtractor.Subjects;

/// <summary>
/// Narrows the text before a quantity to the noun phrase that ends it, over jieba's words and
/// their dictionary classes: 惠州2021年GDP → GDP, 家电企业共实现销售收入 → 销售收入,
/// 两市午后走势疲软沪指 → 走势疲软沪指. Text with no noun at all (增加到, 同比下滑) names nothing.
/// </summary>
internal static class NounPhrase
{
    // Words that end a date or period when they follow a number: 2021年, 7月, 1月份, 2016年底.
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "年", "月", "日", "号", "份", "月份", "年度", "季度", "年底", "年末", "年初", "月底", "月末", "月初", "底", "末", "初",
    };

    /// <summary>
    /// The phrase at the end of <c>[start, end)</c>; empty (start == end) when there is none.
    /// <paramref name="predicate"/> is the head verb the phrase follows (引进院士 → 引进).
    /// A head of <paramref name="compoundHeads"/> right after a noun ends the name instead (研发投入).
    /// </summary>
    public static (int Start, int End) Narrow(string t, int start, int end, string[] heads, string[] compoundHeads, string[] compare, out string? predicate)
    {
        predicate = null;
        if (end <= start)
            return (end, end);
        var classes = WordClasses.Default;
        var words = JiebaSegmenter.Instance.Cut(t, start, end - start);
        int last = words.Count - 1;
        while (true)
        {
            // Function words, times, written dates and leaning verbs at the end belong to the
            // predicate: 强度由, CPI也会有, 地区生产总值仍实现, GDP有望在2025年位居, 合作社由十年前.
            while (last >= 0 && !IsRatioNoun(t, words, last))
            {
                int time = Math.Max(WrittenDateEndsAt(words, last), TimeAgoEndsAt(words, last));
                if (time > 0)
                    last -= time;
                else if (IsTrailing(classes.Of(words[last].Text)) || IsClausePunctuation(words[last].Text) || words[last].Text is "”" or "\""
                    || (Array.IndexOf(heads, words[last].Text) >= 0 && !EndsCompound(words, last, compoundHeads)))
                    last--;
                else
                    break;
            }
            if (last < 0)
                return (end, end);
            bool ratio = IsRatioNoun(t, words, last);
            int first = PhraseStart(words, ratio || EndsCompound(words, last, compoundHeads) ? last - 1 : last, heads, compare, out predicate);
            if (first < 0)
                return (end, end);
            // 较前一交易日上涨: the phrase after a comparison word is its base; the subject, if any, is before it.
            int comparison = first - 1;
            while (comparison >= 0 && Array.IndexOf(compare, words[comparison].Text) < 0)
                comparison--;
            if (comparison == 0)
                return (end, end);
            if (comparison > 0)
            {
                last = comparison - 1;
                continue;
            }
            // A verb-only phrase names nothing (增加到, 同比多增), unless it ends in a one-character
            // morpheme, which jieba reads as a verb but which is mostly a noun suffix (加氢站).
            bool named = last > first && words[last].Text.Length == 1;
            for (int i = first; i <= last && !named; i++)
                named = classes.Of(words[i].Text) is WordClass.Nominal or WordClass.Rate or WordClass.Numeral && !IsNumber(words[i].Text) && char.IsLetter(words[i].Text[0]);
            if (named)
                return (words[first].Start, ratio ? words[last].Start + 1 : words[last].End);
            // 保险费征缴收入占比逐年减少: the verb after an adverb is a predicate; its subject stands before.
            if (first < 2 || classes.Of(words[first - 1].Text) != WordClass.Adverb)
                return (end, end);
            last = first - 2;
            predicate = null;
        }
    }

    /// <summary>研发投入, 技改投入: a compound head right after a noun (not a verb or a function word) ends a name.</summary>
    private static bool EndsCompound(IReadOnlyList<Word> words, int i, string[] compoundHeads) =>
        i > 0 && Array.IndexOf(compoundHeads, words[i].Text) >= 0
        && WordClasses.Default.Of(words[i - 1].Text) == WordClass.Nominal && !IsNumber(words[i - 1].Text);

    /// <summary>
    /// 订单出货比为0.94, 供养比已降至2.65∶1, 收入比缩小至1.86∶1: a 比 after a name and before 为, 已, 达 or
    /// a change verb (no base) is the noun "ratio" ending the name, not the comparison of 比上年 or
    /// 比2010年 (nor 占比).
    /// </summary>
    internal static bool IsRatioNoun(string t, int at) =>
        at > 0 && at + 1 < t.Length && t[at] == '比' && QuantityDetector.IsCjk(t[at - 1]) && t[at - 1] != '占' && !ChineseNumerals.IsChineseNumeralChar(t[at - 1])
        && ("为已达是仍由从降回约仅缩扩提升增减".Contains(t[at + 1]) || t[at + 1] is '”' or '"'); // “供养比”: a quoted term ends there

    private static bool IsRatioNoun(string t, IReadOnlyList<Word> words, int i) =>
        i > 0 && words[i].Text is "比" or "比为" && WordClasses.Default.Of(words[i - 1].Text) is WordClass.Nominal or WordClass.Verb && IsRatioNoun(t, words[i].Start);

    /// <summary>A frame, not a statement: the clause opens with a preposition or a bracket (按可比价格计算, 从区域来看, （不含…）).</summary>
    public static bool IsFrame(string t, int start, int end)
    {
        if (end <= start || t[start] is '（' or '(' or '“' or '"')
            return true;
        var words = JiebaSegmenter.Instance.Cut(t, start, end - start);
        return words.Count == 0 || WordClasses.Default.Of(words[0].Text) == WordClass.Preposition;
    }

    /// <summary>
    /// Index of the first word of the phrase ending at <paramref name="last"/>: after the last word
    /// that cannot be inside a name; -1 when the phrase is a comparison's base.
    /// </summary>
    private static int PhraseStart(IReadOnlyList<Word> words, int last, string[] heads, string[] compare, out string? predicate)
    {
        predicate = null;
        var classes = WordClasses.Default;
        // A rate alone (增速) reaches past an adverb to what it is the rate of (销售同比增速).
        bool rateOnly = true;
        for (int i = last; i >= 0; i--)
        {
            var w = words[i];
            var c = classes.Of(w.Text);
            if (Array.IndexOf(heads, w.Text) >= 0)
            {
                predicate = w.Text;
                return i + 1;
            }
            // An age is part of a name: 60岁以上人口占总人口比重.
            bool age = i < last && words[i + 1].Text.StartsWith('岁') && IsNumber(w.Text);
            if (IsBarrier(c, w.Text) || IsClausePunctuation(w.Text) || IsOpening(w.Text) || (IsNumber(w.Text) && !age) || IsCount(w.Text) || IsDate(w.Text)
                || (i > 0 && DateWords.Contains(w.Text) && IsNumber(words[i - 1].Text)))
            {
                // 较前一交易日, 高于全国平均水平: what follows a comparison is its base, not a subject.
                if (Array.IndexOf(compare, w.Text) >= 0 || (c == WordClass.Scope && i > 0 && Array.IndexOf(compare, words[i - 1].Text) >= 0))
                    return -1;
                if (rateOnly && c == WordClass.Adverb && i < last && i > 0)
                {
                    rateOnly = false;
                    continue;
                }
                return i + 1;
            }
            rateOnly &= c == WordClass.Rate;
        }
        return 0;
    }

    private static bool IsTrailing(WordClass c) => c is WordClass.Preposition or WordClass.Adverb or WordClass.Time
        or WordClass.Particle or WordClass.Conjunction or WordClass.Connector or WordClass.Auxiliary or WordClass.Locative or WordClass.Scope;

    // 以上 and 以下 stay (规模以上工业企业, 60岁以上人口), and so do rates per unit (每亩产量).
    private static bool IsBarrier(WordClass c, string word) => !word.StartsWith('每') && c switch
    {
        WordClass.Time or WordClass.Preposition or WordClass.Adverb or WordClass.Pronoun or WordClass.Conjunction or WordClass.Auxiliary or WordClass.Scope => true,
        WordClass.Locative => word is not ("以上" or "以下" or "以内" or "之上"),
        _ => false,
    };

    /// <summary>，；： end a clause; 、 joins list items.</summary>
    private static bool IsClausePunctuation(string word) => word is "，" or "；" or "：" or "," or ";" or ":" or "。" or "！" or "？";

    /// <summary>An opening bracket starts an aside: （不含已执行5%存款准备金率的金融机构）.</summary>
    private static bool IsOpening(string word) => word is "（" or "(" or "【" or "[";

    /// <summary>A number with its classifier in one word: 百个, 三项.</summary>
    private static bool IsCount(string word) =>
        word.Length >= 2 && IsNumber(word[..^1]) && WordClasses.Default.Of(word.AsSpan(word.Length - 1)) == WordClass.Numeral;

    /// <summary>
    /// How many words a written date ending at <paramref name="i"/> takes (2025年, 2025/年, 3/月; 0 for
    /// none). A count of years (连续5年) is a span, not a date.
    /// </summary>
    private static int WrittenDateEndsAt(IReadOnlyList<Word> words, int i)
    {
        var w = words[i].Text;
        if (IsDate(w))
            return !w.Contains('年') || w.IndexOf('年') == 4 ? 1 : 0;
        if (i > 0 && DateWords.Contains(w) && IsNumber(words[i - 1].Text))
            return !w.StartsWith('年') || words[i - 1].Text.Length == 4 ? 2 : 0;
        return 0;
    }

    /// <summary>How many words a time ago ending at <paramref name="i"/> takes (十年/前, 10/年前, 3/个/月/前, 两个/月/前; 0 for none).</summary>
    private static int TimeAgoEndsAt(IReadOnlyList<Word> words, int i)
    {
        if (i < 1)
            return 0;
        if (words[i].Text is "年前" or "月前" or "天前")
            return IsNumber(words[i - 1].Text) ? 2 : 0; // 10/年前
        if (words[i].Text is not ("前" or "以前"))
            return 0;
        var w = words[i - 1].Text;
        if (w.Length >= 2 && w[^1] is '年' or '月' or '天' && IsNumber(w[..^1].TrimEnd('个')))
            return 2;
        if (w is not ("年" or "月" or "天" or "个月"))
            return 0;
        int n = i - 2;
        if (n >= 0 && w == "月" && words[n].Text == "个")
            n--; // 3/个/月/前
        return n >= 0 && (IsNumber(words[n].Text) || (w == "月" && words[n].Text.EndsWith('个') && IsCount(words[n].Text))) ? i - n + 1 : 0; // 两个/月/前
    }

    /// <summary>A written date in one word: 六月份, 2021年.</summary>
    private static bool IsDate(string word)
    {
        foreach (var suffix in DateWords)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) && IsNumber(word[..^suffix.Length]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Digits or numeral characters, with their signs and separators (2021, 三, -1.5%); 5G, 二手 or
    /// 第三产业 are names, not numbers, and a hyphen alone joins a name (TFT-LCD).
    /// </summary>
    internal static bool IsNumber(string word)
    {
        bool digits = false;
        foreach (var c in word)
        {
            if (ChineseNumerals.IsAsciiDigit(c) || ChineseNumerals.IsChineseNumeralChar(c))
                digits = true;
            else if (c is not ('.' or ',' or '%' or '-'))
                return false;
        }
        return digits;
    }
}
