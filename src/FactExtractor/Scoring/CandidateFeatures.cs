namespace FactExtractor.Scoring;

/// <summary>
/// The features of one candidate as a learned scorer reads them: feature strings (hashed into a
/// bag by <see cref="FeatureHasher"/>) and a few dense numbers in [0, 1]. The same shape serves
/// every binary model the library learns, so training and prediction share one code path.
/// </summary>
/// <param name="Tokens">Feature strings such as <c>unit=亿元</c> or <c>l1=增</c>; order does not matter.</param>
/// <param name="Numbers">Dense features; their count is fixed per model.</param>
internal sealed record CandidateFeatures(string[] Tokens, float[] Numbers);

/// <summary>A sparse feature vector: sorted distinct indices and their values.</summary>
internal readonly record struct SparseVector(int Length, int[] Indices, float[] Values);

/// <summary>
/// Hashes feature strings into 2^bits slots (FNV-1a over UTF-16 code units, so the same string
/// lands in the same slot on every platform and run) and appends the dense numbers after them.
/// </summary>
internal static class FeatureHasher
{
    public static int Length(int bits, int numberCount) => (1 << bits) + numberCount;

    public static SparseVector Vectorize(CandidateFeatures features, int bits)
    {
        int slots = 1 << bits;
        var hashed = new int[features.Tokens.Length];
        int distinct = Slots(features.Tokens, slots, hashed);
        int numbers = 0;
        foreach (var x in features.Numbers)
            numbers += x != 0 ? 1 : 0;
        var indices = new int[distinct + numbers];
        var values = new float[distinct + numbers];
        int n = 0;
        for (int i = 0; i < hashed.Length; n++)
        {
            int j = i + 1;
            while (j < hashed.Length && hashed[j] == hashed[i])
                j++;
            indices[n] = hashed[i];
            values[n] = j - i;
            i = j;
        }
        for (int j = 0; j < features.Numbers.Length; j++)
        {
            if (features.Numbers[j] != 0)
            {
                indices[n] = slots + j;
                values[n++] = features.Numbers[j];
            }
        }
        return new SparseVector(Length(bits, features.Numbers.Length), indices, values);
    }

    /// <summary>
    /// <c>w·x</c> of <see cref="Vectorize"/>'s vector without building it: summed in float, in index
    /// order, as the vector's entries are, so the result is the same to the bit.
    /// </summary>
    public static float Dot(CandidateFeatures features, int bits, float[] weights)
    {
        Span<int> hashed = features.Tokens.Length <= 256 ? stackalloc int[features.Tokens.Length] : new int[features.Tokens.Length];
        Slots(features.Tokens, 1 << bits, hashed);
        return Dot(hashed, features.Numbers, bits, weights);
    }

    /// <summary><c>w·x</c> of sorted token slots (repeats count) and the dense numbers, summed as <see cref="Dot(CandidateFeatures, int, float[])"/>.</summary>
    public static float Dot(ReadOnlySpan<int> sortedSlots, ReadOnlySpan<float> numbers, int bits, float[] weights)
    {
        int slots = 1 << bits;
        float dot = 0;
        for (int i = 0; i < sortedSlots.Length;)
        {
            int j = i + 1;
            while (j < sortedSlots.Length && sortedSlots[j] == sortedSlots[i])
                j++;
            dot += weights[sortedSlots[i]] * (float)(j - i);
            i = j;
        }
        for (int j = 0; j < numbers.Length; j++)
        {
            if (numbers[j] != 0)
                dot += weights[slots + j] * numbers[j];
        }
        return dot;
    }

    /// <summary>Hashes every token into <paramref name="hashed"/>, sorted; returns the number of distinct slots.</summary>
    private static int Slots(string[] tokens, int slots, Span<int> hashed)
    {
        for (int i = 0; i < tokens.Length; i++)
            hashed[i] = (int)(Fnv1a(tokens[i]) & (uint)(slots - 1));
        hashed.Sort();
        int distinct = 0;
        for (int i = 0; i < hashed.Length; i++)
            distinct += i == 0 || hashed[i] != hashed[i - 1] ? 1 : 0;
        return distinct;
    }

    internal const uint FnvOffset = 2166136261;

    internal static uint Fnv1a(string s) => Fnv1a(FnvOffset, s);

    /// <summary>Continues an FNV-1a hash over <paramref name="s"/>: hashing parts in turn hashes their concatenation.</summary>
    internal static uint Fnv1a(uint hash, ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            hash = (hash ^ (byte)c) * 16777619;
            hash = (hash ^ (byte)(c >> 8)) * 16777619;
        }
        return hash;
    }
}

/// <summary>
/// Hashes feature strings part by part as <see cref="FactFeatures.Write"/> produces them, into the
/// slots that <see cref="FeatureHasher"/> gives the whole strings: scoring builds no string.
/// </summary>
internal struct HashedTokens(int bits) : FactFeatures.ITokenSink
{
    private int[] _slots = new int[96];

    public int Count { get; private set; }

    /// <summary>The slots so far, in the order the tokens came.</summary>
    public readonly Span<int> Slots => _slots.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default)
    {
        uint hash = FeatureHasher.Fnv1a(FeatureHasher.Fnv1a(FeatureHasher.Fnv1a(FeatureHasher.Fnv1a(FeatureHasher.FnvOffset, a), b), c), d);
        if (Count == _slots.Length)
            Array.Resize(ref _slots, Count * 2);
        _slots[Count++] = (int)(hash & (uint)((1 << bits) - 1));
    }
}
