namespace FactExtractor.Cli.Commands;

/// <summary><c>factx segment FILE</c>: one line of words (two spaces between) per input line.</summary>
internal static class SegmentCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) is { } option)
            throw new UsageException($"unknown option '{option}'");
        if (args.Length != 1)
            throw new UsageException("segment needs exactly one FILE");
        string text;
        try
        {
            text = InputFile.Read(args[0], stdin);
        }
        catch (InputException e)
        {
            stderr.WriteLine($"factx: {e.Message}");
            return CommandLine.SomeFailed;
        }
        var pipeline = Facts.DefaultPipeline;
        // A final line end closes the last line; it does not open another.
        var lines = text.Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
            lines = lines[..^1];
        try
        {
            foreach (var line in lines)
            {
                var words = pipeline.Segment(line.TrimEnd('\r'));
                stdout.WriteLine(string.Join("  ", words.Select(w => w.Text)));
            }
            stdout.Flush();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"factx: cannot write standard output: {e.Message}");
            return CommandLine.SomeFailed;
        }
        return CommandLine.Success;
    }
}
