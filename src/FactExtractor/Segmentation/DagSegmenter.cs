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
/// The dictionary is a trie of every prefix of every word, stored as one open-addressing table from
/// (node, character) to node. Words keep the string read from the dictionary file, so a piece that
/// is a dictionary word costs no allocation.
/// </para>
/// <para>
/// Immutable after construction and thread-safe. Pieces are reported as <c>(start, length)</c> in
/// the order jieba emits them; their lengths sum to the input's length.
/// </para>
/// </remarks>
internal sealed class DagSegmenter
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

    // The trie comes frozen (Trie.ComputeLogProbabilities done).
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
        var trie = new Trie(dictionary);
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
        trie.ComputeLogProbabilities(Math.Log(total));
        return new DagSegmenter(trie, total, transitions, emissions);
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
        int[]? rentedKey = null;
        Span<double> route = n < 256 ? stackalloc double[n + 1] : (rentedFreq = ArrayPool<double>.Shared.Rent(n + 1));
        Span<int> next = n < 256 ? stackalloc int[n + 1] : (rentedKey = ArrayPool<int>.Shared.Rent(n + 1));
        try
        {
            var block = text.Slice(start, n);
            // route[i]: the best log probability of block[i..]; next[i]: the last index of the word at i.
            route[n] = 0.0;
            for (int i = n - 1; i >= 0; i--)
            {
                double best = double.MinValue;
                int bestEnd = -1;
                int node = Trie.Root;
                bool any = false;
                for (int x = i; x < n; x++)
                {
                    node = _trie.Child(node, block[x]);
                    if (node < 0)
                        break;
                    if (_trie.Frequency(node) > 0)
                    {
                        any = true;
                        double p = _trie.LogProbability(node) + route[x + 1];
                        if (best < p)
                        {
                            best = p;
                            bestEnd = x;
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
                    }
                }
                route[i] = best;
                next[i] = bestEnd;
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
                    piece.Add(start + k, y - k, _trie.Word(_trie.Find(block[k..y])));
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

    /// <summary>
    /// Every prefix of every word as a node; children in one open-addressing table keyed by
    /// (parent, character). Node 0 is the root.
    /// </summary>
    private sealed class Trie
    {
        public const int Root = 0;

        private const int InitialSize = 1 << 20;

        private string _source;
        private long[] _keys;
        private int[] _values;
        private int _mask = InitialSize - 1;
        private int _entries;
        private int[] _frequency;
        // A word node's string, made on first use from its place in the dictionary's text.
        private string?[] _words;
        private int[] _wordAt;
        private byte[] _depth;
        private WordClass[] _class;
        private double[] _logProbability = [];
        // After loading (Freeze): nodes renumbered breadth-first, so the children of a node are
        // the nodes _first[node] .. _first[node + 1] - 1, sorted by the character on their edge.
        private int[]? _first;
        private char[] _edge = [];
        private int[] _rootChildren = [];

        /// <param name="source">The dictionary's text, which <see cref="SetWord(int, int, int)"/> refers to.</param>
        public Trie(string source)
        {
            _source = source;
            _keys = new long[InitialSize];
            Array.Fill(_keys, -1L);
            _values = new int[InitialSize];
            _frequency = new int[InitialSize];
            _words = new string?[InitialSize];
            _wordAt = new int[InitialSize];
            _depth = new byte[InitialSize];
            _class = new WordClass[InitialSize];
            Count = 1;
        }

        /// <summary>Writes the frozen trie: its node arrays and the characters of its words.</summary>
        public void WriteTo(BinaryWriter output)
        {
            if (_first is null)
                throw new InvalidOperationException("Only a loaded (frozen) trie is written.");
            output.Write(Count);
            output.Write(_source);
            BinaryArrays.Write(output, _frequency);
            BinaryArrays.Write(output, _wordAt);
            BinaryArrays.Write(output, _depth);
            BinaryArrays.Write(output, _class);
            BinaryArrays.Write(output, _logProbability);
            BinaryArrays.Write(output, _first);
            BinaryArrays.Write(output, _edge);
        }

        /// <summary>Reads what <see cref="WriteTo"/> wrote, frozen; every word's string is made from the characters on first use.</summary>
        public static Trie ReadFrom(BinaryReader input)
        {
            int count = input.ReadInt32();
            var trie = new Trie(input.ReadString(), count)
            {
                _frequency = BinaryArrays.Read<int>(input),
                _wordAt = BinaryArrays.Read<int>(input),
                _depth = BinaryArrays.Read<byte>(input),
                _class = BinaryArrays.Read<WordClass>(input),
                _logProbability = BinaryArrays.Read<double>(input),
                _first = BinaryArrays.Read<int>(input),
                _edge = BinaryArrays.Read<char>(input),
            };
            trie.CheckFrozen();
            trie._rootChildren = RootTable(trie._first, trie._edge);
            return trie;
        }

        // A frozen trie's arrays are set by ReadFrom.
        private Trie(string source, int count)
        {
            _source = source;
            Count = count;
            _keys = [];
            _values = [];
            _words = new string?[count];
            _frequency = _wordAt = [];
            _depth = [];
            _class = [];
        }

        // Every index a lookup can reach stays inside the arrays, so a damaged file fails here, not in a cut.
        private void CheckFrozen()
        {
            int n = Count;
            if (n < 1 || _frequency.Length != n || _wordAt.Length != n || _depth.Length != n || _class.Length != n
                || _logProbability.Length != n || _first!.Length != n + 1 || _edge.Length != n || _first[0] != 1 || _first[n] != n)
                throw new InvalidDataException("Saved trie: array lengths do not match.");
            for (int i = 0; i < n; i++)
            {
                if (_first[i + 1] < _first[i] || (_frequency[i] > 0 && (uint)_wordAt[i] + _depth[i] > (uint)_source.Length))
                    throw new InvalidDataException("Saved trie: a node points outside the data.");
            }
        }

        public int Count { get; private set; }

        public int Frequency(int node) => _frequency[node];

        public double LogProbability(int node) => _logProbability[node];

        public WordClass Class(int node) => _class[node];

        public void SetClass(int node, WordClass wordClass) => _class[node] = wordClass;

        /// <summary>The string of a word node (any node a word was set on); null for -1.</summary>
        public string? Word(int node)
        {
            if (node < 0)
                return null;
            // Benign race: two threads may both make the string; either one is kept.
            return _words[node] ??= _source.Substring(_wordAt[node], _depth[node]);
        }

        public int Child(int node, char c)
        {
            if (_first is not null)
            {
                if (node == Root)
                    return _rootChildren[c];
                // Children are numbered consecutively, in character order.
                int found = Array.BinarySearch(_edge, _first[node], _first[node + 1] - _first[node], c);
                return found >= 0 ? found : -1;
            }
            long key = ((long)node << 16) | c;
            int slot = Hash(key) & _mask;
            while (true)
            {
                long k = _keys[slot];
                if (k == key)
                    return _values[slot];
                if (k < 0)
                    return -1;
                slot = (slot + 1) & _mask;
            }
        }

        public int Find(ReadOnlySpan<char> word)
        {
            int node = Root;
            foreach (char c in word)
            {
                node = Child(node, c);
                if (node < 0)
                    return -1;
            }
            return word.IsEmpty ? -1 : node;
        }

        /// <summary>Sets the frequency of the word <c>source[start..start+length)</c>, adding it and its prefixes (new ones at 0).</summary>
        /// <returns>The word's node.</returns>
        public int SetWord(int start, int length, int frequency)
        {
            int node = Insert(_source.AsSpan(start, length));
            if (node == Root)
                return node;
            _frequency[node] = frequency;
            _wordAt[node] = start;
            _words[node] = null;
            return node;
        }

        /// <summary>Sets the frequency of <paramref name="word"/>, adding it and its prefixes (new ones at 0).</summary>
        /// <returns>The word's node.</returns>
        public int SetWord(string word, int frequency)
        {
            int node = Insert(word);
            if (node == Root)
                return node;
            _frequency[node] = frequency;
            _words[node] = word;
            return node;
        }

        private int Insert(ReadOnlySpan<char> word)
        {
            if (word.Length > byte.MaxValue)
                throw new InvalidDataException($"Dictionary word longer than {byte.MaxValue} characters: '{word}'.");
            int node = Root;
            for (int i = 0; i < word.Length; i++)
            {
                int child = Child(node, word[i]);
                if (child < 0)
                    child = AddChild(node, word[i], i + 1);
                node = child;
            }
            return node;
        }

        /// <summary>Stores <c>Math.Log(frequency) - logTotal</c> per word node, as jieba's route adds it.</summary>
        public void ComputeLogProbabilities(double logTotal)
        {
            // Loading is over: the node arrays shrink to the nodes there are.
            Array.Resize(ref _frequency, Count);
            Array.Resize(ref _words, Count);
            Array.Resize(ref _wordAt, Count);
            Array.Resize(ref _depth, Count);
            Array.Resize(ref _class, Count);
            _logProbability = new double[Count];
            for (int i = 0; i < Count; i++)
            {
                if (_frequency[i] > 0)
                    _logProbability[i] = Math.Log(_frequency[i]) - logTotal;
            }
            KeepOnlyWordCharacters();
            Freeze();
        }

        /// <summary>
        /// Replaces the build-time hash table of edges (12 MB for jieba's dictionary) by the
        /// breadth-first layout of <see cref="_first"/> and <see cref="_edge"/> (3 MB) and a direct
        /// table for the root's children. No word can be added after this.
        /// </summary>
        private void Freeze()
        {
            // The edges grouped by parent (a counting sort), each group sorted by character.
            var start = new int[Count + 1];
            foreach (long key in _keys)
            {
                if (key >= 0)
                    start[(int)(key >> 16) + 1]++;
            }
            for (int i = 0; i < Count; i++)
                start[i + 1] += start[i];
            var children = new int[_entries];
            var characters = new char[_entries];
            var fill = (int[])start.Clone();
            for (int slot = 0; slot < _keys.Length; slot++)
            {
                long key = _keys[slot];
                if (key < 0)
                    continue;
                int at = fill[(int)(key >> 16)]++;
                characters[at] = (char)key;
                children[at] = _values[slot];
            }
            for (int i = 0; i < Count; i++)
                Array.Sort(characters, children, start[i], start[i + 1] - start[i]);

            // Breadth-first renumbering: a node's children get consecutive numbers.
            var order = new int[Count];
            var first = new int[Count + 1];
            var edge = new char[Count];
            int next = 1;
            for (int n = 0; n < Count; n++)
            {
                int old = order[n];
                first[n] = next;
                for (int e = start[old]; e < start[old + 1]; e++)
                {
                    order[next] = children[e];
                    edge[next] = characters[e];
                    next++;
                }
            }
            first[Count] = next;

            _frequency = Permute(_frequency, order);
            _words = Permute(_words, order);
            _wordAt = Permute(_wordAt, order);
            _depth = Permute(_depth, order);
            _class = Permute(_class, order);
            _logProbability = Permute(_logProbability, order);
            _rootChildren = RootTable(first, edge);
            _edge = edge;
            _first = first;
            _keys = [];
            _values = [];
        }

        /// <summary>The root's children by character (-1 for none): the first step of every lookup, made direct.</summary>
        private static int[] RootTable(int[] first, char[] edge)
        {
            var table = new int[char.MaxValue + 1];
            Array.Fill(table, -1);
            for (int n = first[Root]; n < first[Root + 1]; n++)
                table[edge[n]] = n;
            return table;
        }

        private static T[] Permute<T>(T[] values, int[] order)
        {
            var result = new T[order.Length];
            for (int n = 0; n < order.Length; n++)
                result[n] = values[order[n]];
            return result;
        }

        /// <summary>
        /// Replaces the dictionary's text (words, frequencies and tags, about 9 MB) by the characters
        /// of every word (about 2 MB), from which <see cref="Word"/> makes a word's string.
        /// </summary>
        private void KeepOnlyWordCharacters()
        {
            int length = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_frequency[i] > 0)
                    length += _depth[i];
            }
            var characters = new char[length];
            int at = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_frequency[i] > 0)
                {
                    // A user word has its string already; a dictionary word is a slice of the file's text.
                    var word = _words[i] is { } known ? known.AsSpan() : _source.AsSpan(_wordAt[i], _depth[i]);
                    word.CopyTo(characters.AsSpan(at));
                    _wordAt[i] = at;
                    at += _depth[i];
                }
            }
            _source = new string(characters);
        }

        private int AddChild(int node, char c, int depth)
        {
            // Linear probing stays short up to about 70% full.
            if ((_entries + 1) * 10L > _keys.Length * 7L)
                Grow();
            if (Count == _frequency.Length)
            {
                Array.Resize(ref _frequency, Count * 2);
                Array.Resize(ref _words, Count * 2);
                Array.Resize(ref _wordAt, Count * 2);
                Array.Resize(ref _depth, Count * 2);
                Array.Resize(ref _class, Count * 2);
            }
            int child = Count++;
            _depth[child] = (byte)depth;
            Insert(((long)node << 16) | c, child);
            return child;
        }

        private void Insert(long key, int value)
        {
            int slot = Hash(key) & _mask;
            while (_keys[slot] >= 0)
                slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _values[slot] = value;
            _entries++;
        }

        private void Grow()
        {
            var keys = _keys;
            var values = _values;
            _keys = new long[keys.Length * 2];
            _values = new int[keys.Length * 2];
            Array.Fill(_keys, -1L);
            _mask = _keys.Length - 1;
            _entries = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] >= 0)
                    Insert(keys[i], values[i]);
            }
        }

        private static int Hash(long key) => (int)((ulong)(key * -7046029254386353131L) >> 32);
    }
}
