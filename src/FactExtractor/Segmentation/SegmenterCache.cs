using System.Security.Cryptography;
using System.Text;

namespace FactExtractor.Segmentation;

/// <summary>
/// Keeps a loaded <see cref="DagSegmenter"/> on disk, so that a process after the first one reads
/// its trie in a few milliseconds instead of parsing jieba's 9 MB dictionary again (about half a
/// second of every cold start).
/// </summary>
/// <remarks>
/// A saved segmenter is named by a SHA-256 of this library's build and of everything it is made
/// from (jieba's files, the user words), so a change to any of them makes a new one; the others
/// in the folder are then deleted. A file that cannot be read, or fails its checks, is ignored and
/// made again. Saving is best effort: a folder that cannot be written only costs the speed.
/// </remarks>
internal static class SegmenterCache
{
    private static readonly byte[] s_magic = "factx-segmenter\n"u8.ToArray();

    /// <summary>
    /// The segmenter of <see cref="DagSegmenter.Load"/> over the same inputs: read from
    /// <paramref name="cacheDirectory"/> when it holds one, else loaded and saved there.
    /// </summary>
    /// <param name="directory">The folder of jieba's files.</param>
    /// <param name="userWords">Words added as jieba's <c>AddWord</c> adds them.</param>
    /// <param name="cacheDirectory">Where saved segmenters live; <see langword="null"/> to load without saving.</param>
    public static DagSegmenter Load(string directory, IReadOnlyList<(string Word, int Frequency, string? Tag)> userWords, string? cacheDirectory)
    {
        // Saved arrays are the machine's bytes; a big-endian machine just loads.
        if (cacheDirectory is null || !BitConverter.IsLittleEndian)
            return DagSegmenter.Load(directory, userWords);
        var key = Key(directory, userWords);
        var path = Path.Combine(cacheDirectory, $"segmenter-{Convert.ToHexStringLower(key)[..32]}.bin");
        if (TryRead(path, key) is { } saved)
            return saved;
        var segmenter = DagSegmenter.Load(directory, userWords);
        TrySave(path, key, segmenter);
        return segmenter;
    }

    internal static byte[] Key(string directory, IReadOnlyList<(string Word, int Frequency, string? Tag)> userWords)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SegmenterCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var name in JiebaResources.FileNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, name));
            hash.AppendData(BitConverter.GetBytes(bytes.LongLength));
            hash.AppendData(bytes);
        }
        var words = new StringBuilder();
        foreach (var (word, frequency, tag) in userWords)
            words.Append(word).Append('\t').Append(frequency).Append('\t').Append(tag).Append('\n');
        hash.AppendData(Encoding.UTF8.GetBytes(words.ToString()));
        return hash.GetHashAndReset();
    }

    // The file: magic, key, SHA-256 of the rest, the rest (DagSegmenter.WriteTo).
    private static DagSegmenter? TryRead(string path, byte[] key)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            int body = s_magic.Length + 2 * key.Length;
            if (bytes.Length < body
                || !bytes.AsSpan(0, s_magic.Length).SequenceEqual(s_magic)
                || !bytes.AsSpan(s_magic.Length, key.Length).SequenceEqual(key)
                || !bytes.AsSpan(s_magic.Length + key.Length, key.Length).SequenceEqual(SHA256.HashData(bytes.AsSpan(body))))
                return null;
            using var input = new BinaryReader(new MemoryStream(bytes, body, bytes.Length - body));
            var segmenter = DagSegmenter.ReadFrom(input);
            return input.BaseStream.Position == input.BaseStream.Length ? segmenter : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null; // missing, unreadable or damaged: made again
        }
    }

    private static void TrySave(string path, byte[] key, DagSegmenter segmenter)
    {
        var directory = Path.GetDirectoryName(path)!;
        // Written under a unique name, then renamed: a reader never sees half a file.
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var body = new MemoryStream();
            using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
                segmenter.WriteTo(writer);
            JiebaResources.CreateDirectory(directory);
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                output.Write(s_magic);
                output.Write(key);
                output.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
                output.Write(body.GetBuffer(), 0, (int)body.Length);
            }
            File.Move(temporary, path, overwrite: true);
            foreach (var old in Directory.EnumerateFiles(directory, "segmenter-*.bin"))
            {
                if (old != path)
                    File.Delete(old);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next process loads again.
        }
        finally
        {
            JiebaResources.TryDelete(temporary);
        }
    }
}
