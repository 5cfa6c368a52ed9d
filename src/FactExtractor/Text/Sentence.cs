namespace FactExtractor.Text;

/// <summary>A sentence of the normalized text, <c>[Start, End)</c>, and whether it reads as a heading.</summary>
internal sealed record Sentence(int Index, int Start, int End, bool IsHeading);
