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
    /// <summary>深圳, 浙江: a place. It is part of a name (深圳GDP) but names no indicator alone.</summary>
    Place,
}

/// <summary>
/// Word classes read from the part-of-speech column of jieba's own dictionary and ours (no tagging
/// model runs: the segmenter's dictionary keeps each word's class, one byte a word), corrected by
/// <c>Resources/Lexicons/word-classes.tsv</c>. Words the dictionaries do not know are
/// <see cref="WordClass.Nominal"/>.
/// </summary>
internal sealed class WordClasses
{
    private static readonly Lazy<WordClasses> s_default = new(Load);

    private readonly DagSegmenter _dictionary;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _corrections;

    private WordClasses(DagSegmenter dictionary, Dictionary<string, WordClass> corrections)
    {
        _dictionary = dictionary;
        _corrections = corrections.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClasses Default => s_default.Value;

    public WordClass Of(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && word[0] is '、' or '/' or '&')
            return WordClass.Connector;
        return _corrections.TryGetValue(word, out var c) ? c : _dictionary.ClassOf(word);
    }

    private static WordClasses Load()
    {
        var corrections = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var row in Lexicon.ReadRows("word-classes.tsv"))
            corrections[row[0]] = Enum.Parse<WordClass>(row[1], ignoreCase: true);
        return new WordClasses(JiebaSegmenter.Instance.Segmenter, corrections);
    }

    internal static WordClass FromTag(ReadOnlySpan<char> tag) => tag switch
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
        "ns" => WordClass.Place,
        _ => WordClass.Nominal,
    };
}
