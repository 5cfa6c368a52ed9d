using System.Runtime.InteropServices;

namespace FactExtractor.Segmentation;

internal sealed partial class DagSegmenter
{
    /// <summary>
    /// The dictionary while it is read: every prefix of every word as a node, children in one
    /// open-addressing table keyed by (parent, character). Node 0 is the root.
    /// <see cref="Freeze"/> turns it into the <see cref="Trie"/> that cuts use.
    /// </summary>
    private sealed class TrieBuilder
    {
        private const int InitialSize = 1 << 20;

        private readonly string _source;
        private long[] _keys = new long[InitialSize];
        private int[] _values = new int[InitialSize];
        private int _mask = InitialSize - 1;
        private int _entries;
        private int[] _frequency = new int[InitialSize];
        // A user word's string; a dictionary word is _source[_wordAt .. _wordAt + _depth).
        private string?[] _words = new string?[InitialSize];
        private int[] _wordAt = new int[InitialSize];
        private byte[] _depth = new byte[InitialSize];
        private WordClass[] _class = new WordClass[InitialSize];
        private int _count = 1;

        /// <param name="source">The dictionary's text, which <see cref="SetWord(int, int, int)"/> refers to.</param>
        public TrieBuilder(string source)
        {
            _source = source;
            Array.Fill(_keys, -1L);
        }

        public int Frequency(int node) => _frequency[node];

        public void SetClass(int node, WordClass wordClass) => _class[node] = wordClass;

        public int Find(ReadOnlySpan<char> word)
        {
            int node = Trie.Root;
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
            if (node == Trie.Root)
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
            if (node == Trie.Root)
                return node;
            _frequency[node] = frequency;
            _words[node] = word;
            return node;
        }

        /// <summary>
        /// The finished trie: nodes renumbered breadth-first (a node's children consecutive, in
        /// character order), each word's <c>Math.Log(frequency) - logTotal</c> as jieba's route adds
        /// it, and only the characters of the words kept of the dictionary's text (about 2 of 9 MB).
        /// The builder's 12 MB table of edges is left behind.
        /// </summary>
        public Trie Freeze(double logTotal)
        {
            int count = _count;
            // The edges grouped by parent (a counting sort), each group sorted by character.
            var start = new int[count + 1];
            foreach (long key in _keys)
            {
                if (key >= 0)
                    start[(int)(key >> 16) + 1]++;
            }
            for (int i = 0; i < count; i++)
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
            for (int i = 0; i < count; i++)
                Array.Sort(characters, children, start[i], start[i + 1] - start[i]);

            // Breadth-first renumbering: a node's children get consecutive numbers.
            var order = new int[count];
            var first = new int[count + 1];
            var edge = new char[count];
            int next = 1;
            for (int n = 0; n < count; n++)
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
            first[count] = next;

            var frequency = new int[count];
            var wordAt = new int[count];
            var depth = new byte[count];
            var classes = new WordClass[count];
            var nodes = new Node[count + 1];
            var words = new char[WordCharacters()];
            int used = 0;
            for (int n = 0; n < count; n++)
            {
                int old = order[n];
                frequency[n] = _frequency[old];
                depth[n] = _depth[old];
                classes[n] = _class[old];
                nodes[n] = new Node(first[n], edge[n], double.NaN);
                if (frequency[n] <= 0)
                    continue;
                nodes[n].LogProbability = Math.Log(frequency[n]) - logTotal;
                var word = _words[old] is { } known ? known.AsSpan() : _source.AsSpan(_wordAt[old], _depth[old]);
                word.CopyTo(words.AsSpan(used));
                wordAt[n] = used;
                used += depth[n];
            }
            nodes[count] = new Node(first[count], '\0', double.NaN);
            return new Trie(new string(words), frequency, wordAt, depth, classes, nodes);
        }

