using System.Text;
using CsCheck;

namespace FactExtractor.Tests.Robustness;

/// <summary>
/// Generators of hostile text for the property tests: whatever a scraper, a broken encoding or a
/// careless caller can hand the pipeline. They stay small (tens to a few thousand characters) so
/// that 10,000 cases per property run in seconds; the megabyte inputs live in
/// <see cref="AdversarialInputTests"/>.
/// </summary>
internal static class Inputs
{
    // ---- characters ----

    /// <summary>Any UTF-16 code unit: unpaired surrogates, noncharacters and private use included.</summary>
    public static readonly Gen<char> AnyCodeUnit = Gen.Char['\0', '\uFFFF'];

    public static readonly Gen<char> Surrogate = Gen.Char['\uD800', '\uDFFF'];

    /// <summary>C0 and C1 controls, and the invisible or line-breaking format characters.</summary>
    public static readonly Gen<char> Control = Gen.OneOf(
        Gen.Char['\0', '\u001F'],
        Gen.Char['\u007F', '\u009F'],
        Gen.Char["\u00AD\u061C\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u2060\u202E\uFEFF\uFFFE\uFFFF\u3000\u0085\uFFFD"]);

    public static readonly Gen<char> Cjk = Gen.Char['\u4E00', '\u9FFF'];

    /// <summary>ASCII and full-width digits.</summary>
    public static readonly Gen<char> Digit = Gen.Char["0123456789０１２３４５６７８９"];

    /// <summary>Chinese numerals, financial forms and the section words.</summary>
    public static readonly Gen<char> Numeral = Gen.Char["〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅几数"];

    /// <summary>Sentence and clause ends, quotes, brackets, signs and spaces of both widths.</summary>
    public static readonly Gen<char> Punctuation = Gen.Char["。，；：！？!?,.;:、“”‘’「」『』《》（）()【】[]\"'-—–~～%％‰/∶＋－．\n\r\t  "];

    /// <summary>A pair of UTF-16 code units that make one supplementary character (emoji, CJK extension B).</summary>
    public static readonly Gen<string> SurrogatePair =
        Gen.Int[0x10000, 0x10FFFF].Select(cp => char.ConvertFromUtf32(cp));

    /// <summary>Random code units, biased toward the troublesome ones.</summary>
    public static readonly Gen<string> RandomUnicode = Gen.Frequency(
            (4, AnyCodeUnit.Select(c => c.ToString())),
            (2, Surrogate.Select(c => c.ToString())),
            (2, Control.Select(c => c.ToString())),
            (3, Cjk.Select(c => c.ToString())),
            (2, Digit.Select(c => c.ToString())),
            (2, Numeral.Select(c => c.ToString())),
            (2, Punctuation.Select(c => c.ToString())),
            (1, SurrogatePair))
        .Array[0, 80]
        .Select(string.Concat);

    // ---- words ----

    /// <summary>The words the detector, the qualifiers, the subject linker and the year resolver react to.</summary>
    private static readonly string[] Words =
    [
        "增长", "下降", "减少", "同比", "环比", "较上年", "比上年", "提高", "扩大至", "降至", "增至", "翻", "番",
        "亿元", "万元", "元", "美元", "平方公里", "公里", "吨", "千瓦时", "千米", "千克", "%", "‰", "个百分点", "个基点", "倍", "成",
        "人", "个", "家", "所", "项", "人次", "位", "名", "第", "首位", "位居", "排名", "居全省", "点", "度", "方",
        "年", "月", "日", "年底", "2021年", "2016—2020年", "1—9月", "二〇二一年", "十三五", "十四五", "去年", "今年", "明年", "上年", "目前", "截至",
        "约", "超过", "突破", "以上", "以下", "左右", "不足", "近", "逾", "多", "余", "来", "至", "到", "-", "—", "~", "～",
        "分之", "百分之", "千分之", "∶", ":", "：", "/", "元/吨", "元/股", "每", "每吨",
        "占", "占比", "比重", "是", "为", "的", "相当于", "分别", "、", "和", "及", "达", "实现", "完成", "引进", "新建",
        "力争", "目标", "计划", "预计", "将", "将近", "地区生产总值", "固定资产投资", "指数", "PMI", "收于",
        "，", "。", "；", "！", "？", "\n", "\r\n", "\t", " ", "　", "“", "”", "「", "」", "《", "》", "（", "）", "(", ")",
        "GDP", "5G", "C919", "PM2.5", "12345", "一带一路", "三桥两路", "十九大", "届", ".", ",", "+", "−", "-",
    ];

    public static readonly Gen<string> Word = Gen.OneOf(Words);

