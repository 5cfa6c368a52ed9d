using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Jieba = JiebaNet.Segmenter;

namespace FactExtractor.Segmentation;

/// <summary>
/// Word segmentation by jieba.NET (accurate mode, HMM on for unknown words), customised with the
/// embedded user dictionary <c>Resources/Lexicons/jieba-user-dict.txt</c>.
/// </summary>
/// <remarks>
/// <para>
/// One process-wide instance (<see cref="Instance"/>): jieba keeps its dictionary in a static,
/// unsynchronised table that <c>AddWord</c>/<c>LoadUserDict</c> mutate, so all customisation happens once,
/// under a lock, before the instance is published. After that the table is only read, and
/// <see cref="Cut(string)"/> is safe to call from many threads.
/// </para>
/// <para>
/// The first access loads jieba's model (about a second); later accesses cost nothing.
/// </para>
/// </remarks>
internal sealed class JiebaSegmenter
{
    /// <summary>Logical name of the embedded user dictionary (see FactExtractor.csproj).</summary>
    internal const string UserDictionaryResource = "FactExtractor.Lexicons.jieba-user-dict.txt";

    private static readonly Lock s_gate = new();
    private static volatile JiebaSegmenter? s_instance;

    private readonly Jieba.JiebaSegmenter _jieba;

    private JiebaSegmenter(Jieba.JiebaSegmenter jieba, int userWordCount)
    {
        _jieba = jieba;
        UserWordCount = userWordCount;
    }

    /// <summary>
    /// The shared segmenter. The first access extracts and loads jieba's data and the user dictionary;
    /// if that fails the exception propagates and the next access tries again.
    /// </summary>
    /// <exception cref="FileNotFoundException">jieba's data files are missing (see <see cref="JiebaResources"/>).</exception>
    public static JiebaSegmenter Instance => s_instance ?? Initialize();

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

    /// <summary>The longest text handed to jieba at once.</summary>
    /// <remarks>
    /// jieba's time grows with the square of the length of a block (a run of Chinese, letters,
    /// digits and <c>+#&amp;._%·-</c>): a megabyte of digits takes minutes. Longer text is handed
    /// over in chunks that end next to a character outside that class, where jieba splits
    /// anyway, so the words are the same; only a block longer than this is cut inside, which no
    /// prose has.
    /// </remarks>
    internal const int MaxChunk = 1024;

    /// <summary>Whether jieba keeps <paramref name="c"/> inside a block (its default block pattern).</summary>
    internal static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

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
        var range = start == 0 && length == text.Length ? text : text.Substring(start, length);
        var position = start;

        // jieba's accurate mode returns pieces whose concatenation is exactly its input, so offsets are running sums.
        foreach (var piece in _jieba.Cut(range, cutAll: false, hmm: true))
        {
            var end = position + piece.Length;
            if (!IsWhitespace(piece))
            {
                if (piece.Length == 1 && char.IsLowSurrogate(piece[0]) && words.Count > 0
                    && words[^1] is { Text.Length: 1 } previous && previous.End == position && char.IsHighSurrogate(previous.Text[0]))
                {
                    // jieba splits characters outside the BMP (emoji, CJK extension B) into two code units.
                    words[^1] = new Word(previous.Text + piece, previous.Start, end);
                }
                else
                {
                    words.Add(new Word(piece, position, end));
                }
            }

            position = end;
        }

        if (position != start + length)
        {
            throw new InvalidOperationException($"jieba's output does not cover its input ({position - start} of {length} characters).");
        }
    }

    private static bool IsWhitespace(string piece)
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
                // Sets jieba's data folder before any jieba type initializes (they capture it in statics).
                JiebaResources.EnsureConfigured();
                s_instance = Create();
            }

            return s_instance;
        }
    }

    // Out of line: jieba's types must not be resolved in the same method that configures their folder.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JiebaSegmenter Create()
    {
        var dictionary = Jieba.WordDictionary.Instance;
        if (dictionary.Total <= 0)
        {
            // jieba swallows I/O and format errors while loading dict.txt.
            throw new InvalidOperationException(
                $"jieba loaded an empty dictionary from '{Jieba.ConfigManager.MainDictFile}'. Check that the file is jieba's dict.txt.");
        }

        var jieba = new Jieba.JiebaSegmenter();
        var count = 0;
        foreach (var (word, frequency, tag) in ReadUserDictionary())
        {
            jieba.AddWord(word, frequency, tag);
            count++;
        }

        return new JiebaSegmenter(jieba, count);
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
