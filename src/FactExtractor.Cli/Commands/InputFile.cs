using System.Text;

namespace FactExtractor.Cli.Commands;

/// <summary>Reads an input document strictly: UTF-8 only, no binary, with a clear error otherwise.</summary>
internal static class InputFile
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The stem used as document id: file name without extension, "stdin" for -.</summary>
    public static string Stem(string path) => path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);

    /// <summary>Reads <paramref name="path"/> (or stdin for -); throws <see cref="InputException"/> with a one-line reason.</summary>
    public static string Read(string path, TextReader stdin)
    {
        if (path == "-")
            return stdin.ReadToEnd();
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                throw new InputException($"{path}: is a directory");
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
        return Decode(bytes, path);
    }

    public static string Decode(byte[] bytes, string name)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new InputException($"{name}: binary content (NUL bytes), not text", InputProblem.Binary);
        try
        {
            var text = s_strictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{name}: not valid UTF-8", InputProblem.InvalidUtf8);
        }
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        long offset = 0;
        while (!bytes.IsEmpty)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes, out _, out int used))
                return offset;
            bytes = bytes[used..];
            offset += used;
        }
        return -1;
    }
}

/// <summary>Why an input could not be read.</summary>
internal enum InputProblem
{
    /// <summary>Missing, a directory, not permitted, or an I/O error.</summary>
    Unreadable,
    /// <summary>NUL bytes: not text.</summary>
    Binary,
    /// <summary>Bytes that are not UTF-8.</summary>
    InvalidUtf8,
}

/// <summary>An input that could not be read; the message names it.</summary>
internal sealed class InputException(string message, InputProblem problem = InputProblem.Unreadable) : Exception(message)
{
    /// <summary>Why it could not be read.</summary>
    public InputProblem Problem { get; } = problem;
}
