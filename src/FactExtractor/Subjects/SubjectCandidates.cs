using System.Collections.Frozen;
using FactExtractor.Quantities;
using FactExtractor.Resources;
using FactExtractor.Segmentation;
using FactExtractor.Text;

namespace FactExtractor.Subjects;

/// <summary>Where a subject candidate came from; a candidate found several ways carries every source.</summary>
[Flags]
internal enum CandidateSources : ushort
{
    None = 0,

    /// <summary>The rules' choice (<see cref="SubjectLinker"/>).</summary>
    Rules = 1 << 0,

    /// <summary>The rules' choice with leading words dropped (南屿新型储能装机 → 新型储能装机).</summary>
    RulesCut = 1 << 1,

    /// <summary>A phrase in the quantity's own clause, before it.</summary>
    Clause = 1 << 2,

    /// <summary>A phrase in an earlier clause of the sentence.</summary>
    EarlierClause = 1 << 3,

    /// <summary>A phrase right after the quantity (关闭303个小型煤矿 → 小型煤矿).</summary>
    After = 1 << 4,

    /// <summary>A phrase in the sentence before (same paragraph).</summary>
    PreviousSentence = 1 << 5,

    /// <summary>The subject chosen for the quantity before, in this sentence or the one before.</summary>
    PreviousSubject = 1 << 6,

    /// <summary>The item of the list before 分别 at this quantity's place after it.</summary>
    ListItem = 1 << 7,
}

/// <summary>A candidate subject of one quantity: a span of the normalized text and how it was found.</summary>
/// <remarks>A class, not a struct: collections of it share the framework's precompiled code, which keeps the first use cheap.</remarks>
internal sealed record SubjectCandidate(int Start, int End, CandidateSources Sources)
{
    public int Length => End - Start;

    public bool Has(CandidateSources source) => (Sources & source) != 0;
}

/// <summary>
/// The words of one sentence and of the sentence before it (same paragraph), segmented once and
/// shared by every quantity of the sentence: their classes, and whether each is a barrier no
/// subject runs across. Lookups by offset are binary searches.
/// </summary>
internal sealed class SentenceWords
{
    /// <param name="text">The normalized text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="previous">The sentence before, when in the same paragraph.</param>
    /// <param name="mentions">The sentence's quantities.</param>
    /// <param name="previousMentions">The quantities of <paramref name="previous"/>.</param>
    /// <param name="previousWords">The words of <paramref name="previous"/> when already cut (its <see cref="SentenceWordList"/>); null cuts them.</param>
    public SentenceWords(string text, Sentence sentence, Sentence? previous, IReadOnlyList<QuantityMention> mentions, IReadOnlyList<QuantityMention> previousMentions, IReadOnlyList<Word>? previousWords = null)
    {
        Text = text;
        Sentence = sentence;
        Previous = previous;
        Mentions = mentions;
        PreviousMentions = previousMentions;
        var segmenter = JiebaSegmenter.Instance;
        var words = new List<Word>();
        if (previous is not null)
            words.AddRange(previousWords ?? segmenter.Cut(text, previous.Start, previous.End - previous.Start));
        FirstOfSentence = words.Count;
        SentenceWordList = segmenter.Cut(text, sentence.Start, sentence.End - sentence.Start);
        words.AddRange(SentenceWordList);
        Words = [.. words];
        var classes = WordClasses.Default;
        Classes = new WordClass[Words.Length];
        Barriers = new bool[Words.Length];
        for (int i = 0; i < Words.Length; i++)
        {
            Classes[i] = classes.Of(Words[i].Text);
            Barriers[i] = IsBarrier(Words[i].Text, Classes[i]);
        }
        // A quantity is a barrier too.
        foreach (var list in (IReadOnlyList<QuantityMention>[])[previousMentions, mentions])
        {
            foreach (var m in list)
            {
                for (int i = FirstEndingAfter(m.Start); i < Words.Length && Words[i].Start < m.End; i++)
                    Barriers[i] = true;
            }
        }
    }

    public string Text { get; }

    public Sentence Sentence { get; }

    /// <summary>The sentence before, when it is in the same paragraph; else null.</summary>
    public Sentence? Previous { get; }

    /// <summary>The quantities of <see cref="Sentence"/>, in order.</summary>
    public IReadOnlyList<QuantityMention> Mentions { get; }

    /// <summary>The quantities of <see cref="Previous"/> (empty without it).</summary>
    public IReadOnlyList<QuantityMention> PreviousMentions { get; }

    /// <summary>The words of <see cref="Previous"/>, then those of <see cref="Sentence"/>, in text order.</summary>
    public Word[] Words { get; }

    /// <summary>The words of <see cref="Sentence"/> alone.</summary>
    public IReadOnlyList<Word> SentenceWordList { get; }

    /// <summary>Index in <see cref="Words"/> of the sentence's first word.</summary>
    public int FirstOfSentence { get; }

    /// <summary>Each word's class.</summary>
    public WordClass[] Classes { get; }

    /// <summary>Each word: no subject runs across it (function words, times, numbers, clause punctuation, a quantity).</summary>
    public bool[] Barriers { get; }

