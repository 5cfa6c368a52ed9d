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
        var counts = new SortedDictionary<int, float>();
        foreach (var token in features.Tokens)
        {
            int slot = (int)(Fnv1a(token) & (uint)(slots - 1));
            counts[slot] = counts.GetValueOrDefault(slot) + 1;
        }
        for (int j = 0; j < features.Numbers.Length; j++)
        {
            if (features.Numbers[j] != 0)
                counts[slots + j] = features.Numbers[j];
        }
        return new SparseVector(Length(bits, features.Numbers.Length), [.. counts.Keys], [.. counts.Values]);
    }

    internal static uint Fnv1a(string s)
    {
        uint hash = 2166136261;
        foreach (char c in s)
        {
            hash = (hash ^ (byte)c) * 16777619;
            hash = (hash ^ (byte)(c >> 8)) * 16777619;
        }
        return hash;
    }
}
