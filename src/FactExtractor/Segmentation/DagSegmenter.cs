using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace FactExtractor.Segmentation;

/// <summary>
/// jieba's accurate mode with HMM (<c>JiebaSegmenter.Cut(text, cutAll: false, hmm: true)</c> of
/// jieba.NET 0.42.2), computed over spans: the same dictionary, the same word graph and
/// maximum-probability route, the same Viterbi pass over runs of unknown characters, and so the
/// same pieces — without the substrings, dictionaries and lists that jieba.NET allocates for every
/// character. The segmentation tests compare it with jieba.NET over the corpora and generated text.
/// </summary>
/// <remarks>
/// <para>
/// The dictionary is a trie of every prefix of every word (DagSegmenter.Trie.cs): read into a hash
/// table of edges, then frozen into a breadth-first layout searched by binary search. A word's
/// string is made once, on first use, so a piece that is a dictionary word costs no allocation.
/// </para>
/// <para>
/// Immutable after construction and thread-safe. Pieces are reported as <c>(start, length)</c> in
/// the order jieba emits them; their lengths sum to the input's length.
/// </para>
/// </remarks>
internal sealed partial class DagSegmenter
{
    /// <summary>jieba's log probability for anything its HMM tables leave out.</summary>
    private const double MinProb = -3.14e100;

    // HMM states in jieba's order, and the states each may follow (in the order jieba tries them).
    private const int B = 0, M = 1, E = 2, S = 3;
    private static readonly int[][] s_previous = [[E, S], [M, B], [B, M], [S, E]];
    private static readonly double[] s_start = [-0.26268660809250016, MinProb, MinProb, -1.4652633398537678];
    private const char FirstHan = '\u4E00', LastHan = '\u9FD5';
    private const int HanCount = LastHan - FirstHan + 1;

    private readonly Trie _trie;
    private readonly double _logTotal;
    private readonly double[] _transitions; // [from * 4 + to]
    private readonly double[] _emissions;   // [state * HanCount + char - FirstHan]: only Han characters reach the HMM

    private DagSegmenter(Trie trie, double total, double[] transitions, double[] emissions)
    {
        _trie = trie;
        Total = total;
        _logTotal = Math.Log(total);
        _transitions = transitions;
        _emissions = emissions;
    }

    /// <summary>The sum of all word frequencies, as jieba's <c>WordDictionary.Total</c>.</summary>
    public double Total { get; }

    /// <summary>The number of trie nodes (every prefix of every word).</summary>
    public int NodeCount => _trie.Count;

    /// <summary>
    /// Loads jieba's files from <paramref name="directory"/> (<c>dict.txt</c>, <c>prob_trans.json</c>,
    /// <c>prob_emit.json</c>) and adds <paramref name="userWords"/> as jieba's <c>AddWord</c> does.
    /// </summary>
    /// <remarks>Each word also keeps the <see cref="WordClass"/> of its part-of-speech tag (<see cref="ClassOf"/>).</remarks>
    public static DagSegmenter Load(string directory, IEnumerable<(string Word, int Frequency, string? Tag)> userWords)
    {
        // One read of the file; lines are parsed as spans, and a word's string is made only when a
        // cut first returns that word.
        var dictionary = File.ReadAllText(Path.Combine(directory, JiebaResources.MainDictionaryFile), System.Text.Encoding.UTF8);
        var trie = new TrieBuilder(dictionary);
        double total = 0;
        for (int at = 0; at < dictionary.Length;)
        {
            // Lines end as StreamReader.ReadLine ends them: at \r\n, \n or \r.
            int lineEnd = dictionary.AsSpan(at).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? dictionary.Length : at + lineEnd;
            var line = dictionary.AsSpan(at, lineEnd - at);
            int start = at;
            at = lineEnd + (lineEnd + 1 < dictionary.Length && dictionary[lineEnd] == '\r' && dictionary[lineEnd + 1] == '\n' ? 2 : 1);
            // jieba: line.Split(' '); fewer than two fields are skipped; the second is the frequency.
            int first = line.IndexOf(' ');
            if (first < 0)
                continue;
            var rest = line[(first + 1)..];
            int second = rest.IndexOf(' ');
            int frequency = int.Parse(second < 0 ? rest : rest[..second], NumberStyles.Integer, CultureInfo.InvariantCulture);
            int node = trie.SetWord(start, first, frequency);
            // The part-of-speech tag is the last field ("word frequency tag").
            int last = line.LastIndexOf(' ');
            if (last > first)
                trie.SetClass(node, WordClasses.FromTag(line[(last + 1)..]));
            total += frequency;
        }
        foreach (var (word, frequency, tag) in userWords)
        {
            if (frequency <= 0)
                throw new ArgumentException($"User word '{word}' needs a positive frequency.", nameof(userWords));
            // jieba's AddWord: a known word's old frequency leaves the total.
            int node = trie.Find(word);
            if (node >= 0 && trie.Frequency(node) > 0)
                total -= trie.Frequency(node);
            int added = trie.SetWord(word, frequency);
            if (tag is not null)
                trie.SetClass(added, WordClasses.FromTag(tag));
            total += frequency;
        }
        var transitions = new double[16];
        Array.Fill(transitions, MinProb);
        foreach (var (from, row) in ReadTable(Path.Combine(directory, "prob_trans.json")))
        {
            foreach (var (to, p) in row)
                transitions[State(from) * 4 + State(to)] = p;
        }
        var emissions = new double[4 * HanCount];
        Array.Fill(emissions, MinProb);
        foreach (var (state, row) in ReadTable(Path.Combine(directory, "prob_emit.json")))
        {
            foreach (var (c, p) in row)
            {
                if (IsHan(c))
                    emissions[State(state) * HanCount + c - FirstHan] = p;
            }
        }
        return new DagSegmenter(trie.Freeze(Math.Log(total)), total, transitions, emissions);
    }

