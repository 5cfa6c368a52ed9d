using System.Globalization;
using FactExtractor.Quantities;
using FactExtractor.Segmentation;
using FactExtractor.Subjects;
using FactExtractor.Text;

namespace FactExtractor.Scoring;

/// <summary>
/// The features of one (quantity, subject candidate) pair that the subject model reads: how the
/// candidate was found (the rules' choice among them), where it stands from the quantity (clauses,
/// characters, quantities in between), its length and words (first and last word and their
/// classes, last characters, a verb inside), the words around it, and the quantity's kind and unit.
/// </summary>
internal static class SubjectFeatures
{
    /// <summary>Length of <see cref="CandidateFeatures.Numbers"/> for the subject model.</summary>
    public const int NumberCount = 6;

    private static readonly CandidateSources[] Sources =
    [
        CandidateSources.Rules, CandidateSources.RulesCut, CandidateSources.Clause, CandidateSources.EarlierClause,
        CandidateSources.After, CandidateSources.PreviousSentence, CandidateSources.PreviousSubject, CandidateSources.ListItem,
    ];

    /// <summary>Features of each candidate of <c>words.Mentions[k]</c>, in the candidates' order.</summary>
    public static CandidateFeatures[] Compute(SentenceWords words, int k, IReadOnlyList<SubjectCandidate> candidates)
    {
        var result = new CandidateFeatures[candidates.Count];
        // The nearest candidates end closest before the quantity: rank them by end, latest first.
        var ends = new List<int>(candidates.Count);
        SubjectCandidate? rules = null;
        foreach (var c in candidates)
        {
            if (c.End <= words.Mentions[k].Start && !ends.Contains(c.End))
                ends.Add(c.End);
            if (c.Has(CandidateSources.Rules))
                rules = c;
        }
        ends.Sort();
        ends.Reverse();
        for (int i = 0; i < candidates.Count; i++)
            result[i] = Compute(words, k, candidates[i], ends, rules);
        return result;
    }

