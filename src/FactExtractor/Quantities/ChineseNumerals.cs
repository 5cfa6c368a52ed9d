namespace FactExtractor.Quantities;

/// <summary>
/// Reads the numerals of Chinese text: Arabic digits, Chinese digits (lower and financial
/// forms), positional words (十百千万亿) and the mixed forms news text uses (<c>3万4000</c>,
/// <c>1.2万亿</c>, <c>一万二千</c>, <c>五点二</c>).
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>Digit value of a Chinese digit character, or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壹' => 1,
        '二' or '贰' or '两' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>Multiplier of a positional character below 万 (十 百 千, 廿 卅 as 20 30), or 0.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>Multiplier of a section word (万 亿), or 0.</summary>
    public static decimal SectionUnit(char c) => c switch
    {
        '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        _ => 0m,
    };

    public static bool IsChineseNumeralChar(char c) =>
        DigitValue(c) >= 0 || SmallUnit(c) > 0 || SectionUnit(c) > 0 || c is '廿' or '卅';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// Parses a whole numeral string such as <c>三千五百</c>, <c>一万二千</c>, <c>十五</c>, <c>二〇二一</c>,
    /// <c>五点二</c>, <c>3万4000</c> or <c>1.2万亿</c>. Returns false when the text is not one
    /// number or overflows.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value) => TryParse(s, out value, out _);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out decimal)"/>; <paramref name="overflow"/> tells a number too large for decimal from text that is no number.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value, out bool overflow)
    {
        value = 0;
        overflow = false;
        if (s.IsEmpty)
            return false;
        try
        {
            return TryParseCore(s, out value);
        }
        catch (OverflowException)
        {
            overflow = true;
            return false;
        }
    }

    private static bool TryParseCore(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        // Split off a decimal part written with 点 (五点二 = 5.2) when the rest is plain digits.
        int dian = s.IndexOf('点');
        if (dian > 0)
        {
            if (!TryParseCore(s[..dian], out var whole))
                return false;
            var frac = s[(dian + 1)..];
            int sectionAt = frac.IndexOfAny('万', '亿');
            var fracDigits = sectionAt >= 0 ? frac[..sectionAt] : frac;
            if (fracDigits.IsEmpty)
                return false;
            decimal scale = 0.1m, f = 0;
            foreach (var c in fracDigits)
            {
                int d = IsAsciiDigit(c) ? c - '0' : DigitValue(c);
                if (d < 0)
                    return false;
                f += d * scale;
                scale /= 10;
            }
            value = whole + f;
            if (sectionAt >= 0)
            {
                foreach (var c in frac[sectionAt..])
                {
                    var m = SectionUnit(c);
                    if (m == 0)
                        return false;
                    value *= m;
                }
            }
            return true;
        }

        // A pure digit string (二〇二一, 一九九八) reads digit by digit.
        bool allDigits = true;
        foreach (var c in s)
        {
            if (DigitValue(c) < 0 || c == '两')
            {
                allDigits = false;
                break;
            }
        }
        if (allDigits && s.Length > 1)
        {
            foreach (var c in s)
                value = value * 10 + DigitValue(c);
            return true;
        }

        decimal total = 0;     // completed 亿 sections
        decimal section = 0;   // completed 万 section inside the current 亿 section
        decimal small = 0;     // below 万
        decimal pending = -1;  // a digit (or Arabic number) waiting for its multiplier
        bool any = false;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (IsAsciiDigit(c) || c == '.')
            {
                int j = i;
                while (j < s.Length && (IsAsciiDigit(s[j]) || s[j] == '.'))
                    j++;
                if (pending >= 0)
                    return false;
                if (!decimal.TryParse(s[i..j], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
                {
                    // Digits with at most one point that do not parse are too large (1 and 1,000 zeros).
                    if (s[i..j].Count('.') <= 1)
                        throw new OverflowException("The number is too large for decimal.");
                    return false;
                }
                pending = arabic;
                any = true;
                i = j;
                continue;
            }
            int d = DigitValue(c);
            if (d >= 0)
            {
                any = true;
                i++;
                if (d == 0)
                    continue; // 零 only marks a skipped place (一百零五)
                if (pending >= 0)
                    return false; // two digits in a row inside a positional numeral
                pending = d;
                continue;
            }
            if (c is '廿' or '卅')
            {
                small += c == '廿' ? 20 : 30;
                any = true;
                i++;
                continue;
            }
            int su = SmallUnit(c);
            if (su > 0)
            {
                small += (pending >= 0 ? pending : 1) * su;
                pending = -1;
                any = true;
                i++;
                continue;
            }
            var sec = SectionUnit(c);
            if (sec > 0)
            {
                // 万亿: a 万 followed by 亿 multiplies the 万 section.
                var head = small + (pending >= 0 ? pending : 0);
                if (head == 0 && section == 0 && total == 0)
                    head = 1;   // a bare 万 / 亿 means one of them
                if (sec == 10_000m)
                {
                    section += head * sec;
                }
                else
                {
                    total = (total + section + head) * sec;
                    section = 0;
                }
                small = 0;
                pending = -1;
                any = true;
                i++;
                continue;
            }
            return false;
        }
        if (!any)
            return false;
        // A trailing digit after a multiplier abbreviates the next place down: 一万二 = 12000, 三百五 = 350.
        if (pending >= 0)
        {
            char prev = s.Length >= 2 ? s[^2] : '\0';
            if (s.Length >= 2 && !IsAsciiDigit(s[^1]) && s[^1] != '.' && SmallUnit(prev) > 1 && DigitValue(s[^1]) > 0)
                small += pending * SmallUnit(prev) / 10;
            else if (s.Length >= 2 && !IsAsciiDigit(s[^1]) && SectionUnit(prev) > 0 && DigitValue(s[^1]) > 0)
                small += pending * SectionUnit(prev) / 10;
            else
                small += pending;
        }
        value = total + section + small;
        return true;
    }
}
