namespace FactExtractor.Cli.Commands;

/// <summary>
/// What a worker does with one document: read it (a file), check it, extract its facts and let
/// the writer encode them. Never throws for a bad document: every failure becomes an error
/// record, so nothing is lost.
/// </summary>
internal sealed class BatchProcessor(FactPipeline pipeline, DateOnly? referenceDate, long maxBytes, Action<BatchResult> encode)
{
    public BatchResult Process(BatchItem item)
    {
        var result = new BatchResult(item);
        try
        {
            string? text = null;
            result.Error = item.Error ?? Load(item, maxBytes, out text);
            result.Text = text;
            if (result.Error is null && string.IsNullOrWhiteSpace(result.Text))
                result.Error = new BatchError(BatchErrorCodes.Empty, "no text (the document is empty or white space only)");
            if (result.Error is null)
            {
                var options = new ExtractOptions { ReferenceDate = item.ReferenceDate ?? referenceDate, DocumentId = item.Id };
                result.Document = pipeline.Extract(result.Text!, options);
            }
        }
        catch (DocumentTooLargeException e)
        {
            result.Error = new BatchError(BatchErrorCodes.TooLarge, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the extractor must not sink the other 9,999 documents: record it and go on.
            result.Error = new BatchError(BatchErrorCodes.ExtractionFailed, $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "));
        }
        if (result.Error is not null)
            result.Document = null;
        encode(result);
        result.Text = null;
        return result;
    }

    /// <summary>Reads a file document strictly (size first, then UTF-8 without NUL bytes).</summary>
    private static BatchError? Load(BatchItem item, long maxBytes, out string? text)
    {
        text = item.Text;
        if (item.Path is null)
            return null;
        try
        {
            using var stream = new FileStream(item.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length > maxBytes)
                return new BatchError(BatchErrorCodes.TooLarge, $"{length} bytes; the limit is {maxBytes} (--max-bytes)");
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            try
            {
                text = InputFile.Decode(bytes, item.Id);
                return null;
            }
            catch (InputException e) when (e.Problem == InputProblem.Binary)
            {
                return new BatchError(BatchErrorCodes.Binary, "binary content (NUL bytes), not text");
            }
            catch (InputException)
            {
                return new BatchError(BatchErrorCodes.InvalidUtf8, $"not valid UTF-8 (byte {InputFile.FirstInvalidUtf8(bytes)})");
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new BatchError(BatchErrorCodes.Unreadable, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            return new BatchError(BatchErrorCodes.Unreadable, "permission denied");
        }
        catch (IOException e)
        {
            return new BatchError(BatchErrorCodes.Unreadable, $"{item.Path}: {e.Message}");
        }
    }
}
