using System.Text;
using System.Text.RegularExpressions;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// A glob pattern given to <c>factx batch</c> (quoted, so the shell leaves it alone):
/// <c>*</c> and <c>?</c> within one path segment, <c>[abc]</c> / <c>[!abc]</c> classes, and
/// <c>**</c> as a whole segment for any number of folders. The fixed leading folders are the
/// root; matches are paths relative to it.
/// </summary>
internal sealed class BatchGlob
{
    private readonly Regex _regex;

    private BatchGlob(string root, Regex regex, int maxDepth)
    {
        Root = root;
        _regex = regex;
        MaxDepth = maxDepth;
    }

    /// <summary>The folder the pattern starts in (<c>.</c> when its first segment is a pattern).</summary>
    public string Root { get; }

    /// <summary>How many folders deep a match can be (<see cref="int.MaxValue"/> with <c>**</c>).</summary>
    public int MaxDepth { get; }

    /// <summary>Whether <paramref name="arg"/> holds glob characters.</summary>
    public static bool IsPattern(string arg) => arg.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    public static BatchGlob Parse(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsPattern(segments[fixedCount]))
            fixedCount++;
        string root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
            root = "/"; // an absolute pattern such as /data/*.txt
        var rest = segments[fixedCount..];
        var regex = new StringBuilder("^");
        bool deep = false;
        for (int i = 0; i < rest.Length; i++)
        {
            var segment = rest[i];
            bool last = i == rest.Length - 1;
            if (segment == "**")
            {
                deep = true;
                regex.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            AppendSegment(regex, segment);
            if (!last)
                regex.Append('/');
        }
        regex.Append('$');
        // Linear in the path whatever the pattern: a backtracking engine takes exponential time on
        // '*a*a*a*a*a*a*b' against a long name of a's (the pattern is the user's, the path the disk's).
        return new BatchGlob(root, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), deep ? int.MaxValue : rest.Length - 1);
    }

    /// <summary>Whether <paramref name="relativePath"/> (with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static void AppendSegment(StringBuilder regex, string segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    int close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }
                    var body = segment[(i + 1)..close];
                    bool negated = body.StartsWith('!') || body.StartsWith('^');
                    if (negated)
                        body = body[1..];
                    regex.Append(negated ? "[^/" : "[").Append(body.Replace(@"\", @"\\").Replace("[", @"\[")).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }
}