        private int WordCharacters()
        {
            int length = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_frequency[i] > 0)
                    length += _depth[i];
            }
            return length;
        }

        private int Child(int node, char c)
        {
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

        private int Insert(ReadOnlySpan<char> word)
        {
            if (word.Length > byte.MaxValue)
                throw new InvalidDataException($"Dictionary word longer than {byte.MaxValue} characters: '{word}'.");
            int node = Trie.Root;
            for (int i = 0; i < word.Length; i++)
            {
                int child = Child(node, word[i]);
                if (child < 0)
                    child = AddChild(node, word[i], i + 1);
                node = child;
            }
            return node;
        }

        private int AddChild(int node, char c, int depth)
        {
            // Linear probing stays short up to about 70% full.
            if ((_entries + 1) * 10L > _keys.Length * 7L)
                Grow();
            if (_count == _frequency.Length)
            {
                Array.Resize(ref _frequency, _count * 2);
                Array.Resize(ref _words, _count * 2);
                Array.Resize(ref _wordAt, _count * 2);
                Array.Resize(ref _depth, _count * 2);
                Array.Resize(ref _class, _count * 2);
            }
            int child = _count++;
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

    /// <summary>
    /// A trie node as cuts read it: where its children start, the character on the edge into it,
    /// and its word's log probability (NaN when no word ends here). One 16-byte record, so a step
    /// down the trie reads one place in memory instead of four arrays: on two busy cores the
    /// separate arrays' cache misses doubled the segmenter's time.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Node(int first, char edge, double logProbability)
    {
        public double LogProbability = logProbability;
        public int First = first;
        public char Edge = edge;
    }

    /// <summary>
    /// The dictionary as cuts read it: nodes numbered breadth-first, so the children of a node are
    /// the nodes <c>First</c> of it to <c>First</c> of the next node, minus one, sorted by the
    /// character on their edge and found by binary search (the root's through a direct table).
    /// Immutable but for the words' strings, which are made on first use.
    /// </summary>
    private sealed class Trie
    {
        public const int Root = 0;

        private readonly string _characters; // every word's characters, one after another
        private readonly int[] _frequency;
        private readonly int[] _wordAt;
        private readonly byte[] _depth;
        private readonly WordClass[] _class;
        private readonly Node[] _nodes; // one more than there are nodes: the last one ends the children of the one before
        private readonly int[] _rootChildren;
        private readonly string?[] _words;

        /// <exception cref="InvalidDataException">The arrays do not make a trie (a damaged saved one).</exception>
        public Trie(string characters, int[] frequency, int[] wordAt, byte[] depth, WordClass[] classes, Node[] nodes)
        {
            _characters = characters;
            _frequency = frequency;
            _wordAt = wordAt;
            _depth = depth;
            _class = classes;
            _nodes = nodes;
            Check();
            _words = new string?[Count];
            // The root's children by character (-1 for none): the first step of every lookup, made direct.
            _rootChildren = new int[char.MaxValue + 1];
            Array.Fill(_rootChildren, -1);
            for (int n = nodes[Root].First; n < nodes[Root + 1].First; n++)
                _rootChildren[nodes[n].Edge] = n;
        }

        public int Count => _frequency.Length;

        public int Frequency(int node) => _frequency[node];

        /// <summary>The log probability jieba's route adds for the word ending at <paramref name="node"/>; NaN when none does.</summary>
        public double LogProbability(int node) => _nodes[node].LogProbability;

        public WordClass Class(int node) => _class[node];

        /// <summary>The string of a word node (any node a word was set on); null for -1.</summary>
        public string? Word(int node)
        {
            if (node < 0)
                return null;
            // Benign race: two threads may both make the string; either one is kept.
            return _words[node] ??= _characters.Substring(_wordAt[node], _depth[node]);
        }

        public int Child(int node, char c)
        {
            if (node == Root)
                return _rootChildren[c];
            var nodes = _nodes;
            int low = nodes[node].First, high = nodes[node + 1].First - 1;
            while (low <= high)
            {
                int middle = (int)((uint)(low + high) >> 1);
                char edge = nodes[middle].Edge;
                if (edge == c)
                    return middle;
                if (edge < c)
                    low = middle + 1;
                else
                    high = middle - 1;
            }
            return -1;
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

        /// <summary>Writes the node arrays and the words' characters.</summary>
        public void WriteTo(BinaryWriter output)
        {
            output.Write(_characters);
            BinaryArrays.Write(output, _frequency);
            BinaryArrays.Write(output, _wordAt);
            BinaryArrays.Write(output, _depth);
            BinaryArrays.Write(output, _class);
            BinaryArrays.Write(output, _nodes);
        }

        /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
        /// <exception cref="InvalidDataException">The data is cut short or inconsistent.</exception>
        public static Trie ReadFrom(BinaryReader input) => new(
            input.ReadString(),
            BinaryArrays.Read<int>(input),
            BinaryArrays.Read<int>(input),
            BinaryArrays.Read<byte>(input),
            BinaryArrays.Read<WordClass>(input),
            BinaryArrays.Read<Node>(input));

        // Every index a lookup can reach stays inside the arrays, so bad data fails here, not in a cut.
        private void Check()
        {
            int n = _frequency.Length;
            if (n < 1 || _wordAt.Length != n || _depth.Length != n || _class.Length != n
                || _nodes.Length != n + 1 || _nodes[0].First != 1 || _nodes[n].First != n)
                throw new InvalidDataException("Trie: array lengths do not match.");
            for (int i = 0; i < n; i++)
            {
                if (_nodes[i + 1].First < _nodes[i].First
                    || (_frequency[i] > 0 && (uint)_wordAt[i] + _depth[i] > (uint)_characters.Length)
                    || (_frequency[i] > 0) == double.IsNaN(_nodes[i].LogProbability))
                    throw new InvalidDataException("Trie: a node points outside the data or disagrees with itself.");
            }
        }
    }
}
