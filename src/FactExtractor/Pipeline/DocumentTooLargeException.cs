namespace FactExtractor;

/// <summary>Thrown when a document exceeds <see cref="FactExtractorOptions.MaxDocumentLength"/>.</summary>
public sealed class DocumentTooLargeException : Exception
{
    /// <summary>Creates the exception for a document of <paramref name="length"/> code units.</summary>
    public DocumentTooLargeException(int length, int maxLength)
        : base($"The document has {length} characters; the limit is {maxLength} (FactExtractorOptions.MaxDocumentLength).")
    {
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentTooLargeException()
    {
    }

    /// <summary>Length of the rejected document.</summary>
    public int Length { get; }

    /// <summary>The limit in force.</summary>
    public int MaxLength { get; }
}
