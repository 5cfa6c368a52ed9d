using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using FactExtractor.Tests.Spans;

namespace FactExtractor.Tests.Samples;

/// <summary>The programs in samples/ build with the tests and run as their comments say.</summary>
public sealed class SampleTests
{
    private static string Configuration =>
        typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    [Fact]
    public void Every_sample_project_is_built_with_the_tests()
    {
        var testProject = XDocument.Load(Path.Combine(Corpus.RepoRoot, "tests", "FactExtractor.Tests", "FactExtractor.Tests.csproj"));
        var referenced = testProject.Descendants("ProjectReference")
            .Select(r => Path.GetFileName(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
        var samples = Directory.GetFiles(Path.Combine(Corpus.RepoRoot, "samples"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ToList();

        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.True(referenced.Contains(s!), $"samples project {s} is not referenced by FactExtractor.Tests.csproj, so CI would not build it"));
    }

    [Fact]
    public void QuickStart_prints_the_facts_and_their_json()
    {
        var dll = Path.Combine(Corpus.RepoRoot, "samples", "QuickStart", "bin", Configuration, "net10.0", "QuickStart.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");

        var (exitCode, output, errors) = RunDotnet(dll);

        Assert.True(exitCode == 0, $"QuickStart exited with {exitCode}:\n{errors}");
        Assert.Contains("地区生产总值", output, StringComparison.Ordinal);
        Assert.Contains("122800000000 CNY", output, StringComparison.Ordinal);
        Assert.Contains("35200000 m2", output, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": \"1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"quickstart\"", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Errors) RunDotnet(string dll)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output, "timed out after 2 minutes");
        }
        return (process.ExitCode, output, errors.Result);
    }
}
