using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// <c>--shard K/N</c>: the documents whose id hashes to <c>K</c> modulo <c>N</c> (K from 0, as
/// Kubernetes' JOB_COMPLETION_INDEX). The hash is XxHash64 (seed 0) of the id's UTF-8 bytes,
/// read as an unsigned 64-bit number: the same on every machine, run and .NET version, so N
/// machines split a corpus without talking to each other, and the N outputs together hold
/// every document exactly once.
/// </summary>
internal sealed record BatchShard(int Index, int Count)
{
    public static BatchShard Parse(string value)
    {
        var parts = value.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || n < 1 || k >= n)
        {
            throw new UsageException($"--shard '{value}' is not K/N with 0 <= K < N (e.g. 0/4)");
        }
        return new BatchShard(k, n);
    }

    /// <summary>The shard (0 … N−1) of a document id.</summary>
    public static int Of(string id, int count) => (int)(Hash(id) % (ulong)count);

    public static ulong Hash(string id) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(id));

    public bool Contains(string id) => Count == 1 || Of(id, Count) == Index;

    public override string ToString() => $"{Index}/{Count}";
}
