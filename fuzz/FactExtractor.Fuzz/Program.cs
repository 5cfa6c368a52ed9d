using FactExtractor.Fuzz;
using SharpFuzz;

// factx fuzz harness: see fuzz/README.md.
//   FactExtractor.Fuzz                under afl-fuzz: SharpFuzz's fork server, in-process and persistent
//   FACTX_FUZZ_ENGINE=libfuzzer FactExtractor.Fuzz
//                                     under libfuzzer-dotnet (which passes no arguments of its own)
//   FactExtractor.Fuzz --replay F...  runs the harness once per file (a crash to reproduce, a queue to recheck)
// The instrumented library writes its branch hits to SharpFuzz's trace map, which only the fuzzer's
// run loop sets up: code run outside it (the warm-up, a replay) writes to a scratch map instead.
Harness.UseScratchTraceMap();

if (args is ["--replay", .. var files])
{
    int failed = 0;
    foreach (var file in files)
    {
        try
        {
            Harness.Check(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
        }
    }
    Console.WriteLine($"replayed {files.Length} inputs, {failed} failed");
    return failed == 0 ? 0 : 1;
}

// Load jieba's dictionary and the scorer once, before the fork server starts, not per input.
Harness.WarmUp();
if (Environment.GetEnvironmentVariable("FACTX_FUZZ_ENGINE") == "libfuzzer")
    Fuzzer.LibFuzzer.Run(bytes => Harness.Check(bytes));
else
    Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Harness.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    });
return 0;
