using System.IO.Hashing;
using System.Text;

namespace FactExtractor.Segmentation;

/// <summary>
/// Keeps a loaded <see cref="DagSegmenter"/> on disk, so that a process after the first one reads
/// its trie in a few milliseconds instead of parsing jieba's 9 MB dictionary again (about half a
/// second of every cold start).
/// </summary>
/// <remarks>
/// <para>
/// A saved segmenter is named by a 128-bit hash of this library's build and of everything it is
/// made from (jieba's files, the user words), so a change to any of them makes a new one; the
/// others in the folder are then deleted. A file that cannot be read, or fails its checks, is
/// ignored and made again. Saving is best effort: a folder that cannot be written only costs the speed.
/// </para>
/// <para>
/// Every cold start pays for this read, so it touches each byte once: the files are hashed
/// through one small buffer, and the saved arrays are read straight into place while their
/// checksum is taken. Whole files read into fresh arrays first, with SHA-256 over them, made
/// <c>factx batch</c> on one document take 0.62 s instead of 0.55 s on a virtual machine where
/// the first touch of each memory page is slow. XXH128 guards against damage, not against an
/// attacker: the folder is the user's own.
/// </para>
/// </remarks>
internal static class SegmenterCache
{
    private static readonly byte[] s_magic = "factx-segmenter-2\n"u8.ToArray();
    private const int ChecksumLength = 16;

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
        var hash = new XxHash128();
        hash.Append(typeof(SegmenterCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var buffer = new byte[1 << 16];
        foreach (var name in JiebaResources.FileNames)
        {
            using var file = new FileStream(Path.Combine(directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            hash.Append(BitConverter.GetBytes(file.Length));
            int read;
            while ((read = file.Read(buffer)) > 0)
                hash.Append(buffer.AsSpan(0, read));
        }
        var words = new StringBuilder();
        foreach (var (word, frequency, tag) in userWords)
            words.Append(word).Append('\t').Append(frequency).Append('\t').Append(tag).Append('\n');
        hash.Append(Encoding.UTF8.GetBytes(words.ToString()));
        return hash.GetCurrentHash();
    }

    // The file: magic, key, XXH128 of the rest, the rest (DagSegmenter.WriteTo).
    private static DagSegmenter? TryRead(string path, byte[] key)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var header = new byte[s_magic.Length + key.Length + ChecksumLength];
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !header.AsSpan(0, s_magic.Length).SequenceEqual(s_magic)
                || !header.AsSpan(s_magic.Length, key.Length).SequenceEqual(key))
                return null;
            var body = new ChecksumStream(file);
            DagSegmenter segmenter;
            using (var input = new BinaryReader(body, Encoding.UTF8, leaveOpen: true))
                segmenter = DagSegmenter.ReadFrom(input);
            return file.Position == file.Length && body.Checksum().AsSpan().SequenceEqual(header.AsSpan(header.Length - ChecksumLength)) ? segmenter : null;
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
                output.Write(XxHash128.Hash(body.GetBuffer().AsSpan(0, (int)body.Length)));
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

    /// <summary>Reads through to a stream and keeps the XXH128 of every byte read.</summary>
    private sealed class ChecksumStream(Stream inner) : Stream
    {
        private readonly XxHash128 _hash = new();

        public byte[] Checksum() => _hash.GetCurrentHash();

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            _hash.Append(buffer[..read]);
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
