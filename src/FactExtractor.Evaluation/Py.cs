using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace FactExtractor.Evaluation;

/// <summary>
/// The bits of Python semantics that <c>tools/score.py</c> leans on, over <see cref="JsonElement"/>s:
/// <c>dict.get</c>, truthiness, <c>==</c>, <c>isinstance(x, int)</c>, <c>math.isclose</c>, <c>str</c>/<c>repr</c>,
/// <c>len</c> in code points and <c>'%.3f'</c>. A missing key and JSON null are both <c>None</c> (null here).
/// </summary>
internal static class Py
{
    /// <summary><c>d.get(key)</c>: the last value of <paramref name="key"/> (Python keeps the last duplicate), or null.</summary>
    public static JsonElement? Get(JsonElement? obj, string key)
    {
        if (obj is not { ValueKind: JsonValueKind.Object } o)
            return null;
        JsonElement? found = null;
        foreach (var p in o.EnumerateObject())
        {
            if (p.NameEquals(key))
                found = p.Value;
        }
        return found is { ValueKind: JsonValueKind.Null } ? null : found;
    }

    /// <summary><c>key in d</c> (a null value still counts as present).</summary>
    public static bool Has(JsonElement? obj, string key)
    {
        if (obj is not { ValueKind: JsonValueKind.Object } o)
            return false;
        foreach (var p in o.EnumerateObject())
        {
            if (p.NameEquals(key))
                return true;
        }
        return false;
    }

    public static bool IsNone(JsonElement? v) => v is null || v.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static bool IsDict(JsonElement? v) => v is { ValueKind: JsonValueKind.Object };

    public static bool IsStr(JsonElement? v) => v is { ValueKind: JsonValueKind.String };

    public static bool IsList(JsonElement? v) => v is { ValueKind: JsonValueKind.Array };

    private static bool IsBool(JsonElement? v) => v is { ValueKind: JsonValueKind.True or JsonValueKind.False };

    /// <summary><c>isinstance(v, (int, float))</c>; as in Python, booleans count.</summary>
    public static bool IsNumber(JsonElement? v) => v is { ValueKind: JsonValueKind.Number } || IsBool(v);

    /// <summary><c>isinstance(v, int)</c>: an integer token (no fraction or exponent: Python reads those as float) or a boolean.</summary>
    public static bool IsInt(JsonElement? v) => IsBool(v) || (v is { ValueKind: JsonValueKind.Number } n && IsIntegerToken(n.GetRawText()));

