namespace FactExtractor.Cli.Commands;

/// <summary>Puts a finished temporary file in the place of its destination.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Renames <paramref name="temp"/> over <paramref name="path"/>, unless <paramref name="path"/>
    /// exists and is empty: character devices (<c>/dev/null</c>, <c>/dev/full</c>) and FIFOs report
    /// no length, and a rename would replace the device itself (run as root, <c>--out /dev/full</c>
    /// turned /dev/full into a regular file). Those are written through: the bytes are copied into
    /// them, so /dev/null discards them and /dev/full reports a full disk.
    /// </summary>
    public static void Replace(string temp, string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length > 0)
        {
            File.Move(temp, path, overwrite: true);
            return;
        }
        try
        {
            using var source = new FileStream(temp, FileMode.Open, FileAccess.Read);
            using var target = new FileStream(path, FileMode.Open, FileAccess.Write);
            source.CopyTo(target);
            target.Flush();
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
