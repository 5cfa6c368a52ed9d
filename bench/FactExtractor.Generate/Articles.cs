using System.Globalization;
using System.Text;

namespace FactExtractor.Generate;

/// <summary>
/// Synthetic Chinese statistical bulletins: a title and paragraphs of sentences made from the
/// templates below (written for this generator), with numbers, units, bounds, changes, ranks,
/// targets and years drawn from a seeded <see cref="Random"/>, so the same seed always gives
/// the same corpus.
/// </summary>
internal sealed class Articles(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] s_regions =
        ["青州市", "临江区", "东湖县", "安平市", "北川新区", "云溪县", "南港区", "白沙市", "石桥镇", "西岭县", "长河经济开发区", "金湾区"];

    private static readonly string[] s_titles =
    [
        "{R}{Y}年国民经济和社会发展统计公报",
        "{R}{Y}年政府工作报告（摘要）",
        "{Y}年{R}经济运行情况新闻发布会实录",
        "聚焦高质量发展：{R}这十年",
        "{R}{Y}年前三季度主要经济指标解读",
    ];

    // {Y} year, {Y0} an earlier year, {Y2} a later (target) year, {R} region, {A}…{H} amounts
    // of growing size, {P} a percentage, {Q} a small percentage, {K} a rank, {C} a Chinese numeral.
    private static readonly string[] s_sentences =
    [
        "{Y}年，{R}实现地区生产总值{D}亿元，比上年增长{P}%。",
        "全年一般公共预算收入{C2}亿元，同比增长{P}%，其中税收收入{B}亿元。",
        "年末常住人口{B}万人，比上年末增加{A}万人。",
        "全年粮食总产量{B}万吨，增长{Q}%；粮食播种面积{C2}万亩。",
        "规模以上工业增加值增长{P}%，高技术产业增加值占规模以上工业的{P}%。",
        "全年社会消费品零售总额{D}亿元，比上年下降{Q}%。",
        "城镇居民人均可支配收入{E}元，增长{P}%；农村居民人均可支配收入{E}元，增长{P}%。",
        "新建改建农村公路{C2}公里，新增城市绿地{A}平方公里。",
        "到{Y2}年，力争研发经费投入强度达到{Q}%以上，数字经济核心产业增加值突破{D}亿元。",
        "全年接待游客{C2}万人次，实现旅游总收入{B}亿元，分别增长{P}%和{P}%。",
        "截至{Y}年末，全市共有各类市场主体{B}万户，其中企业{A}万家。",
        "居民消费价格比上年上涨{Q}%，涨幅比上年回落{Q}个百分点。",
        "全年完成固定资产投资约{D}亿元，投资增速在全省排名第{K}位。",
        "{R}森林覆盖率达到{P}%，空气质量优良天数比例为{P}%。",
        "全年新增城镇就业{E}人，城镇登记失业率{Q}%。",
        "货物进出口总额{D}亿元，其中出口{B}亿元，增长{P}%。",
        "全年全社会用电量{B}亿千瓦时，同比增长{Q}%。",
        "{Y}年，全区引进高层次人才{C}人，新建中小学{C}所。",
        "年末金融机构本外币存款余额{D}亿元，比年初增加{B}亿元。",
        "全年商品房销售面积{C2}万平方米，下降{P}%；销售均价每平方米{E}元。",
        "建成区面积由{Y0}年的{A}平方公里扩大至{B}平方公里。",
        "全年共有{A}家企业入选省级专精特新企业名单，比上年多{A}家。",
        "近{C}年来，累计完成造林{C2}万亩，治理水土流失面积{A}平方公里。",
        "全市共有医疗卫生机构{C2}个，卫生技术人员{E}人，每千人口拥有床位{Q}张。",
        "小麦收购价格为每吨{E}元左右，玉米不足{E}元。",
        "全年港口货物吞吐量超过{C2}万吨，集装箱吞吐量{B}万标准箱。",
        "{Y}年上半年，新能源汽车产量{E}辆，同比增长{P}%，占全省的{Q}%。",
        "十年间，{R}城镇化率从{Q}%提高到{P}%，提高了{Q}个百分点。",
    ];

    private static readonly string[] s_plain =
    [
        "各项事业取得新进展，人民生活持续改善。",
        "坚持稳中求进工作总基调，统筹发展和安全。",
        "下一步，将继续深化改革，扩大开放，推动经济运行整体好转。",
        "注：本公报中部分数据为初步统计数，各项数据均未包括外来务工人员。",
        "一、综合",
        "二、农业",
        "三、工业和建筑业",
        "四、固定资产投资",
        "五、人民生活和社会保障",
    ];

    private static readonly string[] s_chinese = ["三", "五", "七", "十二", "二十", "三十五", "一百二十", "四百", "六"];

    /// <summary>One article of roughly 2–8 KB of UTF-8 (mean about 4.5 KB).</summary>
    public string Next()
    {
        int year = _random.Next(2011, 2024);
        string region = Pick(s_regions);
        var text = new StringBuilder();
        text.Append(Fill(Pick(s_titles), year, region)).Append('\n');
        // Sized like the project's dev corpus of real articles (3.3–7.1 KB, mean 4.5 KB).
        int paragraphs = _random.Next(5, 12);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = _random.Next(4, 11);
            for (int s = 0; s < sentences; s++)
                text.Append(_random.Next(6) == 0 ? Pick(s_plain) : Fill(Pick(s_sentences), year, region));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// Articles one after another, each followed by a blank line, until the text holds at least
    /// <paramref name="minBytes"/> bytes of UTF-8: one large news text for the benchmarks.
    /// </summary>
    public string Text(long minBytes)
    {
        var text = new StringBuilder();
        long bytes = 0;
        while (bytes < minBytes)
        {
            var article = Next();
            text.Append(article).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(article) + 1;
        }
        return text.ToString();
    }

    /// <summary>A reference date late in the article's year or early in the next.</summary>
    public string ReferenceDate() =>
        new DateOnly(_random.Next(2012, 2025), _random.Next(1, 13), _random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public int NextInt(int max) => _random.Next(max);

    public void NextBytes(Span<byte> bytes) => _random.NextBytes(bytes);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string Fill(string template, int year, string region)
    {
        var sb = new StringBuilder(template.Length + 32);
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                sb.Append(template[i]);
                continue;
            }
            int close = template.IndexOf('}', i);
            sb.Append(template[(i + 1)..close] switch
            {
                "Y" => year.ToString(CultureInfo.InvariantCulture),
                "Y0" => (year - _random.Next(5, 11)).ToString(CultureInfo.InvariantCulture),
                "Y2" => (year + _random.Next(2, 6)).ToString(CultureInfo.InvariantCulture),
                "R" => region,
                "A" => Number(1, 100, 1),
                "B" => Number(100, 1000, 1),
                "C2" => Number(1000, 10000, 2),
                "D" => Number(100, 30000, 2),
                "E" => Number(1000, 90000, 0),
                "P" => Number(1, 40, 1),
                "Q" => Number(0, 9, 2),
                "K" => _random.Next(1, 20).ToString(CultureInfo.InvariantCulture),
                "C" => Pick(s_chinese),
                var other => throw new InvalidOperationException($"no slot {other}"),
            });
            i = close;
        }
        return sb.ToString();
    }

    private string Number(int min, int max, int decimals)
    {
        double value = min + (_random.NextDouble() * (max - min));
        int places = decimals == 0 ? 0 : _random.Next(decimals + 1);
        return Math.Round(value, places).ToString("0." + new string('#', Math.Max(places, 1)), CultureInfo.InvariantCulture);
    }
}