    /// <summary>First offset any candidate of this sentence may start at.</summary>
    public int AreaStart => Previous?.Start ?? Sentence.Start;

    /// <summary>Index of the first word that ends after <paramref name="at"/> (<see cref="Words"/>.Length when none does).</summary>
    public int FirstEndingAfter(int at)
    {
        int lo = 0, hi = Words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Words[mid].End <= at)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first word that starts at or after <paramref name="at"/> (<see cref="Words"/>.Length when none does).</summary>
    public int FirstStartingAt(int at)
    {
        int lo = 0, hi = Words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Words[mid].Start < at)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>The index range <c>[First, End)</c> of the words that overlap <c>[start, end)</c>.</summary>
    public (int First, int End) WordsIn(int start, int end)
    {
        int first = FirstEndingAfter(start);
        int last = first;
        while (last < Words.Length && Words[last].Start < end)
            last++;
        return (first, last);
    }

    private static bool IsBarrier(string word, WordClass c)
    {
        if (word.Length == 1 && SentenceSplitter.IsClauseBreak(word[0]) || word is "。" or "！" or "？" or "的" or "之")
            return true;
        if (NounPhrase.IsNumber(word))
            return true;
        return c switch
        {
            WordClass.Time or WordClass.Preposition or WordClass.Adverb or WordClass.Pronoun or WordClass.Conjunction
                or WordClass.Auxiliary or WordClass.Scope or WordClass.Particle or WordClass.Numeral => true,
            WordClass.Locative => word is not ("以上" or "以下" or "以内" or "之上"),
            _ => false,
        };
    }
}

/// <summary>
/// Generates the phrases a quantity's subject could be, for the learned subject model to choose
/// from: the rules' choice and its left cuts, the noun phrases (runs of words without a barrier
/// word, ending in a noun) in the quantity's clause and the clauses before it, the phrase right
/// after a count, the subject of the quantity before, the 分别 list item and phrases of the
/// sentence before. Every candidate is a span of the text between the start of the sentence
/// before (same paragraph) and the end of the quantity's sentence, apart from the quantity (only an
/// inherited subject, the rules' or the quantity before's, may come from further back); the rules'
/// choice is always among them. Phrases are looked for within <see cref="Reach"/> characters, so
/// the work per quantity stays bounded in long sentences.
/// </summary>
internal static class SubjectCandidates
{
    /// <summary>Longest phrase generated, in characters and in words.</summary>
    public const int MaxLength = 16;

    public const int MaxWords = 6;

    /// <summary>Clauses before the quantity's own that are searched.</summary>
    public const int EarlierClauses = 3;

    /// <summary>Clauses of the sentence before that are searched (from its start).</summary>
    public const int PreviousSentenceClauses = 2;

    /// <summary>How far (in characters) before or after the quantity phrases are looked for, and how much of the sentence before.</summary>
    public const int Reach = 80;

