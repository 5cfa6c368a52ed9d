using System.Collections.Frozen;
using FactExtractor.Resources;

namespace FactExtractor.Segmentation;

/// <summary>The coarse part of speech of a dictionary word, as far as subject chunking needs it.</summary>
internal enum WordClass : byte
{
    /// <summary>Nouns, noun-like verbs (投资, 销售) and every word the dictionaries do not know.</summary>
    Nominal,
    /// <summary>增速, 涨幅: nouns that name the rate of something named before them (PCB制造同比增速).</summary>
    Rate,
    Verb,
    /// <summary>会, 能, 可能, 有: verbs that only lean on the next one; never a subject's last word.</summary>
    Auxiliary,
    Adverb,
    Preposition,
    Time,
    Locative,
    Numeral,
    Pronoun,
    /// <summary>全国, 全省: the scope a figure is ranked or compared in, never its subject.</summary>
    Scope,
    Conjunction,
    /// <summary>和, 与, 及, 、: join the items of a list subject (中央和地方财政补贴).</summary>
    Connector,
    Particle,
    Adjective,
    /// <summary>Idioms (set phrases tagged l are mostly noun phrases: 粮食价格, 生产指数).</summary>
    Other,
}

/// <summary>
/// Word classes read from the part-of-speech column of jieba's own dictionary (no tagging model
/// runs: a lookup per word), corrected by <c>Resources/Lexicons/word-classes.tsv</c>.
/// Only non-nominal words are stored; anything else is <see cref="WordClass.Nominal"/>.
/// </summary>
internal sealed class WordClasses
{
    private static readonly Lazy<WordClasses> s_default = new(Load);

    private readonly FrozenDictionary<string, WordClass> _classes;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private WordClasses(Dictionary<string, WordClass> classes)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClasses Default => s_default.Value;

    public WordClass Of(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && word[0] is '、' or '/' or '&')
            return WordClass.Connector;
        return _bySpan.TryGetValue(word, out var c) ? c : WordClass.Nominal;
    }

    private static WordClasses Load()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var alternate = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        // jieba's dictionary, then ours (its words are also jieba words): lines are "word frequency tag".
        foreach (var resource in (string[])[JiebaResources.ResourcePrefix + JiebaResources.MainDictionaryFile, JiebaSegmenter.UserDictionaryResource])
        {
            using var stream = typeof(WordClasses).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"'{resource}' is not embedded in the library.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var span = line.AsSpan();
                int first = span.IndexOf(' ');
                int last = span.LastIndexOf(' ');
                if (first <= 0 || last <= first)
                    continue;
                var c = FromTag(span[(last + 1)..]);
                if (c != WordClass.Nominal)
                    alternate[span[..first]] = c;
                else
                    alternate.Remove(span[..first]);
            }
        }
        foreach (var row in Lexicon.ReadRows("word-classes.tsv"))
        {
            var c = Enum.Parse<WordClass>(row[1], ignoreCase: true);
            if (c == WordClass.Nominal)
                classes.Remove(row[0]);
            else
                classes[row[0]] = c;
        }
        return new WordClasses(classes);
    }

    private static WordClass FromTag(ReadOnlySpan<char> tag) => tag switch
    {
        "v" or "vg" or "vi" or "vq" or "vd" => WordClass.Verb,
        "d" or "ad" or "dg" => WordClass.Adverb,
        "p" => WordClass.Preposition,
        "t" or "tg" => WordClass.Time,
        "f" => WordClass.Locative,
        "m" or "mq" or "q" => WordClass.Numeral,
        "r" or "rg" => WordClass.Pronoun,
        "c" => WordClass.Conjunction,
        "u" or "uj" or "ul" or "uz" or "ud" or "ug" or "uv" or "y" or "e" or "o" => WordClass.Particle,
        "a" or "ag" or "z" => WordClass.Adjective,
        "i" => WordClass.Other,
        _ => WordClass.Nominal,
    };
}
