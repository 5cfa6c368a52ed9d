using System.Text;
using FactExtractor.Tests.Spans;
using PublicApiGenerator;

namespace FactExtractor.Tests.Api;

/// <summary>
/// The library's public API, as PublicApiGenerator prints it, must equal the approved snapshot
/// committed beside this file, so that every change to what users compile against is deliberate
/// and reviewed. On a difference the test writes <c>FactExtractor.received.txt</c> next to the
/// approved file and prints the changed lines; accept a deliberate change by copying it over
/// <c>FactExtractor.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    private static string ApiDirectory => Path.Combine(Corpus.RepoRoot, "tests", "FactExtractor.Tests", "Api");

    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var approvedPath = Path.Combine(ApiDirectory, "FactExtractor.approved.txt");
        var receivedPath = Path.Combine(ApiDirectory, "FactExtractor.received.txt");
        var received = Normalize(GenerateApi());
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail(
            $"The public API of FactExtractor changed ('-' approved, '+' now):\n{Diff(approved, received)}\n"
            + $"If the change is deliberate, review it and accept it: cp {receivedPath} {approvedPath}");
    }

    [Fact]
    public void No_public_type_lives_outside_the_FactExtractor_namespace()
    {
        var outside = typeof(Facts).Assembly.GetExportedTypes()
            .Where(t => t.Namespace != "FactExtractor")
            .Select(t => t.FullName)
            .ToList();

        Assert.True(outside.Count == 0, "public types outside the root namespace: " + string.Join(", ", outside));
    }

    [Fact]
    public void No_public_type_is_named_like_the_namespace()
    {
        Assert.DoesNotContain(typeof(Facts).Assembly.GetExportedTypes(), t => t.Name == "FactExtractor");
    }

    [Fact]
    public void The_diff_shows_removed_and_added_lines()
    {
        var diff = Diff("a\nb\nc\n", "a\nc\nd\n");

        Assert.Equal("- b\n+ d", diff);
    }

    internal static string GenerateApi() =>
        typeof(Facts).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            TreatRecordsAsClasses = false,
        });

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    /// <summary>The lines only in <paramref name="before"/> ('-') or only in <paramref name="after"/> ('+'), in order (LCS).</summary>
    internal static string Diff(string before, string after)
    {
        var a = before.TrimEnd('\n').Split('\n');
        var b = after.TrimEnd('\n').Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var lines = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add("- " + a[x++]);
            }
            else
            {
                lines.Add("+ " + b[y++]);
            }
        }

        return string.Join('\n', lines);
    }
}
