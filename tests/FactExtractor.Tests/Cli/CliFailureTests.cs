using System.Diagnostics;
using System.Text;
using FactExtractor.Cli;
using FactExtractor.Tests.Spans;

namespace FactExtractor.Tests.Cli;

/// <summary>
/// What factx does when the world is not as it should be: missing inputs, folders where files
/// belong, files it may not read, folders it may not write, a full disk (<c>/dev/full</c>), options
/// it does not know. Always one line per failure on stderr, the documented exit code, and never a
/// stack trace; the real process is run for the cases that depend on it (its console streams,
/// another user's permissions). Unix only: /dev/full, file modes, setpriv.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CliFailureTests : IDisposable
{
    private const string Text = "2021年，全市生产总值达到1234.5亿元，同比增长8.1%。";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factx-failure-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// A full disk: /dev/full's device (character 1,7) made afresh in the test folder when running
    /// as root, so that a regression that renames over its output cannot replace the machine's
    /// /dev/full (factx train once did); /dev/full itself otherwise, which only root could replace.
    /// </summary>
    private readonly string _fullDisk;

    public CliFailureTests()
    {
        Directory.CreateDirectory(_dir);
        // Readable by the unprivileged user of the permission tests.
        File.SetUnixFileMode(_dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        _fullDisk = "/dev/full";
        if (Environment.UserName == "root")
        {
            _fullDisk = Path.Combine(_dir, "full");
            using var mknod = Process.Start("mknod", ["-m", "666", _fullDisk, "c", "1", "7"]);
            mknod.WaitForExit();
            Assert.True(mknod.ExitCode == 0, "mknod of a full-disk device in the test folder failed");
        }
    }

    public void Dispose()
    {
        try
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private sealed record Result(int Exit, string Out, string Err);

    private static Result Run(TextWriter stdout, params string[] args)
    {
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return new Result(exit, stdout is StringWriter s ? s.ToString() : "", stderr.ToString());
    }

    private static Result Run(params string[] args) => Run(new StringWriter(), args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The stderr of a failure: exactly one line, starting "factx:", with no stack trace.</summary>
    private static string OneLine(string err)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{err}");
        Assert.StartsWith("factx", lines[0], StringComparison.Ordinal);
        AssertNoStackTrace(err);
        return lines[0];
    }

    private static void AssertNoStackTrace(string err)
    {
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", err, StringComparison.Ordinal);
    }

    // ---- missing inputs ----

    [Fact]
    public void Extract_of_a_missing_file_is_exit_1_naming_it()
    {
        var missing = Path.Combine(_dir, "missing.txt");

        var r = Run("extract", missing);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {missing}: no such file", OneLine(r.Err));
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Extract_in_a_missing_folder_is_exit_1_naming_the_file()
    {
        var missing = Path.Combine(_dir, "no-such-folder", "a.txt");

        var r = Run("extract", missing);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {missing}: no such file", OneLine(r.Err));
    }

    [Fact]
    public void Segment_of_a_missing_file_is_exit_1_naming_it()
    {
        var missing = Path.Combine(_dir, "missing.txt");

        var r = Run("segment", missing);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {missing}: no such file", OneLine(r.Err));
    }

    [Fact]
    public void Batch_of_a_missing_file_is_an_error_record_and_exit_1()
    {
        var missing = Path.Combine(_dir, "missing.txt");
        var output = Path.Combine(_dir, "out.jsonl");

        var r = Run("batch", missing, "--out", output);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        AssertNoStackTrace(r.Err);
        var record = Assert.Single(File.ReadAllLines(output));
        Assert.Contains("\"unreadable\"", record, StringComparison.Ordinal);
        Assert.Contains("no such file", record, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval --check")]
    [InlineData("train --out model.zip --corpus")]
    public void A_missing_gold_folder_is_exit_1_naming_it(string command)
    {
        var missing = Path.Combine(_dir, "no-gold");

        var r = Run([.. command.Split(' '), missing]);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {missing}: no such directory", OneLine(r.Err));
    }

    [Fact]
    public void Eval_with_missing_predictions_is_exit_1_naming_them()
    {
        var missing = Path.Combine(_dir, "no-predictions");

        var r = Run("eval", Corpus.Directory, "--pred", missing);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {missing}: no such file or directory", OneLine(r.Err));
    }

    // ---- a folder where a file belongs ----

    [Theory]
    [InlineData("extract")]
    [InlineData("segment")]
    public void A_folder_given_as_FILE_is_exit_1_naming_it(string command)
    {
        var r = Run(command, _dir);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: {_dir}: is a directory", OneLine(r.Err));
    }

    [Fact]
    public void A_file_given_as_the_output_folder_is_exit_1()
    {
        var file = Write("a.txt", Text);
        var notAFolder = Write("not-a-folder", "x");

        var r = Run("extract", "--out", notAFolder, file);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.StartsWith($"factx: cannot create output directory {notAFolder}: ", OneLine(r.Err), StringComparison.Ordinal);
    }

    // ---- a full disk ----

    [Fact]
    public void Extract_to_standard_output_on_a_full_disk_is_exit_1_in_one_line()
    {
        var file = Write("a.txt", Text);
        using var full = FullDiskWriter();

        var r = Run(full, "extract", file, file);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.StartsWith("factx: cannot write standard output: No space left on device", OneLine(r.Err), StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_to_standard_output_on_a_full_disk_is_exit_1_in_one_line()
    {
        var file = Write("a.txt", Text + "\n" + Text + "\n");
        using var full = FullDiskWriter();

        var r = Run(full, "segment", file);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.StartsWith("factx: cannot write standard output: No space left on device", OneLine(r.Err), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_to_standard_output_on_a_full_disk_is_exit_1_in_one_line()
    {
        // Flushed at every write, as the console is: eval writes as it goes and never flushes.
        using var full = FullDiskWriter();
        full.AutoFlush = true;

        var r = Run(full, "eval", "--check", Corpus.Directory);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Contains("No space left on device", OneLine(r.Err), StringComparison.Ordinal);
    }

    /// <summary>Standard output on a full disk, unbuffered below the writer (so that what failed is not written again when the test disposes it).</summary>
    private StreamWriter FullDiskWriter() =>
        new(new FileStream(_fullDisk, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0), new UTF8Encoding(false));

    [Fact]
    public void Extract_out_to_dev_full_is_exit_1_in_one_line()
    {
        var file = Write("a.txt", Text);

        var r = Run("extract", "--out", _fullDisk, file);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.StartsWith($"factx: cannot create output directory {_fullDisk}: ", OneLine(r.Err), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_out_to_dev_full_is_exit_1_in_one_line()
    {
        var file = Write("a.txt", Text);

        var r = Run("batch", file, "--out", _fullDisk, "--jobs", "1");

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Equal($"factx: cannot write {_fullDisk}: No space left on device : '{_fullDisk}'", OneLine(r.Err));
    }

    [Fact]
    public void Batch_parquet_out_to_a_full_disk_is_exit_1_and_the_device_stays_a_device()
    {
        var file = Write("a.txt", Text);

        var r = Run("batch", file, "--out", _fullDisk, "--format", "parquet", "--jobs", "1");

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.StartsWith($"factx: cannot write {_fullDisk}: No space left on device", OneLine(r.Err), StringComparison.Ordinal);
        AssertCharacterDevice(_fullDisk);
    }

    [Fact]
    public void Train_out_to_a_full_disk_is_exit_1_and_the_device_stays_a_device()
    {
        // As root, the model was written beside it and renamed over it: /dev/full became a regular file.
        var r = Run("train", "--corpus", Corpus.Directory, "--out", _fullDisk);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Contains("No space left on device", OneLine(r.Err), StringComparison.Ordinal);
        AssertCharacterDevice(_fullDisk);
    }

    [Fact]
    public void Extract_out_writes_through_a_device_in_the_output_folder_and_keeps_it()
    {
        // a.json in the output folder is a full disk: the write fails for that input only.
        var file = Write("a.txt", Text);
        var outDir = Path.Combine(_dir, "facts");
        Directory.CreateDirectory(outDir);
        var device = Path.Combine(outDir, "a.json");
        if (Environment.UserName != "root")
            return; // only root can make a device node, and only root could have replaced one
        using (var mknod = Process.Start("mknod", ["-m", "666", device, "c", "1", "7"]))
            mknod.WaitForExit();

        var r = Run("extract", "--out", outDir, file);

        Assert.Equal(CommandLine.SomeFailed, r.Exit);
        Assert.Contains("No space left on device", OneLine(r.Err), StringComparison.Ordinal);
        AssertCharacterDevice(device);
        Assert.Equal(["a.json"], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    private static void AssertCharacterDevice(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var stat = Process.Start(start)!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal("character special file", type);
    }

    // ---- unknown options ----

    [Theory]
    [InlineData("extract", "--frobnicate", "a.txt")]
    [InlineData("segment", "--frobnicate", "a.txt")]
    [InlineData("segment", "a.txt", "--frobnicate")]
    [InlineData("batch", "a.txt", "--out", "o.jsonl", "--frobnicate")]
    [InlineData("eval", "--frobnicate", "gold")]
    [InlineData("train", "--frobnicate")]
    public void An_unknown_option_is_exit_2_naming_it_in_one_line(params string[] args)
    {
        var r = Run(args);

        Assert.Equal(CommandLine.UsageError, r.Exit);
        Assert.Equal("factx: unknown option '--frobnicate' (see factx --help)", OneLine(r.Err));
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void An_unknown_command_is_exit_2_naming_it_in_one_line()
    {
        var r = Run("extrac", "a.txt");

        Assert.Equal(CommandLine.UsageError, r.Exit);
        Assert.Equal("factx: unknown command 'extrac' (see factx --help)", OneLine(r.Err));
    }

    // ---- the real process ----

    [Theory]
    [InlineData("extract")]
    [InlineData("segment")]
    public void The_factx_process_with_stdout_on_a_full_disk_exits_1_with_one_line(string command)
    {
        var file = Write("a.txt", Text);

        var (exit, err) = RunFactx($"exec \"$DOTNET\" \"$FACTX\" {command} '{file}' > {_fullDisk}");

        Assert.Equal(CommandLine.SomeFailed, exit);
        Assert.StartsWith("factx: cannot write standard output: No space left on device", OneLine(err), StringComparison.Ordinal);
    }

    [Fact]
    public void The_factx_process_reports_an_unknown_option_with_exit_2()
    {
        var (exit, err) = RunFactx("exec \"$DOTNET\" \"$FACTX\" extract --frobnicate");

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Equal("factx: unknown option '--frobnicate' (see factx --help)", OneLine(err));
    }

    /// <summary>
    /// Permissions as a user without rights: as root every file is readable, so the process runs
    /// as <c>nobody</c> (setpriv); as any other user, chmod alone does it.
    /// </summary>
    [Fact]
    public void Unreadable_inputs_and_unwritable_outputs_are_exit_1_in_one_line_each()
    {
        var secret = Write("secret.txt", Text);
        File.SetUnixFileMode(secret, UnixFileMode.None);
        var lockedFolder = Path.Combine(_dir, "locked");
        Directory.CreateDirectory(lockedFolder);
        Write(Path.Combine("locked", "a.txt"), Text);
        File.SetUnixFileMode(lockedFolder, UnixFileMode.None);
        var readOnly = Path.Combine(_dir, "read-only");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var readable = Write("readable.txt", Text);
        File.SetUnixFileMode(readable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var unreadable = RunAsUnprivileged($"extract '{secret}'");
        Assert.Equal(CommandLine.SomeFailed, unreadable.Exit);
        Assert.Equal($"factx: {secret}: permission denied", OneLine(unreadable.Err));

        var segment = RunAsUnprivileged($"segment '{secret}'");
        Assert.Equal(CommandLine.SomeFailed, segment.Exit);
        Assert.Equal($"factx: {secret}: permission denied", OneLine(segment.Err));

        var outFolder = Path.Combine(readOnly, "facts");
        var unwritable = RunAsUnprivileged($"extract --out '{outFolder}' '{readable}'");
        Assert.Equal(CommandLine.SomeFailed, unwritable.Exit);
        Assert.StartsWith($"factx: cannot create output directory {outFolder}: ", OneLine(unwritable.Err), StringComparison.Ordinal);

        var batchOut = Path.Combine(readOnly, "out.jsonl");
        var batchUnwritable = RunAsUnprivileged($"batch '{readable}' --out '{batchOut}' --jobs 1");
        Assert.Equal(CommandLine.SomeFailed, batchUnwritable.Exit);
        Assert.StartsWith($"factx: cannot write {batchOut}: ", OneLine(batchUnwritable.Err), StringComparison.Ordinal);

        var batchFolder = RunAsUnprivileged($"batch '{lockedFolder}' --out - --jobs 1");
        Assert.Equal(CommandLine.SomeFailed, batchFolder.Exit);
        AssertNoStackTrace(batchFolder.Err);
        Assert.Contains(batchFolder.Err.Split('\n'), l => l.StartsWith($"factx: {lockedFolder}: ", StringComparison.Ordinal) && l.Contains("denied", StringComparison.Ordinal));
    }

    private (int Exit, string Err) RunAsUnprivileged(string factxArgs)
    {
        if (Environment.UserName != "root")
        {
            var stderr = new StringWriter();
            var exit = CommandLine.Run(SplitQuoted(factxArgs), new StringReader(""), new StringWriter(), stderr);
            return (exit, stderr.ToString());
        }
        Assert.True(File.Exists("/usr/bin/setpriv"), "running as root: the permission cases need setpriv (util-linux) to run factx as nobody");
        // nobody's HOME does not exist; the temp folder is shared, so jieba's extracted data is reused.
        return RunFactx($"exec setpriv --reuid=65534 --regid=65534 --clear-groups -- env HOME=/tmp \"$DOTNET\" \"$FACTX\" {factxArgs}");
    }

    private static string[] SplitQuoted(string args)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        foreach (var c in args)
        {
            if (c == '\'')
                quoted = !quoted;
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                    parts.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        if (current.Length > 0)
            parts.Add(current.ToString());
        return [.. parts];
    }

    /// <summary>Runs a shell line with $DOTNET and $FACTX set to this build's host and factx.dll.</summary>
    private static (int Exit, string Err) RunFactx(string shellLine)
    {
        var factx = Path.Combine(AppContext.BaseDirectory, "factx.dll");
        Assert.True(File.Exists(factx), $"{factx} is not built");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(shellLine);
        start.Environment["DOTNET"] = string.IsNullOrEmpty(host) ? "dotnet" : host;
        start.Environment["FACTX"] = factx;
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"factx did not finish in 2 minutes: {shellLine}");
        }
        return (process.ExitCode, err.Result);
    }
}