    /// <summary>Writes the loaded segmenter in the form <see cref="ReadFrom"/> reads (see <see cref="SegmenterCache"/>).</summary>
    internal void WriteTo(BinaryWriter output)
    {
        output.Write(Total);
        BinaryArrays.Write(output, _transitions);
        BinaryArrays.Write(output, _emissions);
        _trie.WriteTo(output);
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The data is cut short or inconsistent.</exception>
    internal static DagSegmenter ReadFrom(BinaryReader input)
    {
        double total = input.ReadDouble();
        var transitions = BinaryArrays.Read<double>(input);
        var emissions = BinaryArrays.Read<double>(input);
        if (!(total > 0) || transitions.Length != 16 || emissions.Length != 4 * HanCount)
            throw new InvalidDataException("Not a saved segmenter.");
        return new DagSegmenter(Trie.ReadFrom(input), total, transitions, emissions);
    }

    private static int State(char c) => c switch
    {
        'B' => B,
        'M' => M,
        'E' => E,
        'S' => S,
        _ => throw new InvalidDataException($"Unknown HMM state '{c}'."),
    };

    /// <summary>Reads <c>{"B": {"x": -1.5, …}, …}</c>, keys of one character each.</summary>
    private static List<(char Key, List<(char Key, double Value)> Row)> ReadTable(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var table = new List<(char, List<(char, double)>)>();
        foreach (var outer in json.RootElement.EnumerateObject())
        {
            var row = new List<(char, double)>();
            foreach (var inner in outer.Value.EnumerateObject())
                row.Add((OneChar(inner.Name, path), inner.Value.GetDouble()));
            table.Add((OneChar(outer.Name, path), row));
        }
        return table;

        static char OneChar(string key, string path) =>
            key.Length == 1 ? key[0] : throw new InvalidDataException($"{path}: key '{key}' is not one character.");
    }

    /// <summary>The class of <paramref name="word"/>'s part-of-speech tag in the dictionaries (<see cref="WordClass.Nominal"/> when it has none or is no word).</summary>
    public WordClass ClassOf(ReadOnlySpan<char> word)
    {
        int node = _trie.Find(word);
        return node < 0 ? WordClass.Nominal : _trie.Class(node);
    }

    /// <summary>The frequency jieba gives <paramref name="word"/> (0 when it is no word).</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        int node = _trie.Find(word);
        return node < 0 ? 0 : _trie.Frequency(node);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> as jieba's <c>Cut(text, cutAll: false, hmm: true)</c> does and
    /// calls <paramref name="piece"/> with each piece: its start in <paramref name="text"/>, its
    /// length, and the dictionary's string for it when it is a dictionary word (else null).
    /// </summary>
    public void Cut<TSink>(ReadOnlySpan<char> text, ref TSink piece)
        where TSink : struct, IPieceSink
    {
        int i = 0;
        while (i < text.Length)
        {
            if (IsBlockChar(text[i]))
            {
                int end = i + 1;
                while (end < text.Length && IsBlockChar(text[end]))
                    end++;
                CutBlock(text, i, end, ref piece);
                i = end;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // Outside blocks jieba splits at (\r\n|\s): \r\n is one piece, every other character its own.
                piece.Add(i, 2, null);
                i += 2;
            }
            else
            {
                piece.Add(i, 1, null);
                i++;
            }
        }
    }

    /// <summary>Characters of jieba's blocks: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%·\-]</c>.</summary>
    internal static bool IsBlockChar(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    /// <summary>jieba's <c>CutDag</c> over <c>text[start..end)</c>: the best route, with runs of single characters re-cut by the HMM.</summary>
    private void CutBlock<TSink>(ReadOnlySpan<char> text, int start, int end, ref TSink piece)
        where TSink : struct, IPieceSink
    {
        int n = end - start;
        double[]? rentedFreq = null;
        int[]? rentedKey = null, rentedNode = null;
        Span<double> route = n < 256 ? stackalloc double[n + 1] : (rentedFreq = ArrayPool<double>.Shared.Rent(n + 1));
        Span<int> next = n < 256 ? stackalloc int[n + 1] : (rentedKey = ArrayPool<int>.Shared.Rent(n + 1));
        Span<int> wordNode = n < 256 ? stackalloc int[n + 1] : (rentedNode = ArrayPool<int>.Shared.Rent(n + 1));
        try
        {
            var block = text.Slice(start, n);
            // route[i]: the best log probability of block[i..]; next[i]: the last index of the word at
            // i; wordNode[i]: that word's trie node (-1 for a character that is no word).
            route[n] = 0.0;
            for (int i = n - 1; i >= 0; i--)
            {
                double best = double.MinValue;
                int bestEnd = -1, bestNode = -1;
                int node = Trie.Root;
                bool any = false;
                for (int x = i; x < n; x++)
                {
                    node = _trie.Child(node, block[x]);
                    if (node < 0)
                        break;
                    double logProbability = _trie.LogProbability(node);
                    if (!double.IsNaN(logProbability))
                    {
                        any = true;
                        double p = logProbability + route[x + 1];
                        if (best < p)
                        {
                            best = p;
                            bestEnd = x;
                            bestNode = node;
                        }
                    }
                }
                if (!any)
                {
                    // No word starts here: the character alone, with frequency 1 (log 1 = 0).
                    double p = (0.0 - _logTotal) + route[i + 1];
                    if (best < p)
                    {
                        best = p;
                        bestEnd = i;
                        bestNode = -1;
                    }
                }
                route[i] = best;
                next[i] = bestEnd;
                wordNode[i] = bestNode;
            }

            int bufferStart = -1;
            int k = 0;
            while (k < n)
            {
                int y = next[k] + 1;
                if (y - k == 1)
                {
                    if (bufferStart < 0)
                        bufferStart = k;
                }
                else
                {
                    if (bufferStart >= 0)
                    {
                        FlushSingles(text, start + bufferStart, start + k, ref piece);
                        bufferStart = -1;
                    }
                    piece.Add(start + k, y - k, _trie.Word(wordNode[k]));
                }
                k = y;
            }
            if (bufferStart >= 0)
                FlushSingles(text, start + bufferStart, start + n, ref piece);
        }
        finally
        {
            if (rentedFreq is not null)
                ArrayPool<double>.Shared.Return(rentedFreq);
            if (rentedKey is not null)
                ArrayPool<int>.Shared.Return(rentedKey);
            if (rentedNode is not null)
                ArrayPool<int>.Shared.Return(rentedNode);
        }
    }

    /// <summary>jieba's <c>AddBufferToWordList</c>: a run of single-character route words.</summary>
    private void FlushSingles<TSink>(ReadOnlySpan<char> text, int start, int end, ref TSink piece)
        where TSink : struct, IPieceSink
    {
        if (end - start == 1)
        {
            piece.Add(start, 1, null);
            return;
        }
        int node = _trie.Find(text[start..end]);
        if (node >= 0 && _trie.Frequency(node) > 0)
        {
            // A dictionary word that the route cut into characters stays cut.
            for (int i = start; i < end; i++)
                piece.Add(i, 1, null);
            return;
        }
        CutUnknown(text, start, end, ref piece);
    }

    /// <summary>
    /// jieba's <c>FinalSeg.Viterbi.Cut</c>: runs of <c>[\u4E00-\u9FD5]</c> go through the HMM; the rest
    /// splits at <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>, matches and the text between them each one piece.
    /// </summary>
    private void CutUnknown<TSink>(ReadOnlySpan<char> text, int start, int end, ref TSink piece)
        where TSink : struct, IPieceSink
    {
        int i = start;
        while (i < end)
        {
            if (IsHan(text[i]))
            {
                int runEnd = i + 1;
                while (runEnd < end && IsHan(text[runEnd]))
                    runEnd++;
                Viterbi(text, i, runEnd, ref piece);
                i = runEnd;
            }
            else if (char.IsAsciiLetterOrDigit(text[i]))
            {
                int j = i + 1;
                while (j < end && char.IsAsciiLetterOrDigit(text[j]))
                    j++;
                // Block characters hold no digits but ASCII ones, so \d is [0-9] here.
                if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
                {
                    j += 2;
                    while (j < end && char.IsAsciiDigit(text[j]))
                        j++;
                }
                if (j < end && text[j] == '%')
                    j++;
                piece.Add(i, j - i, null);
                i = j;
            }
            else
            {
                int j = i + 1;
                while (j < end && !IsHan(text[j]) && !char.IsAsciiLetterOrDigit(text[j]))
                    j++;
                piece.Add(i, j - i, null);
                i = j;
            }
        }
    }

    private static bool IsHan(char c) => c is >= FirstHan and <= LastHan;

    /// <summary>jieba's <c>ViterbiCut</c> over <c>text[start..end)</c>, all Han characters.</summary>
    private void Viterbi<TSink>(ReadOnlySpan<char> text, int start, int end, ref TSink piece)
        where TSink : struct, IPieceSink
    {
        int n = end - start;
        double[]? rentedProb = null;
        byte[]? rentedPath = null;
        Span<double> prob = n < 128 ? stackalloc double[4 * n] : (rentedProb = ArrayPool<double>.Shared.Rent(4 * n));
        Span<byte> from = n < 128 ? stackalloc byte[5 * n] : (rentedPath = ArrayPool<byte>.Shared.Rent(5 * n));
        try
        {
            for (int y = 0; y < 4; y++)
                prob[y] = s_start[y] + _emissions[y * HanCount + text[start] - FirstHan];
            for (int t = 1; t < n; t++)
            {
                char c = text[start + t];
                for (int y = 0; y < 4; y++)
                {
                    double emission = _emissions[y * HanCount + c - FirstHan];
                    double best = double.MinValue;
                    int bestFrom = 0;
                    foreach (int p in s_previous[y])
                    {
                        double candidate = prob[(t - 1) * 4 + p] + _transitions[p * 4 + y] + emission;
                        // jieba keeps the later state on a tie (<=).
                        if (best <= candidate)
                        {
                            best = candidate;
                            bestFrom = p;
                        }
                    }
                    prob[t * 4 + y] = best;
                    from[t * 4 + y] = (byte)bestFrom;
                }
            }
            // The path ends in E unless S is strictly better; walk it back.
            Span<byte> states = from.Slice(4 * n, n);
            int state = prob[(n - 1) * 4 + E] < prob[(n - 1) * 4 + S] ? S : E;
            for (int t = n - 1; t >= 0; t--)
            {
                int previous = t > 0 ? from[t * 4 + state] : 0;
                states[t] = (byte)state;
                state = previous;
            }
            int wordStart = 0, emitted = 0;
            for (int t = 0; t < n; t++)
            {
                switch (states[t])
                {
                    case B:
                        wordStart = t;
                        break;
                    case E:
                        // As jieba: from the last B (or the start), even when that overlaps what came before.
                        piece.Add(start + wordStart, t + 1 - wordStart, null);
                        emitted = t + 1;
                        break;
                    case S:
                        piece.Add(start + t, 1, null);
                        emitted = t + 1;
                        break;
                }
            }
            if (emitted < n)
                piece.Add(start + emitted, n - emitted, null);
        }
        finally
        {
            if (rentedProb is not null)
                ArrayPool<double>.Shared.Return(rentedProb);
            if (rentedPath is not null)
                ArrayPool<byte>.Shared.Return(rentedPath);
        }
    }

    /// <summary>Receives the pieces of <see cref="Cut"/>.</summary>
    public interface IPieceSink
    {
        /// <param name="start">Start of the piece in the text given to <see cref="Cut"/>.</param>
        /// <param name="length">Its length.</param>
        /// <param name="word">The dictionary's string when the piece is a dictionary word; else null.</param>
        void Add(int start, int length, string? word);
    }
}