    /// <summary>Words after which a phrase is a comparison's base (the <c>compare</c> rows of subject-stopwords.tsv).</summary>
    private static readonly FrozenSet<string> Compare =
        Lexicon.ReadRows("subject-stopwords.tsv").Where(r => r[1] == "compare").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The candidates of <c>words.Mentions[k]</c>, in a fixed order (by start, then end), each span once.
    /// <paramref name="rules"/> is the rules' subject (start &lt; 0 for none) and
    /// <paramref name="previousSubject"/> the subject of the quantity before (start &lt; 0 for none).
    /// </summary>
    public static List<SubjectCandidate> Generate(SentenceWords words, int k, (int Start, int End) rules, (int Start, int End) previousSubject)
    {
        var t = words.Text;
        var s = words.Sentence;
        var m = words.Mentions[k];
        // A few dozen at most: a list searched in order is cheaper than a dictionary.
        var found = new List<SubjectCandidate>();

        void Add(int start, int end, CandidateSources source)
        {
            if (start < 0 || end - start < 1 || start < words.AreaStart && (source & (CandidateSources.Rules | CandidateSources.PreviousSubject)) == 0)
                return;
            // Nothing but the rules' own choice may overlap the quantity (an inherited subject can: 二套房首付比例不低于百分之四十).
            if (source != CandidateSources.Rules && start < m.End && m.Start < end)
                return;
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].Start == start && found[i].End == end)
                {
                    found[i] = found[i] with { Sources = found[i].Sources | source };
                    return;
                }
            }
            found.Add(new SubjectCandidate(start, end, source));
        }

        if (rules.Start >= 0 && rules.End > rules.Start)
        {
            Add(rules.Start, rules.End, CandidateSources.Rules);
            // Left cuts at word boundaries: 南屿新型储能装机 → 新型储能装机 → 储能装机 → 装机.
            var (first, end) = words.WordsIn(rules.Start, rules.End);
            for (int i = first; i < end; i++)
            {
                var w = words.Words[i];
                if (w.Start > rules.Start && rules.End - w.Start >= 2)
                    Add(w.Start, rules.End, CandidateSources.RulesCut);
            }
        }
        if (previousSubject.Start >= 0 && previousSubject.End > previousSubject.Start)
            Add(previousSubject.Start, previousSubject.End, CandidateSources.PreviousSubject);

        // Phrases before the quantity: its clause, then up to EarlierClauses clauses before it, within Reach.
        int reach = Math.Max(s.Start, m.Start - Reach);
        int clauseEnd = m.Start;
        int clauseStart = ClauseStart(t, reach, m.Start);
        for (int c = 0; c <= EarlierClauses && clauseEnd > reach; c++)
        {
            Phrases(words, clauseStart, clauseEnd, c == 0 ? CandidateSources.Clause : CandidateSources.EarlierClause, Add);
            clauseEnd = clauseStart - 1;
            if (clauseEnd <= reach)
                break;
            clauseStart = ClauseStart(t, reach, clauseEnd);
        }

        // The counted noun right after the quantity, up to its clause's end: phrases that start there.
        int after = m.End;
        if (after < s.End && t[after] == '大' && m.Kind == FactKind.Rank)
            after++;
        int afterEnd = after;
        while (afterEnd < s.End && afterEnd - after < MaxLength && !SentenceSplitter.IsClauseBreak(t[afterEnd]))
            afterEnd++;
        Phrases(words, after, afterEnd, CandidateSources.After, (a, b, src) =>
        {
            if (a == after)
                Add(a, b, src);
        });

        // The sentence before: its first clauses, within Reach of its start.
        if (words.Previous is { } p)
        {
            int from = p.Start, limit = Math.Min(p.End, p.Start + Reach);
            for (int c = 0; c < PreviousSentenceClauses && from < limit; c++)
            {
                int to = from;
                while (to < limit && !SentenceSplitter.IsClauseBreak(t[to]))
                    to++;
                Phrases(words, from, to, CandidateSources.PreviousSentence, Add);
                from = to + 1;
            }
        }

        // 分别: the list item at this quantity's place among those after 分别.
        int at = m.Start - s.Start >= 2 ? t.LastIndexOf("分别", m.Start - 1, Math.Min(m.Start - s.Start, Reach), StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            int index = 0;
            for (int j = k - 1; j >= 0 && words.Mentions[j].Start > at; j--)
                index++;
            int listStart = ClauseStart(t, Math.Max(s.Start, at - Reach), at);
            var items = SubjectLinker.Split(t, listStart, at);
            if (items.Count >= 2 && index < items.Count)
            {
                // The item as written and the noun phrases inside it.
                var (a, b) = items[index];
                Add(a, b, CandidateSources.ListItem);
                Phrases(words, a, b, CandidateSources.ListItem, Add);
            }
        }

        // By start, then end (an insertion sort: the list is short and mostly in order already).
        for (int i = 1; i < found.Count; i++)
        {
            var c = found[i];
            int j = i - 1;
            for (; j >= 0 && (found[j].Start > c.Start || found[j].Start == c.Start && found[j].End > c.End); j--)
                found[j + 1] = found[j];
            found[j + 1] = c;
        }
        return found;
    }

    /// <summary>Start of the clause holding the character before <paramref name="position"/>, no earlier than <paramref name="from"/>.</summary>
    private static int ClauseStart(string t, int from, int position)
    {
        for (int i = position - 1; i >= from; i--)
        {
            if (SentenceSplitter.IsClauseBreak(t[i]))
                return i + 1;
        }
        return from;
    }

    /// <summary>
    /// Every run of words inside <c>[from, to)</c> without a barrier word, ending in a noun and
    /// starting at a word that may open a name, of at most <see cref="MaxWords"/> words and
    /// <see cref="MaxLength"/> characters.
    /// </summary>
    private static void Phrases(SentenceWords words, int from, int to, CandidateSources source, Action<int, int, CandidateSources> add)
    {
        var w = words.Words;
        int first = words.FirstStartingAt(from);
        for (int j = first; j < w.Length && w[j].End <= to; j++)
        {
            if (words.Barriers[j] || !CanEnd(w[j].Text, words.Classes[j]))
                continue;
            for (int i = j; i >= first; i--)
            {
                if (words.Barriers[i] || w[j].End - w[i].Start > MaxLength || j - i + 1 > MaxWords)
                    break;
                // What follows a comparison is its base, not a subject (比去年同期, 高于全国平均水平).
                if (CanStart(w[i].Text, words.Classes[i]) && !(i > 0 && Compare.Contains(w[i - 1].Text)))
                    add(w[i].Start, w[j].End, source);
            }
        }
    }

    /// <summary>A phrase ends in a noun-like word with a letter in it.</summary>
    private static bool CanEnd(string word, WordClass c) =>
        HasLetter(word) && c is WordClass.Nominal or WordClass.Place or WordClass.Rate or WordClass.Other;

    /// <summary>A phrase opens with a letter or an opening quote, not with a list connector.</summary>
    private static bool CanStart(string word, WordClass c) =>
        (HasLetter(word) || word is "“" or "《" or "\"") && c != WordClass.Connector;

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }
}