    private static CandidateFeatures Compute(SentenceWords words, int k, SubjectCandidate c, List<int> ends, SubjectCandidate? rules)
    {
        var t = words.Text;
        var m = words.Mentions[k];
        var s = words.Sentence;
        var tokens = new List<string>(48);
        var unitClass = m.Unit.IsCount ? "count" : m.Unit.Dimension;

        // How it was found.
        foreach (var source in Sources)
        {
            if (c.Has(source))
                tokens.Add("src=" + source);
        }
        if (rules is null)
            tokens.Add("noRules");
        else if (!c.Has(CandidateSources.Rules))
        {
            var r = rules;
            tokens.Add(c.Start >= r.Start && c.End <= r.End ? "insideRules"
                : c.Start <= r.Start && c.End >= r.End ? "containsRules"
                : c.End > r.Start && c.Start < r.End ? "overlapsRules" : "apartFromRules");
            if (c.End == r.End)
                tokens.Add("sameEndAsRules");
        }

        // Where it stands.
        bool before = c.End <= m.Start;
        bool inPrevious = c.End <= s.Start;
        string place = inPrevious ? "prevSentence" : before ? "before" : c.Start >= m.End ? "after" : "around";
        tokens.Add("place=" + place);
        int clauses = 0, between = 0;
        if (before && !inPrevious)
        {
            // Counted back from the quantity, as far as the features tell them apart (3 clauses, 2 quantities)
            // and no further than 200 characters, so a far inherited subject costs no more than a near one.
            for (int i = m.Start - 1; i >= Math.Max(c.End, m.Start - 200) && clauses < 3; i--)
            {
                if (SentenceSplitter.IsClauseBreak(t[i]))
                    clauses++;
            }
            for (int j = k - 1; j >= 0 && words.Mentions[j].Start >= c.End && between < 2; j--)
                between++;
            tokens.Add("clauses=" + Math.Min(clauses, 3).ToString(CultureInfo.InvariantCulture));
            tokens.Add("between=" + Math.Min(between, 2).ToString(CultureInfo.InvariantCulture));
            tokens.Add("gap=" + Bucket(m.Start - c.End, 0, 1, 2, 4, 8, 16));
            int rank = ends.IndexOf(c.End);
            tokens.Add("endRank=" + (rank < 0 ? "-" : Math.Min(rank, 4).ToString(CultureInfo.InvariantCulture)));
            // The words between the candidate and the quantity, when they are few: 增长, 达到, 占.
            if (clauses == 0 && m.Start - c.End <= 8)
            {
                var (gapFirst, gapEnd) = words.WordsIn(c.End, m.Start);
                for (int i = gapFirst; i < gapEnd; i++)
                    tokens.Add("gapw=" + words.Words[i].Text);
                if (gapEnd == gapFirst)
                    tokens.Add("adjacent");
                tokens.Add("gapLast=" + (gapEnd > gapFirst ? words.Words[gapEnd - 1].Text : "-"));
            }
        }
        else if (c.Start >= m.End)
        {
            tokens.Add("afterGap=" + Bucket(c.Start - m.End, 0, 1, 2));
        }

        // The candidate itself.
        var (innerFirst, innerEnd) = words.WordsIn(c.Start, c.End);
        int length = c.Length;
        tokens.Add("len=" + Bucket(length, 1, 2, 3, 4, 5, 6, 8, 10, 12));
        tokens.Add("words=" + Math.Min(innerEnd - innerFirst, 5).ToString(CultureInfo.InvariantCulture));
        if (innerEnd > innerFirst)
        {
            var first = words.Words[innerFirst];
            var last = words.Words[innerEnd - 1];
            var firstWord = first.Start == c.Start ? first.Text : "~";
            var lastWord = last.End == c.End ? last.Text : "~";
            tokens.Add("fw=" + firstWord);
            tokens.Add("lw=" + lastWord);
            tokens.Add("fc=" + words.Classes[innerFirst]);
            tokens.Add("lc=" + words.Classes[innerEnd - 1]);
            tokens.Add("lw|dim=" + lastWord + "|" + unitClass);
            for (int i = innerFirst; i < innerEnd; i++)
            {
                var wc = words.Classes[i];
                if (wc == WordClass.Verb)
                    tokens.Add("hasVerb");
                if (wc == WordClass.Connector)
                    tokens.Add("hasConnector");
                if (wc == WordClass.Adjective)
                    tokens.Add("hasAdjective");
            }
        }
        tokens.Add("l1=" + t[c.End - 1]);
        tokens.Add("l2=" + t.Substring(Math.Max(c.Start, c.End - 2), Math.Min(2, length)));
        tokens.Add("f1=" + t[c.Start]);
        tokens.Add("l1|dim=" + t[c.End - 1] + "|" + unitClass);
        tokens.Add("l1|kind=" + t[c.End - 1] + "|" + m.Kind);
        tokens.Add("l2|dim=" + t.Substring(Math.Max(c.Start, c.End - 2), Math.Min(2, length)) + "|" + unitClass);
        if (t.AsSpan(c.Start, length).IndexOfAny("“”\"《》（）()") >= 0)
            tokens.Add("hasMark");

        // Its neighbours.
        // Its neighbours: the words just before and after it ("^" and "$" when it starts or ends inside a word or at the area's edge).
        int prevIndex = words.FirstEndingAfter(c.Start) - 1;
        int nextIndex = words.FirstStartingAt(c.End);
        bool hasPrev = prevIndex >= 0 && words.Words[prevIndex].End == c.Start;
        bool hasNext = nextIndex < words.Words.Length && words.Words[nextIndex].Start == c.End;
        string prevText = hasPrev ? words.Words[prevIndex].Text : "^";
        string nextText = hasNext ? words.Words[nextIndex].Text : "$";
        tokens.Add("pw=" + prevText);
        tokens.Add("nw=" + nextText);
        tokens.Add("pc=" + (hasPrev ? words.Classes[prevIndex].ToString() : "^"));
        tokens.Add("nc=" + (hasNext ? words.Classes[nextIndex].ToString() : "$"));
        tokens.Add("nw|place=" + nextText + "|" + place);
        // A whole phrase (after a barrier) or a cut of a longer one.
        tokens.Add(!hasPrev || Opens(prevText, words.Classes[prevIndex]) ? "whole" : "cut");

        // The quantity.
        tokens.Add("kind=" + m.Kind);
        tokens.Add("dim=" + unitClass);
        tokens.Add("kind|place=" + m.Kind + "|" + place);
        tokens.Add("k=" + (k == 0 ? "first" : "later"));

        float[] numbers =
        [
            c.Has(CandidateSources.Rules) ? 1 : 0,
            Unit(length / 16.0),
            before && !inPrevious ? Unit((m.Start - c.End) / 40.0) : 1,
            Unit(clauses / 4.0),
            Unit(between / 4.0),
            inPrevious ? 1 : 0,
        ];
        return new CandidateFeatures([.. tokens], numbers);
    }

    /// <summary>A word after which a name may start: punctuation or a function word.</summary>
    private static bool Opens(string word, WordClass c) =>
        word.Length == 1 && !char.IsLetterOrDigit(word[0])
        || c is WordClass.Time or WordClass.Preposition or WordClass.Adverb or WordClass.Pronoun or WordClass.Conjunction
            or WordClass.Auxiliary or WordClass.Scope or WordClass.Particle or WordClass.Numeral or WordClass.Verb;

    private static string Bucket(int value, params int[] limits)
    {
        foreach (var limit in limits)
        {
            if (value <= limit)
                return "≤" + limit.ToString(CultureInfo.InvariantCulture);
        }
        return ">" + limits[^1].ToString(CultureInfo.InvariantCulture);
    }

    private static float Unit(double x) => (float)Math.Clamp(double.IsFinite(x) ? x : 0, 0, 1);
}
