namespace FactExtractor.Text;

/// <summary>
/// Splits normalized text into sentences (at 。！？!? and line ends) and finds clause
/// boundaries (，；：, and spaces between words in headlines).
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool lineEnd = c is '\n' or '\r';
            if (!lineEnd && !IsSentenceEnd(c))
                continue;
            int end = i + 1;
            // Keep closing quotes and brackets with the sentence they close.
            while (!lineEnd && end < text.Length && text[end] is '”' or '’' or '」' or '』' or '）' or ')')
                end++;
            Add(sentences, text, start, lineEnd ? i : end, lineEnd);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length, true);
        return sentences;
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>A clause boundary inside a sentence.</summary>
    public static bool IsClauseBreak(char c) => c is '，' or '；' or ';' or '：' or ',' or '\t' or '。' or '！' or '？' or '\n';

    private static void Add(List<Sentence> sentences, string text, int start, int end, bool endsAtLineBreak)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end <= start)
            return;
        // A line without sentence-final punctuation is a heading or title: its time and
        // subject govern what follows.
        bool heading = endsAtLineBreak && !IsSentenceEnd(text[end - 1]) && end - start <= 40 && text.AsSpan(start, end - start).IndexOf('\t') < 0;
        sentences.Add(new Sentence(sentences.Count, start, end, heading));
    }
}
