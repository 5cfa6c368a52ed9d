namespace FactExtractor.Cli;

/// <summary>Entry point of <c>factx</c>: dispatches to a command and maps failures to exit codes.</summary>
public static class CommandLine
{
    /// <summary>All inputs succeeded.</summary>
    public const int Success = 0;

    /// <summary>Some input failed; the others were still processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    internal const string Usage = """
        factx — extract checkable quantity–unit–year facts from Chinese news text

        usage:
          factx extract [--reference-date YYYY-MM-DD] [--out DIR] [--compact]
                        [--scoring model|rules] [--min-confidence C] FILE...
              one FILE without --out: its JSON to stdout; several: JSON Lines to stdout;
              with --out: DIR/<stem>.json per input. FILE may be - for stdin.
              --scoring: the learned models (default: calibrated confidence, learned subjects)
              or the rules alone (their subjects, confidence 0.9);
              --min-confidence: drop facts below C (0..1)
          factx batch INPUT... --out PATH [--format jsonl|csv|parquet] [--jobs N] [--shard K/N]
                      [--reference-date YYYY-MM-DD] [--resume] [--scoring model|rules]
                      [--min-confidence C] [--max-bytes N]
              many documents in input order, on all cores: INPUT is a file, a folder (its *.txt,
              recursively), a quoted glob ('data/**/*.txt'), a .jsonl file or - (JSON Lines
              {"id","text","referenceDate"} on stdin). --format defaults to the extension of
              --out (jsonl for - or others). A bad document becomes an error record and the run
              goes on. --shard K/N keeps the documents whose id hashes to K (0 <= K < N);
              --resume continues an interrupted run; --max-bytes (default 1000000) fails larger
              documents as tooLarge.
          factx eval GOLD_DIR [--pred DIR|FILE.jsonl] [--per-doc] [--errors N] [--json]
              scores predictions (default: this pipeline, run with each gold's referenceDate)
              against GOLD_DIR/NAME.gold.json, with the same numbers as tools/score.py
          factx eval --check GOLD_DIR
              validates the gold files; exit code 1 when there are problems
          factx train --corpus GOLD_DIR --out MODEL.zip [--subject-model auto|on|off]
              trains the learned models on the gold folder (seeded, deterministic): the subject
              model (subject-model.zip beside MODEL.zip; used by model scoring with on, not with
              off, the default, and with auto only if cross-validation finds it better than the
              rules), then the fact scorer (MODEL.zip); each with its .weights
          factx train --corpus GOLD_DIR --cross-validate K|annotators [--cv-pred DIR] [--only subjects|facts]
                      [--errors N] [--set NAME=VALUE]...
              rules vs models by leave-documents-out cross-validation: subjects (accuracy, full
              F1), then confidence at several minimum confidences (annotators: one fold per
              document-name prefix, a-… and b-…); --errors lists subject
              mistakes; --set changes a training setting (subject.NAME for the subject model)
          factx segment FILE
              one line of words (separated by two spaces) per input line
          factx bench [FILE... | --generate MB] [--runs N] [--cold-runs N] [--scoring model|rules]
              throughput on this machine (default: a generated 5 MB news text): characters/s,
              facts/s, allocated bytes per character, peak working set, and the cold start of a
              fresh factx to its first fact; medians of N runs (default 5) after a warm-up
          factx --help | --version

        exit codes: 0 all inputs succeeded, 1 some input failed or the output could not be
        written (named on stderr, one line each), 2 usage error
        """;

    /// <summary>Runs <c>factx</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Success;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine(typeof(FactPipeline).Assembly.GetName().Version?.ToString(3));
            return Success;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "extract" => Commands.ExtractCommand.Run(rest, stdin, stdout, stderr),
                "segment" => Commands.SegmentCommand.Run(rest, stdin, stdout, stderr),
                "eval" => Commands.EvalCommand.Run(rest, stdin, stdout, stderr),
                "batch" => Commands.BatchCommand.Run(rest, stdin, stdout, stderr),
                "train" => Commands.TrainCommand.Run(rest, stdin, stdout, stderr),
                "bench" => Commands.BenchCommand.Run(rest, stdin, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Report(stderr, $"factx: {e.Message} (see factx --help)");
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Output that cannot be written (a full disk, /dev/full, a folder without write
            // permission) and reads the command did not expect to fail: one line, no stack trace.
            Report(stderr, $"factx: {e.Message}");
            return SomeFailed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug: still one line (the type says where to look), and the run's exit code.
            Report(stderr, $"factx: internal error: {e.GetType().FullName}: {e.Message} (please report it, with the input)");
            return SomeFailed;
        }
    }

    /// <summary>Writes one line to <paramref name="stderr"/>; a standard error that cannot be written is given up on.</summary>
    private static void Report(TextWriter stderr, string message)
    {
        try
        {
            stderr.WriteLine(message.ReplaceLineEndings(" "));
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A mistake on the command line: reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
