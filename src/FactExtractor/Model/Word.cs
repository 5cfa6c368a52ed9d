namespace FactExtractor;

/// <summary>A segmented word with UTF-16 offsets <c>[Start, End)</c> into the text it was cut from.</summary>
/// <param name="Text">The word as it appears in that text.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct Word(string Text, int Start, int End);
