using System.Globalization;
using FactExtractor.Pipeline;
using FactExtractor.Quantities;
using FactExtractor.Text;

namespace FactExtractor.Scoring;

/// <summary>
/// The features of a candidate quantity that the fact scorer reads: the shape of the number,
/// its unit, kind, bound and cue, the characters around it, whether it stands inside quotes, a
/// title or brackets, where it sits in its sentence and document, and what the later stages
/// found for it (subject, year). Only characters are used, not jieba words, so scoring never
/// loads the segmenter's dictionary.
/// </summary>
internal static class FactFeatures
{
    /// <summary>Length of <see cref="CandidateFeatures.Numbers"/> for the fact scorer.</summary>
    public const int NumberCount = 8;

    private const int ContextWindow = 6;
    private const string Openers = "“《（(【「『〈";
    private const string Closers = "”》）)】」』〉";

    /// <summary>Features of <paramref name="sentenceMentions"/>[<paramref name="k"/>].</summary>
    /// <param name="doc">The analyzed document.</param>
    /// <param name="sentenceMentions">The quantities of one sentence.</param>
    /// <param name="k">Which of them.</param>
    /// <param name="scan">
    /// The sentence's scan, carried from one quantity to the next in order (the same features,
    /// one pass over the sentence instead of one per quantity); null to scan afresh.
    /// </param>
    public static CandidateFeatures Compute(AnalyzedDocument doc, IReadOnlyList<QuantityMention> sentenceMentions, int k, SentenceScan? scan = null)
    {
        var tokens = new StringTokens(new List<string>(64));
        var numbers = new float[NumberCount];
        Write(doc, sentenceMentions, k, scan, ref tokens, numbers);
        return new CandidateFeatures([.. tokens.List], numbers);
    }

