using System.Globalization;
using System.Text;

namespace FactExtractor.Segmentation;

/// <summary>
/// Word segmentation as jieba.NET's accurate mode with HMM (<c>Cut(text, cutAll: false, hmm: true)</c>),
/// over jieba's dictionary customised with the embedded user dictionary
/// <c>Resources/Lexicons/jieba-user-dict.txt</c>; the words and offsets are jieba.NET's.
/// </summary>
/// <remarks>
/// <para>
/// The cutting itself is <see cref="DagSegmenter"/>: jieba's algorithm over spans, which gives jieba.NET's
/// pieces (the segmentation tests compare the two) at a fraction of its time and memory, and loads
/// the dictionary into a compact trie instead of jieba's table of strings.
/// </para>
/// <para>
/// One process-wide instance (<see cref="Instance"/>), built once under a lock and immutable after
/// that: <see cref="Cut(string)"/> is safe to call from many threads. The first access loads the
/// dictionary (a few hundred milliseconds); later accesses cost nothing.
/// </para>
/// </remarks>
internal sealed class JiebaSegmenter
{
    /// <summary>Logical name of the embedded user dictionary (see FactExtractor.csproj).</summary>
    internal const string UserDictionaryResource = "FactExtractor.Lexicons.jieba-user-dict.txt";

    private static readonly Lock s_gate = new();
    private static volatile JiebaSegmenter? s_instance;

    private readonly DagSegmenter _segmenter;

    private JiebaSegmenter(DagSegmenter segmenter, int userWordCount)
    {
        _segmenter = segmenter;
        UserWordCount = userWordCount;
    }

    /// <summary>The segmenter itself (jieba's algorithm over spans).</summary>
    internal DagSegmenter Segmenter => _segmenter;

    /// <summary>
    /// The shared segmenter. The first access extracts and loads jieba's data and the user dictionary;
    /// if that fails the exception propagates and the next access tries again.
    /// </summary>
    /// <exception cref="FileNotFoundException">jieba's data files are missing (see <see cref="JiebaResources"/>).</exception>
    public static JiebaSegmenter Instance => s_instance ?? Initialize();

    /// <summary>Whether <see cref="Instance"/> is loaded (without loading it).</summary>
    internal static bool IsLoaded => s_instance is not null;

    /// <summary>
    /// Starts loading <see cref="Instance"/> on a thread-pool thread, if it is not loaded yet, so
    /// that the loading overlaps with other start-up work (the lexicons and models of a pipeline).
    /// A failure there is dropped: it is not cached, so the first real access meets it again.
    /// </summary>
    /// <returns>The loading, or a completed task when it was already done.</returns>
    internal static Task StartLoading() =>
        s_instance is not null ? Task.CompletedTask : Task.Run(() => { _ = Instance; });

    /// <summary>The number of entries added to jieba's dictionary from the user dictionary.</summary>
    public int UserWordCount { get; }