    private static bool IsIntegerToken(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    /// <summary>The value of an integer (see <see cref="IsInt"/>).</summary>
    public static BigInteger Int(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => BigInteger.One,
        JsonValueKind.False => BigInteger.Zero,
        _ => BigInteger.Parse(v.GetRawText(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
    };

    /// <summary><c>float(v)</c> of a number (see <see cref="IsNumber"/>).</summary>
    public static double Float(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => 1.0,
        JsonValueKind.False => 0.0,
        _ when IsIntegerToken(v.GetRawText()) => (double)Int(v),
        _ => double.Parse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>Python truthiness.</summary>
    public static bool Truthy(JsonElement? v)
    {
        if (IsNone(v))
            return false;
        var e = v!.Value;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Float(e) != 0.0,
            JsonValueKind.String => e.GetString()!.Length > 0,
            JsonValueKind.Array => e.GetArrayLength() > 0,
            JsonValueKind.Object => e.EnumerateObject().Any(),
            _ => false,
        };
    }

    /// <summary>Python <c>a == b</c> for JSON values (numbers compare by value, <c>True == 1</c>).</summary>
    public static bool Equal(JsonElement? a, JsonElement? b)
    {
        if (IsNone(a) || IsNone(b))
            return IsNone(a) && IsNone(b);
        var x = a!.Value;
        var y = b!.Value;
        if (IsNumber(x) && IsNumber(y))
        {
            if (IsInt(x) && IsInt(y))
                return Int(x) == Int(y);
            if (IsInt(x) != IsInt(y))
            {
                var (i, f) = IsInt(x) ? (Int(x), Float(y)) : (Int(y), Float(x));
                return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
            }
            return Float(x) == Float(y);
        }
        if (x.ValueKind != y.ValueKind)
            return false;
        switch (x.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(x.GetString(), y.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                if (x.GetArrayLength() != y.GetArrayLength())
                    return false;
                return x.EnumerateArray().Zip(y.EnumerateArray()).All(t => Equal(t.First, t.Second));
            case JsonValueKind.Object:
                var dx = Dict(x);
                var dy = Dict(y);
                return dx.Count == dy.Count && dx.All(kv => dy.TryGetValue(kv.Key, out var other) && Equal(kv.Value, other));
            default:
                return false;
        }
    }

    private static Dictionary<string, JsonElement> Dict(JsonElement o)
    {
        var d = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in o.EnumerateObject())
            d[p.Name] = p.Value;
        return d;
    }

    /// <summary><c>math.isclose(a, b, rel_tol=relTol, abs_tol=absTol)</c>.</summary>
    public static bool IsClose(double a, double b, double relTol, double absTol = 0.0)
    {
        if (a == b)
            return true;
        if (double.IsInfinity(a) || double.IsInfinity(b))
            return false;
        var diff = Math.Abs(b - a);
        return diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol;
    }

    /// <summary>The string, when <paramref name="v"/> is one.</summary>
    public static string? Str(JsonElement? v) => v is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary><c>len(s)</c>: code points, not UTF-16 units.</summary>
    public static int Len(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsSurrogatePair(s[i], s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary><c>str(v)</c> as an f-string placeholder prints it.</summary>
    public static string ToStr(JsonElement? v) => v is { ValueKind: JsonValueKind.String } s ? s.GetString()! : ToRepr(v);

    /// <summary><c>repr(v)</c>.</summary>
    public static string ToRepr(JsonElement? v)
    {
        if (IsNone(v))
            return "None";
        var e = v!.Value;
        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.Number:
                return IsInt(e) ? Int(e).ToString(CultureInfo.InvariantCulture) : FloatRepr(Float(e));
            case JsonValueKind.String:
                return StrRepr(e.GetString()!);
            case JsonValueKind.Array:
                return "[" + string.Join(", ", e.EnumerateArray().Select(x => ToRepr(x))) + "]";
            case JsonValueKind.Object:
                return "{" + string.Join(", ", Dict(e).Select(kv => StrRepr(kv.Key) + ": " + ToRepr(kv.Value))) + "}";
            default:
                return "None";
        }
    }

    /// <summary><c>repr(s)</c> of a string: quotes chosen as Python does, non-printable characters escaped.</summary>
    public static string StrRepr(string? s)
    {
        if (s is null)
            return "None";
        char quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsSurrogatePair(s, i))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\')
                sb.Append('\\').Append((char)cp);
            else if (cp == '\t')
                sb.Append("\\t");
            else if (cp == '\n')
                sb.Append("\\n");
            else if (cp == '\r')
                sb.Append("\\r");
            else if (cp < 0x20 || cp == 0x7f)
                sb.Append(CultureInfo.InvariantCulture, $"\\x{cp:x2}");
            else if (cp < 0x7f)
                sb.Append((char)cp);
            else if (!IsPrintable(cp))
                sb.Append(cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
            else
                sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
            return false;
        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary><c>repr(float)</c>: the shortest round-trip digits, fixed for exponents -4..15, else <c>1e+16</c>.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        if (d == 0)
            return double.IsNegative(d) ? "-0.0" : "0.0";
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int ei = r.IndexOfAny(['E', 'e']);
        if (ei >= 0)
        {
            exp = int.Parse(r.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ei];
        }
        int dot = r.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? r : r.Remove(dot, 1);
        int point = (dot < 0 ? r.Length : dot) + exp; // digits[..point] is the integer part
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits[lead..];
        point -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
            digits = "0";
        int sci = point - 1;
        string body;
        if (sci is >= -4 and < 16)
        {
            if (point <= 0)
                body = "0." + new string('0', -point) + digits;
            else if (point >= digits.Length)
                body = digits + new string('0', point - digits.Length) + ".0";
            else
                body = digits[..point] + "." + digits[point..];
        }
        else
        {
            body = digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "") + "e" + (sci < 0 ? "-" : "+")
                + Math.Abs(sci).ToString("00", CultureInfo.InvariantCulture);
        }
        return (d < 0 ? "-" : "") + body;
    }

    /// <summary><c>f"{x:.Nf}"</c>: the exact binary value rounded half to even, as Python does.</summary>
    public static string Fixed(double x, int decimals)
    {
        if (double.IsNaN(x))
            return "nan";
        if (double.IsInfinity(x))
            return x > 0 ? "inf" : "-inf";
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = rawExp == 0 ? frac : frac | (1L << 52);
        int exp = (rawExp == 0 ? 1 : rawExp) - 1075; // x = mantissa * 2^exp
        BigInteger scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger q;
        if (exp >= 0)
        {
            q = scaled << exp;
        }
        else
        {
            var den = BigInteger.One << -exp;
            q = BigInteger.DivRem(scaled, den, out var rem);
            var twice = rem * 2;
            if (twice > den || (twice == den && !q.IsEven))
                q += 1;
        }
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var body = decimals == 0 ? s : s[..^decimals] + "." + s[^decimals..];
        return (negative ? "-" : "") + body;
    }

    /// <summary><c>json.dumps(s, ensure_ascii=False)</c> of a string.</summary>
    public static string JsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary><c>json.dumps</c> of a float (its repr; NaN and Infinity as Python writes them).</summary>
    public static string JsonFloat(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "Infinity" : "-Infinity") : FloatRepr(d);

    /// <summary><c>f"{s:40s}"</c>: left-justified to <paramref name="width"/> code points, never cut.</summary>
    public static string PadRight(string s, int width)
    {
        int len = Len(s);
        return len >= width ? s : s + new string(' ', width - len);
    }

    /// <summary>Python's sort order of strings: by code point (UTF-16 order differs only above U+D7FF).</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null)
            return string.CompareOrdinal(a, b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int x = char.IsSurrogatePair(a, i) ? char.ConvertToUtf32(a[i], a[i + 1]) : a[i];
            int y = char.IsSurrogatePair(b, j) ? char.ConvertToUtf32(b[j], b[j + 1]) : b[j];
            if (x != y)
                return x.CompareTo(y);
            i += x > 0xFFFF ? 2 : 1;
            j += y > 0xFFFF ? 2 : 1;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>
    /// score.py's <c>utf16_to_cp</c>: entry u is the code-point offset of UTF-16 offset u (length + 1 entries),
    /// or null when the text has no character outside the BMP (offsets are then used as they are).
    /// </summary>
    public static int[]? Utf16ToCodePoint(string text)
    {
        bool astral = false;
        for (int i = 0; i + 1 < text.Length && !astral; i++)
            astral = char.IsSurrogatePair(text[i], text[i + 1]);
        if (!astral)
            return null;
        var table = new List<int>(text.Length + 1);
        int cp = 0;
        for (int i = 0; i < text.Length; i++, cp++)
        {
            table.Add(cp);
            if (char.IsSurrogatePair(text, i))
            {
                table.Add(cp);
                i++;
            }
        }
        table.Add(cp);
        return [.. table];
    }

    /// <summary>Entry c is the UTF-16 offset of code point c (code-point length + 1 entries), for <c>text[s:e]</c>.</summary>
    public static int[] CodePointToUtf16(string text)
    {
        var table = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            table.Add(i);
            if (char.IsSurrogatePair(text, i))
                i++;
        }
        table.Add(text.Length);
        return [.. table];
    }
}
