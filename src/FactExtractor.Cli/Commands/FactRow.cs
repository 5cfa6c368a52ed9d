using System.Text.Json;

namespace FactExtractor.Cli.Commands;

/// <summary>
/// One fact as a tidy row: the columns of the CSV and Parquet outputs of <c>factx batch</c>, in
/// their order. Enum values are written as in the JSON (camelCase).
/// </summary>
internal sealed record FactRow(
    string DocumentId,
    string FactId,
    string? Subject,
    int? Year,
    int? BaseYear,
    string Kind,
    string Modality,
    decimal Value,
    decimal Scale,
    string Unit,
    double NormalizedValue,
    string NormalizedUnit,
    string Bound,
    string Text,
    int Start,
    int End,
    string Sentence,
    double Confidence)
{
    /// <summary>Column names, in order.</summary>
    public static readonly string[] Columns =
    [
        "documentId", "factId", "subject", "year", "baseYear", "kind", "modality", "value", "scale", "unit",
        "normalizedValue", "normalizedUnit", "bound", "text", "start", "end", "sentence", "confidence",
    ];

    /// <summary>Column names of the errors file beside a CSV or Parquet output.</summary>
    public static readonly string[] ErrorColumns = ["documentId", "code", "message"];

    /// <summary>The rows of <paramref name="document"/>; <paramref name="text"/> is the original text.</summary>
    public static FactRow[] From(FactDocument document, string documentId, string text)
    {
        var rows = new FactRow[document.Facts.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            var f = document.Facts[i];
            var q = f.Quantity;
            rows[i] = new FactRow(
                documentId, f.Id, f.Subject?.Text, f.Time.Year, f.Time.BaseYear,
                Name(f.Kind), Name(f.Modality), q.Value, q.Scale, q.Unit,
                q.NormalizedValue, q.NormalizedUnit, Name(q.Bound), q.Text, q.Start, q.End,
                text[f.Sentence.Start..f.Sentence.End], f.Confidence);
        }
        return rows;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        // The JSON's names (camelCase), indexed by value: the enums are dense from 0.
        public static readonly string[] Names = Enum.GetValues<TEnum>()
            .OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))
            .Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))
            .ToArray();
    }
}
