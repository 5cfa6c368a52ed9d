using System.Runtime.CompilerServices;
using System.Text;
using FactExtractor.Generate;
using FactExtractor.Segmentation;
using FactExtractor.Tests.Spans;

namespace FactExtractor.Tests.Segmentation;

/// <summary>
/// <see cref="DagSegmenter"/> reimplements jieba.NET's <c>Cut(text, cutAll: false, hmm: true)</c>: its
/// pieces must be jieba.NET's own, piece for piece, over the same customised dictionary.
/// </summary>
public sealed class DagSegmenterTests
{
    private static readonly Lazy<JiebaNet.Segmenter.JiebaSegmenter> s_reference = new(CreateReference);

    private static DagSegmenter Ours => JiebaSegmenter.Instance.Segmenter;

    [Fact]
    public void Dictionary_total_is_jiebas()
    {
        _ = s_reference.Value;
        Assert.Equal(ReferenceTotal(), Ours.Total);
    }

    public static TheoryData<string> Edges => new()
    {
        "",
        "a",
        "\r\n",
        "\r\r\n\n \t\u3000",
        "建成区面积由2012年的18平方公里扩大至35.2平方公里",
        "GDP growth was 5.2% in 2023, per the NBS: C++ & C# _x_ a.b.c 1.2.3 12.5%% -3 +4 ·",
        "１２３亿元（全角数字）与123亿元",
        "表情😀和扩展区汉字𠀀不应被拆成半个字符",
        "社会消费品零售总额-1.5%；固定资产投资7万余人；占比80%",
        "鿕鿖龥龦丂丄丅丆丏丒丗丟丠両丣並丩丮丯丱丳丵丷丼乀乁乂乄乆乊乑乕乗乚乛乢乣乤乥乧乨乪乫乬乭乮乯",
        "乂乄乆ab12乊乑.5%乕乗乚乛xyz乢乣乤",
        "习近平总书记在第十四届全国人民代表大会第一次会议上发表重要讲话",
        "他说的确实在理结婚的和尚未结婚的",
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_cut_as_jieba_does(string text) => AssertSame(text);

    [Fact]
    public void Corpus_documents_cut_as_jieba_does()
    {
        var folders = new List<string> { Corpus.Directory };
        var dev = Path.Combine(Corpus.RepoRoot, "..", "shared", "corpus-dev");
        if (Directory.Exists(dev))
            folders.Add(dev);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt"))
                AssertSame(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Generated_news_cuts_as_jieba_does() => AssertSame(new Articles(7).Text(300_000));

    [Fact]
    public void Windows_of_the_corpus_cut_as_jieba_does()
    {
        // The pipeline cuts short windows that start and end anywhere, inside words and numbers.
        var random = new Random(11);
        foreach (var (_, text) in Corpus.Documents())
        {
            for (int n = 0; n < 300; n++)
            {
                int start = random.Next(text.Length);
                AssertSame(text.Substring(start, Math.Min(text.Length - start, random.Next(1, 80))));
            }
        }
    }

    [Fact]
    public void Random_strings_cut_as_jieba_does()
    {
        const string Alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严ab0123456789XYZ.%+#&_·-，。、；：（）“”《》 \t\r\n\u3000１２３😀𠀀鿕乂乄";
        var random = new Random(5);
        var sb = new StringBuilder();
        for (int n = 0; n < 3000; n++)
        {
            sb.Clear();
            int length = random.Next(1, 60);
            for (int i = 0; i < length; i++)
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            AssertSame(sb.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var expected = s_reference.Value.Cut(text, cutAll: false, hmm: true).ToList();
        var sink = new Pieces(text, []);
        Ours.Cut(text, ref sink);
        if (!expected.SequenceEqual(sink.List, StringComparer.Ordinal))
        {
            int at = 0;
            while (at < expected.Count && at < sink.List.Count && expected[at] == sink.List[at])
                at++;
            Assert.Fail($"First difference at piece {at}: jieba '{string.Join("/", expected.Skip(Math.Max(0, at - 3)).Take(8))}', ours '{string.Join("/", sink.List.Skip(Math.Max(0, at - 3)).Take(8))}'.");
        }
    }

    private readonly struct Pieces(string text, List<string> list) : DagSegmenter.IPieceSink
    {
        public List<string> List => list;

        public void Add(int start, int length, string? word)
        {
            var piece = text.Substring(start, length);
            Assert.True(word is null || word == piece, $"word '{word}' for piece '{piece}'");
            list.Add(piece);
        }
    }

    /// <summary>jieba.NET over the same data folder, with the user dictionary added as the library once did.</summary>
    private static JiebaNet.Segmenter.JiebaSegmenter CreateReference()
    {
        JiebaResources.EnsureConfigured();
        return CreateJieba();
    }

    // jieba's types must not be resolved before its folder is set (they capture it in statics).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JiebaNet.Segmenter.JiebaSegmenter CreateJieba()
    {
        var jieba = new JiebaNet.Segmenter.JiebaSegmenter();
        foreach (var (word, frequency, tag) in JiebaSegmenter.ReadUserDictionary())
            jieba.AddWord(word, frequency, tag);
        return jieba;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ReferenceTotal() => JiebaNet.Segmenter.WordDictionary.Instance.Total;
}