    /// <summary>Receives the feature strings of <see cref="Write"/>, each the concatenation of up to four parts.</summary>
    internal interface ITokenSink
    {
        void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default);
    }

    /// <summary>The feature strings as strings (training, tests).</summary>
    private readonly struct StringTokens(List<string> list) : ITokenSink
    {
        public List<string> List => list;

        public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default) =>
            list.Add(string.Concat(a, b, c, d));
    }

    private static readonly string[] s_left = ["l1=", "l2=", "l3="];
    private static readonly string[] s_right = ["r1=", "r2=", "r3="];

    /// <summary>
    /// Writes the features of <paramref name="sentenceMentions"/>[<paramref name="k"/>]: the feature
    /// strings to <paramref name="tokens"/>, in order, and the dense numbers to <paramref name="numbers"/>
    /// (<see cref="NumberCount"/> of them). The scorer hashes the strings as they come, so scoring
    /// builds none of them.
    /// </summary>
    internal static void Write<TSink>(AnalyzedDocument doc, IReadOnlyList<QuantityMention> sentenceMentions, int k, SentenceScan? scan, ref TSink tokens, Span<float> numbers)
        where TSink : struct, ITokenSink
    {
        var m = sentenceMentions[k];
        var t = doc.Normalized;
        var s = doc.Sentences[m.SentenceIndex];
        scan ??= new SentenceScan(t, s);
        Span<char> buffer = stackalloc char[64];
        Span<char> slice = stackalloc char[8];

        // The number and its unit.
        var unitClass = m.Unit.IsCount ? "count" : m.Unit.Dimension;
        tokens.Add("unit=", m.Unit.Written);
        tokens.Add("canon=", m.Unit.Canonical);
        tokens.Add("dim=", unitClass);
        tokens.Add("scale=", Format(m.Scale, buffer));
        int shapeLength = m.End - m.Start;
        Span<char> shape = shapeLength <= 128 ? stackalloc char[shapeLength] : new char[shapeLength];
        tokens.Add("shape=", Shape(t, m.Start, m.End, shape));
        var kind = EnumText<FactKind>.Of(m.Kind);
        tokens.Add("kind=", kind);
        tokens.Add("kind|dim=", kind, "|", unitClass);
        tokens.Add("bound=", EnumText<Bound>.Of(m.Bound));
        tokens.Add("cue=", m.Cue ?? "-");
        tokens.Add("modality=", EnumText<Modality>.Of(m.Modality));
        if (m.IsChinese)
            tokens.Add("chinese");
        if (m.IsChinese && m.Unit.Written.Length > 0)
            tokens.Add("chinese|unit=", m.Unit.Written);
        if (m.LowValue is not null)
            tokens.Add("range");
        if (m.Sign < 0)
            tokens.Add("negative");
        if (m.IsDoubling)
            tokens.Add("doubling");
        // 79228162514264337593543950335万亿 is beyond decimal: the largest magnitude (the fact is dropped later).
        decimal amount;
        try
        {
            amount = Math.Abs(m.Value * m.Scale);
        }
        catch (OverflowException)
        {
            amount = decimal.MaxValue;
        }
        tokens.Add("magnitude=", amount == 0 ? "zero" : Format(Math.Clamp((int)Math.Floor(Math.Log10((double)amount)), -3, 13), buffer));
        if (m.Value == 1m)
            tokens.Add("one|unit=", m.Unit.Written);
        if (m.Value != decimal.Truncate(m.Value))
            tokens.Add("fraction");
        else if (m.Value >= 10 && m.Value % 10 == 0)
            tokens.Add("round");

        // Characters around the quantity, inside its sentence (^ and $ mark the sentence ends).
        for (int n = 1; n <= 3; n++)
        {
            tokens.Add(s_left[n - 1], Slice(t, s, m.Start - n, m.Start, slice));
            tokens.Add(s_right[n - 1], Slice(t, s, m.End, m.End + n, slice));
        }
        tokens.Add("l1|dim=", Slice(t, s, m.Start - 1, m.Start, slice), "|", unitClass);
        tokens.Add("r1|dim=", Slice(t, s, m.End, m.End + 1, slice), "|", unitClass);
        for (int i = Math.Max(s.Start, m.Start - ContextWindow); i < m.Start - 1; i++)
            tokens.Add("lb=", t.AsSpan(i, 2));
        for (int i = m.End; i + 1 < Math.Min(s.End, m.End + ContextWindow); i++)
            tokens.Add("rb=", t.AsSpan(i, 2));

        // Enclosures: quotes, titles, brackets still open at the quantity.
        foreach (var open in scan.OpenEnclosuresAt(m.Start))
            tokens.Add("inside=", new ReadOnlySpan<char>(in open));

        // Sentence and document.
        if (s.IsHeading)
            tokens.Add("heading");
        int sentenceLength = s.End - s.Start;
        tokens.Add("sentenceLength=", Bucket(sentenceLength, [10, 20, 40, 80, 160], buffer));
        tokens.Add("mentionsInSentence=", Bucket(sentenceMentions.Count, [1, 2, 4, 8], buffer));
        if (k == 0)
            tokens.Add("firstInSentence");
        else
            tokens.Add("after=", Slice(t, s, sentenceMentions[k - 1].End, Math.Min(m.Start, sentenceMentions[k - 1].End + 2), slice));
        if (k == sentenceMentions.Count - 1)
            tokens.Add("lastInSentence");
        foreach (var c in scan.SentenceHas)
            tokens.Add("sentenceHas=", new ReadOnlySpan<char>(in c));

        // What the later stages found.
        bool hasSubject = m.SubjectStart >= 0 && m.SubjectEnd > m.SubjectStart;
        tokens.Add(hasSubject ? "subject" : "noSubject");
        if (m.Predicate is not null)
            tokens.Add("predicate");
        tokens.Add("year=", m.YearSource is { } source ? EnumText<TimeSource>.Of(source) : m.Year is null ? "none" : "other");
        if (m.BaseYear is not null)
            tokens.Add("baseYear");
        if (m.Period is not null)
            tokens.Add("period");

        var normalized = m.NormalizedValue() ?? 0m;
        int fractionDigits = 0;
        for (int i = m.Start; i < m.End; i++)
        {
            if (t[i] == '.')
            {
                while (i + 1 < m.End && ChineseNumerals.IsAsciiDigit(t[i + 1]))
                {
                    fractionDigits++;
                    i++;
                }
                break;
            }
        }
        int sentenceCount = Math.Max(1, doc.Sentences.Count);
        numbers[0] = Unit(Math.Log10(Math.Abs((double)normalized) + 1) / 16);
        numbers[1] = Unit((m.End - m.Start) / 12.0);
        numbers[2] = Unit((m.Start - s.Start) / (double)Math.Max(1, sentenceLength));
        numbers[3] = Unit(Math.Log(1 + sentenceLength) / 7);
        numbers[4] = Unit(m.SentenceIndex / (double)sentenceCount);
        numbers[5] = Unit(hasSubject ? (m.SubjectEnd - m.SubjectStart) / 12.0 : 0);
        numbers[6] = Unit(sentenceMentions.Count / 10.0);
        numbers[7] = Unit(fractionDigits / 4.0);
    }

    private static ReadOnlySpan<char> Format<T>(T value, Span<char> buffer)
        where T : ISpanFormattable
    {
        if (!value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
            return value.ToString(null, CultureInfo.InvariantCulture);
        return buffer[..written];
    }

    /// <summary>The number's written shape: 0 for digit runs, C for Chinese numerals, scale words kept, u for the unit.</summary>
    internal static string Shape(string t, int start, int end) => Shape(t, start, end, new char[end - start]).ToString();

    /// <summary><see cref="Shape(string, int, int)"/> written into <paramref name="buffer"/> (at least <c>end - start</c> long).</summary>
    private static ReadOnlySpan<char> Shape(string t, int start, int end, Span<char> buffer)
    {
        int length = 0;
        char last = '\0';
        for (int i = start; i < end; i++)
        {
            char c = t[i];
            char mapped = ChineseNumerals.IsAsciiDigit(c) ? '0'
                : c is '万' or '亿' ? c
                : ChineseNumerals.IsChineseNumeralChar(c) ? 'C'
                : c is '.' or '%' or '-' or '至' or '∶' or ':' or '多' or '余' ? c
                : 'u';
            if (mapped != last || mapped is '万' or '亿')
                buffer[length++] = mapped;
            last = mapped;
        }
        return buffer[..length];
    }

    /// <summary>
    /// What the features read of a whole sentence, kept while its quantities are scored in text
    /// order: the enclosures open so far and the punctuation the sentence holds. A sentence of a
    /// megabyte with a hundred thousand numbers is then read once, not once per number.
    /// </summary>
    internal sealed class SentenceScan
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int[] _depth = new int[Openers.Length];
        private bool _asciiQuote;
        private int _at;
        private List<char>? _sentenceHas;
        private readonly Sentence _sentence;

        public SentenceScan(string text, Sentence sentence)
        {
            _text = text;
            _sentence = sentence;
            _start = sentence.Start;
            _at = sentence.Start;
        }

        /// <summary>Which of ？！：“ the sentence holds, in that order.</summary>
        public IReadOnlyList<char> SentenceHas
        {
            get
            {
                if (_sentenceHas is null)
                {
                    var sentence = _text.AsSpan(_sentence.Start, _sentence.End - _sentence.Start);
                    _sentenceHas = [];
                    foreach (var c in "？！：“")
                    {
                        if (sentence.Contains(c))
                            _sentenceHas.Add(c);
                    }
                }
                return _sentenceHas;
            }
        }

        private readonly List<char> _open = [];

        /// <summary>The openers still unclosed between the sentence start and <paramref name="at"/> (a list reused by the next call).</summary>
        public List<char> OpenEnclosuresAt(int at)
        {
            if (at < _at)
            {
                // Asked out of order: start again from the sentence start.
                Array.Clear(_depth);
                _asciiQuote = false;
                _at = _start;
            }
            for (; _at < at; _at++)
            {
                char c = _text[_at];
                int o = Openers.IndexOf(c);
                if (o >= 0)
                {
                    _depth[o]++;
                    continue;
                }
                int cl = Closers.IndexOf(c);
                if (cl >= 0 && _depth[cl] > 0)
                    _depth[cl]--;
                else if (c == '"')
                    _asciiQuote = !_asciiQuote;
            }
            var open = _open;
            open.Clear();
            for (int o = 0; o < Openers.Length; o++)
            {
                if (_depth[o] > 0)
                    open.Add(Openers[o] == '(' ? '（' : Openers[o]);
            }
            if (_asciiQuote)
                open.Add('“');
            return open;
        }
    }

    /// <summary><c>t[from..to)</c>, with ^ for positions before the sentence and $ after it; <paramref name="buffer"/> holds at least <c>to - from</c>.</summary>
    private static ReadOnlySpan<char> Slice(string t, Sentence s, int from, int to, Span<char> buffer)
    {
        int length = Math.Max(0, to - from);
        for (int i = from; i < to; i++)
            buffer[i - from] = i < s.Start ? '^' : i >= s.End ? '$' : t[i];
        return buffer[..length];
    }

    private static ReadOnlySpan<char> Bucket(int value, ReadOnlySpan<int> limits, Span<char> buffer)
    {
        foreach (var limit in limits)
        {
            if (value <= limit)
                return Prefixed('≤', limit, buffer);
        }
        return Prefixed('>', limits[^1], buffer);
    }

    private static ReadOnlySpan<char> Prefixed(char prefix, int value, Span<char> buffer)
    {
        buffer[0] = prefix;
        value.TryFormat(buffer[1..], out int written, default, CultureInfo.InvariantCulture);
        return buffer[..(written + 1)];
    }

    private static float Unit(double x) => (float)Math.Clamp(double.IsFinite(x) ? x : 0, 0, 1);
}
