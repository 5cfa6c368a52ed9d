namespace FactExtractor;

/// <summary>The facts of one document, shaped as SPEC section 4.</summary>
/// <param name="SchemaVersion">Output schema version, "1".</param>
/// <param name="Document">Identity and size of the input.</param>
/// <param name="Facts">The facts, in text order.</param>
/// <param name="Warnings">Things the extractor skipped or could not read, for the reader.</param>
public sealed record FactDocument(
    string SchemaVersion,
    DocumentInfo Document,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1";
}

/// <summary>Identity of an input document.</summary>
/// <param name="Id">Caller's identifier (the file stem in the CLI), or null.</param>
/// <param name="ReferenceDate">Publication date that relative words (今年, 去年) resolve against.</param>
/// <param name="Length">Length of the original text in UTF-16 code units.</param>
public sealed record DocumentInfo(string? Id, DateOnly? ReferenceDate, int Length);