    /// <summary>A run of 1 to 12 digits, sometimes with a decimal point or thousands separators.</summary>
    public static readonly Gen<string> DigitRun = Gen.Frequency(
        (4, Gen.Char['0', '9'].Array[1, 12].Select(a => new string(a))),
        (1, Gen.Select(Gen.Char['0', '9'].Array[1, 6], Gen.Char['0', '9'].Array[1, 6], (a, b) => new string(a) + "." + new string(b))),
        (1, Gen.Int[0, 9_999_999].Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))));

    public static readonly Gen<string> NumeralRun = Numeral.Array[1, 10].Select(a => new string(a));

    /// <summary>CJK and digit soup: words, numbers and stray characters in any order.</summary>
    public static readonly Gen<string> Soup = Gen.Frequency(
            (6, Word),
            (3, DigitRun),
            (2, NumeralRun),
            (2, Cjk.Array[1, 4].Select(a => new string(a))),
            (1, Punctuation.Select(c => c.ToString())))
        .Array[1, 40]
        .Select(string.Concat);

    // ---- numbers that do not fit ----

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    /// <summary>Numbers far outside decimal's and double's range, and numerals that only look like numbers.</summary>
    public static readonly Gen<string> HugeNumber = Gen.OneOf(
        Gen.Int[0, 1200].Select(n => "1" + new string('0', n)),
        Gen.Int[0, 1200].Select(n => "9" + new string('9', n) + ".9"),
        Gen.Int[300, 999].Select(n => "9.9e" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[0, 600].Select(n => "0." + new string('0', n) + "1"),
        Gen.Int[1, 400].Select(n => Repeat("万", n) + "亿"),
        Gen.Int[1, 200].Select(n => Repeat("亿", n)),
        Gen.Int[1, 200].Select(n => "九" + Repeat("千九百九十九万", n) + "亿"),
        Gen.Int[1, 200].Select(n => Repeat("1,000", n)),
        Gen.Int[0, 100_000].Select(n => "翻" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "番"),
        Gen.Int[1, 300].Select(n => "百分之" + Repeat("九", n)),
        Gen.Int[1, 300].Select(n => "第" + new string('9', n) + "位"),
        Gen.Int[1, 300].Select(n => new string('9', n) + "分之" + new string('9', n)),
        Gen.Int[1, 300].Select(n => "0分之" + new string('7', n)),
        Gen.Int[1, 300].Select(n => new string('9', n) + "∶0." + new string('0', n) + "1"),
        Gen.Int[1, 300].Select(n => "1至" + new string('9', n) + "亿元"),
        Gen.Const("79228162514264337593543950335亿元"),
        Gen.Const("-79228162514264337593543950336万亿美元"),
        Gen.Const("79228162514264337593543950335平方公里"),
        Gen.Const("0.0000000000000000000000000001吨"),
        Gen.Const("万万万万亿"),
        Gen.Const("1e308%"),
        Gen.Const("NaN亿元"),
        Gen.Const("Infinity%"));

    /// <summary>Text made of number-like tokens only, with the separators that join them.</summary>
    public static readonly Gen<string> NumberLikeOnly = Gen.Frequency(
            (3, DigitRun),
            (2, NumeralRun),
            (1, HugeNumber),
            (2, Gen.OneOf(".", ",", "%", "-", "—", "~", "至", "、", "，", "。", " ", "万", "亿", "分之", "∶", "e", "E", "+", "第", "点")))
        .Array[1, 30]
        .Select(string.Concat);

    // ---- structure ----

    private static readonly (string Open, string Close)[] Brackets =
        [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("\"", "\"")];

    /// <summary>Quotes and brackets nested up to 40 deep, around soup, sometimes left open or closed twice.</summary>
    public static readonly Gen<string> Nested =
        Gen.Select(Gen.Int[0, Brackets.Length - 1].Array[0, 40], Soup, Gen.Int[0, 3], (opens, inner, damage) =>
        {
            var sb = new StringBuilder();
            foreach (var b in opens)
                sb.Append(Brackets[b].Open);
            sb.Append(inner);
            for (int k = opens.Length - 1; k >= 0; k--)
            {
                if (damage == 1 && k % 3 == 0)
                    continue; // left open
                sb.Append(Brackets[opens[k]].Close);
                if (damage == 2 && k % 4 == 0)
                    sb.Append(Brackets[opens[k]].Close); // closed twice
            }
            if (damage == 3)
                sb.Insert(0, string.Concat(opens.Select(b => Brackets[b].Close))); // closed before opened
            return sb.ToString();
        });

    /// <summary>One line of 1,000 to 6,000 characters with no sentence or line end.</summary>
    public static readonly Gen<string> LongLine = Gen.Select(
        Gen.Frequency((3, Word), (2, DigitRun), (1, NumeralRun), (1, Cjk.Select(c => c.ToString()))).Where(w => w.IndexOfAny(['\n', '\r', '。', '！', '？', '!', '?']) < 0).Array[1, 8],
        Gen.Int[1_000, 6_000],
        (pieces, length) =>
        {
            var sb = new StringBuilder(length + 16);
            for (int k = 0; sb.Length < length; k++)
                sb.Append(pieces[k % pieces.Length]);
            return sb.ToString();
        });

    /// <summary>Pieces of every kind above, joined: a scraped page.</summary>
    public static readonly Gen<string> Mixed =
        Gen.OneOf(RandomUnicode, Soup, NumberLikeOnly, Nested, HugeNumber).Array[2, 6].Select(string.Concat);

    /// <summary>The documents of the property tests, weighted toward text the rules can bite on.</summary>
    public static readonly Gen<string> Document = Gen.Frequency(
        (3, RandomUnicode),
        (5, Soup),
        (2, NumberLikeOnly),
        (2, HugeNumber),
        (2, Nested),
        (3, Mixed),
        (1, LongLine));

    /// <summary>
    /// Per-call options: no reference date, an ordinary one, or the ends of what a caller can pass
    /// (year 1, year 9999); sometimes a document id with control characters.
    /// </summary>
    public static readonly Gen<ExtractOptions> Options = Gen.Select(
        Gen.Frequency(
            (4, Gen.Const((DateOnly?)null)),
            (4, Gen.Int[1990, 2035].Select(y => (DateOnly?)new DateOnly(y, 6, 30))),
            (1, Gen.OneOf<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1000, 1, 1), new DateOnly(9999, 1, 1), new DateOnly(2100, 12, 31)))),
        Gen.Frequency((4, Gen.Const((string?)null)), (1, RandomUnicode.Select(s => (string?)s))),
        (date, id) => new ExtractOptions { ReferenceDate = date, DocumentId = id });
}
