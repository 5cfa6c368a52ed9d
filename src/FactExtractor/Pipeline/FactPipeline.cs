using FactExtractor.Normalization;
using FactExtractor.Pipeline;
using FactExtractor.Qualifiers;
using FactExtractor.Quantities;
using FactExtractor.Scoring;
using FactExtractor.Segmentation;
using FactExtractor.Subjects;
using FactExtractor.Text;
using FactExtractor.Units;
using FactExtractor.Years;

namespace FactExtractor;

/// <summary>
/// Extracts facts from Chinese news text. A pipeline is immutable, thread-safe, and should be
/// built once and reused: build it with <see cref="FactPipelineBuilder"/> or use <see cref="Facts"/>.
/// </summary>
public sealed class FactPipeline
{
    private readonly FactExtractorOptions _options;
    private readonly QuantityDetector _detector = QuantityDetector.Default;
    private readonly ChangeClassifier _changes = ChangeClassifier.Default;
    private readonly ModalityClassifier _modality = ModalityClassifier.Default;
    private readonly SubjectLinker _subjects = SubjectLinker.Default;
    private readonly YearResolver _years = YearResolver.Default;
    private readonly MlFactScorer? _scorer;
    private readonly ISubjectChooser? _subjectChooser;
    private readonly bool _subjectChooserSet;

    /// <param name="options">The options.</param>
    /// <param name="scorer">The fact scorer of <see cref="ScoringMode.Model"/>; null for the embedded one.</param>
    /// <param name="subjectChooser">The subject chooser, when <paramref name="subjectChooserSet"/>; null there keeps the rules' subjects.</param>
    /// <param name="subjectChooserSet">False: the embedded subject model in <see cref="ScoringMode.Model"/> (when it beats the rules), the rules otherwise.</param>
    internal FactPipeline(FactExtractorOptions options, MlFactScorer? scorer = null, ISubjectChooser? subjectChooser = null, bool subjectChooserSet = false)
    {
        _options = options;
        _scorer = scorer;
        _subjectChooser = subjectChooser;
        _subjectChooserSet = subjectChooserSet;
    }

    /// <summary>The options this pipeline was built with.</summary>
    public FactExtractorOptions Options => _options;

    /// <summary>Extracts the facts of <paramref name="text"/>.</summary>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="FactExtractorOptions.MaxDocumentLength"/>.</exception>
    public FactDocument Extract(string text) => Extract(text, default);

    /// <summary>Extracts the facts of <paramref name="text"/> with per-call options (reference date, id).</summary>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="FactExtractorOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The options' cancellation token was cancelled.</exception>
    public FactDocument Extract(string text, ExtractOptions options)
    {
        var doc = Analyze(text, options);
        if (_options.Scoring == ScoringMode.Model)
            (_scorer ?? MlFactScorer.Default).Score(doc);
        return FactAssembler.Assemble(doc, _options.MinConfidence);
    }

    /// <summary>Runs every stage but scoring: the candidate quantities, with the rules' confidence.</summary>
    internal AnalyzedDocument Analyze(string text, ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxDocumentLength)
            throw new DocumentTooLargeException(text.Length, _options.MaxDocumentLength);

        // Cancellation is checked between sentences and, inside a long sentence, by the scans that
        // walk it (the quantity detector per few thousand characters, the subject linker per few
        // hundred quantities), so even a single megabyte-long sentence stops promptly.
        var cancellationToken = options.CancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
        var normalized = TextNormalizer.Normalize(text);
        var doc = new AnalyzedDocument(normalized, SentenceSplitter.Split(normalized.Text), options);
        var overflows = new List<int>();
        var chooser = _subjectChooserSet ? _subjectChooser : _options.Scoring == ScoringMode.Model ? MlSubjectChooser.Default : null;
        // The words of the last sentence the chooser saw, which it needs again as the next one's sentence before.
        (int Sentence, IReadOnlyList<Word> Words)? cutBefore = null;
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = doc.Sentences[si];
            var mentions = _detector.Detect(doc.Normalized, sentence, overflows, cancellationToken);
            _changes.Classify(doc.Normalized, sentence, mentions);
            // A sentence continues the subject of the one before it only within a paragraph.
            bool sameParagraph = si > 0 && doc.Normalized.AsSpan(doc.Sentences[si - 1].End, sentence.Start - doc.Sentences[si - 1].End).IndexOf('\n') < 0;
            var previousMentions = sameParagraph ? doc.MentionsBySentence[si - 1] : [];
            _subjects.Link(doc.Normalized, sentence, mentions, previousMentions, cancellationToken);
            // The learned subject model revisits the rules' choices among candidate phrases.
            if (chooser is not null && mentions.Count > 0)
            {
                var words = new SentenceWords(doc.Normalized, sentence, sameParagraph ? doc.Sentences[si - 1] : null, mentions, previousMentions, cutBefore is { } cut && cut.Sentence == si - 1 ? cut.Words : null);
                chooser.Choose(words, cancellationToken);
                cutBefore = (si, words.SentenceWordList);
            }
            _changes.ClassifyBySubject(doc.Normalized, mentions);
            PerUnitSubjects.Apply(doc.Normalized, mentions);
            doc.MentionsBySentence.Add(mentions);
        }
        cancellationToken.ThrowIfCancellationRequested();
        _years.Resolve(doc);
        cancellationToken.ThrowIfCancellationRequested();
        for (int i = 0; i < doc.Sentences.Count; i++)
        {
            if ((i & 255) == 255)
                cancellationToken.ThrowIfCancellationRequested();
            _modality.Classify(doc.Normalized, doc.Sentences[i], doc.MentionsBySentence[i], options.ReferenceDate?.Year);
        }
        foreach (var at in overflows)
            doc.Warnings.Add($"Skipped a number too large to represent at offset {normalized.ToOriginal(at)}.");
        return doc;
    }

    /// <summary>
    /// Segments <paramref name="text"/> into words with jieba.NET, after the same normalization
    /// that extraction uses; offsets and word texts refer to the original string.
    /// </summary>
    public IReadOnlyList<Word> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var words = JiebaSegmenter.Instance.Cut(normalized.Text);
        var result = new Word[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            var (s, e) = normalized.ToOriginal(words[i].Start, words[i].End);
            result[i] = new Word(text[s..e], s, e);
        }
        return result;
    }
}