    /// <summary>Segments <paramref name="text"/>.</summary>
    /// <param name="text">Any text; need not be a single sentence.</param>
    /// <returns>The words in order, with offsets into <paramref name="text"/>; whitespace is dropped.</returns>
    public IReadOnlyList<Word> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cut(text, 0, text.Length);
    }

    /// <summary>Segments the range <c>[start, start + length)</c> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Offset of the range's first character.</param>
    /// <param name="length">Length of the range in UTF-16 code units.</param>
    /// <returns>The words in order, with offsets into <paramref name="text"/> (not into the range); whitespace is dropped.</returns>
    public IReadOnlyList<Word> Cut(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length - start);
        if (length == 0)
        {
            return [];
        }

        var words = new List<Word>(Math.Min(length, MaxChunk) / 2 + 1);
        int end = start + length;
        for (int chunk = start; chunk < end;)
        {
            int chunkEnd = ChunkEnd(text, chunk, end);
            CutChunk(text, chunk, chunkEnd - chunk, words);
            chunk = chunkEnd;
        }

        return words;
    }

    /// <summary>The longest text handed to the segmenter at once.</summary>
    /// <remarks>
    /// jieba.NET's time grew with the square of the length of a block (a run of Chinese, letters,
    /// digits and <c>+#&amp;._%·-</c>): a megabyte of digits took minutes. Longer text is handed
    /// over in chunks that end next to a character outside that class, where jieba splits
    /// anyway, so the words are the same; only a block longer than this is cut inside, which no
    /// prose has. <see cref="DagSegmenter"/> is linear, but the chunks stay: the words do not change.
    /// </remarks>
    internal const int MaxChunk = 1024;

    /// <summary>Whether jieba keeps <paramref name="c"/> inside a block (its default block pattern).</summary>
    internal static bool IsBlockChar(char c) => DagSegmenter.IsBlockChar(c);

    /// <summary>Where the chunk that starts at <paramref name="start"/> ends: see <see cref="MaxChunk"/>.</summary>
    private static int ChunkEnd(string text, int start, int end)
    {
        if (end - start <= MaxChunk)
        {
            return end;
        }

        for (int p = start + MaxChunk; p > start; p--)
        {
            bool besideOther = !IsBlockChar(text[p - 1]) || !IsBlockChar(text[p]);
            bool insidePair = (text[p - 1] == '\r' && text[p] == '\n') || (char.IsHighSurrogate(text[p - 1]) && char.IsLowSurrogate(text[p]));
            if (besideOther && !insidePair)
            {
                return p;
            }
        }

        // One block of more than MaxChunk characters: cut it (block characters are never surrogates).
        return start + MaxChunk;
    }

    private void CutChunk(string text, int start, int length, List<Word> words)
    {
        var sink = new WordSink(text, start, words);
        _segmenter.Cut(text.AsSpan(start, length), ref sink);
        if (sink.Position != start + length)
        {
            throw new InvalidOperationException($"jieba's output does not cover its input ({sink.Position - start} of {length} characters).");
        }
    }

    /// <summary>Collects the segmenter's pieces as words, as the wrapper did over jieba.NET's strings.</summary>
    private struct WordSink(string text, int offset, List<Word> words) : DagSegmenter.IPieceSink
    {
        private int _advanced;

        // Single characters are the commonest pieces: one shared string each.
        private static readonly string?[] s_chars = new string?[char.MaxValue + 1];

        public readonly List<Word> Words => words;

        /// <summary>Offsets are running sums of the pieces' lengths (jieba's pieces concatenate to its input).</summary>
        public readonly int Position => offset + _advanced;

        public void Add(int pieceStart, int length, string? word)
        {
            var span = text.AsSpan(offset + pieceStart, length);
            var position = offset + _advanced;
            var end = position + length;
            if (!IsWhitespace(span))
            {
                if (length == 1 && char.IsLowSurrogate(span[0]) && words.Count > 0
                    && words[^1] is { Text.Length: 1 } previous && previous.End == position && char.IsHighSurrogate(previous.Text[0]))
                {
                    // jieba splits characters outside the BMP (emoji, CJK extension B) into two code units.
                    words[^1] = new Word(previous.Text + span[0], previous.Start, end);
                }
                else
                {
                    words.Add(new Word(word ?? (length == 1 ? s_chars[span[0]] ??= span.ToString() : span.ToString()), position, end));
                }
            }

            _advanced += length;
        }
    }

    private static bool IsWhitespace(ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static JiebaSegmenter Initialize()
    {
        lock (s_gate)
        {
            if (s_instance is null)
            {
                // The same files jieba.NET reads (extracted once, or the folder FACTX_JIEBA_DIR names).
                var directory = JiebaResources.EnsureConfigured();
                var userWords = ReadUserDictionary();
                var segmenter = SegmenterCache.Load(directory, userWords, JiebaResources.CacheDirectory());
                if (segmenter.Total <= 0)
                {
                    throw new InvalidOperationException(
                        $"jieba's dictionary '{Path.Combine(directory, JiebaResources.MainDictionaryFile)}' holds no words. Check that the file is jieba's dict.txt.");
                }

                s_instance = new JiebaSegmenter(segmenter, userWords.Count);
            }

            return s_instance;
        }
    }

    /// <summary>
    /// Parses the embedded user dictionary. Format as jieba's <c>LoadUserDict</c>: one entry a line,
    /// <c>word [frequency] [tag]</c> separated by single spaces; blank lines are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is malformed.</exception>
    internal static IReadOnlyList<(string Word, int Frequency, string? Tag)> ReadUserDictionary()
    {
        using var stream = typeof(JiebaSegmenter).Assembly.GetManifestResourceStream(UserDictionaryResource)
            ?? throw new InvalidOperationException($"Embedded resource '{UserDictionaryResource}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var entries = new List<(string, int, string?)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(' ');
            var frequency = 0;
            if (fields.Length > 3
                || fields[0].Length == 0
                || (fields.Length > 1 && !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out frequency))
                || (fields.Length > 2 && !IsTag(fields[2])))
            {
                throw new InvalidDataException($"{UserDictionaryResource}, line {lineNumber}: expected 'word [frequency] [tag]', found '{line}'.");
            }

            entries.Add((fields[0], frequency, fields.Length > 2 ? fields[2] : null));
        }

        return entries;
    }

    private static bool IsTag(string field) => field.Length > 0 && field.All(char.IsAsciiLetterLower);
}
