using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace FactExtractor;

/// <summary>Writes and reads the JSON of SPEC section 4 (schemaVersion "1").</summary>
public static class FactJson
{
    // Chinese stays readable; <, > and & are still escaped. The context's options are copied,
    // not passed to a new context, which would drop the generation options (camelCase).
    private static readonly JsonSerializerOptions s_indented = new(FactJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions s_compact = new(s_indented) { WriteIndented = false };

    private static readonly FactJsonContext s_indentedContext = new(s_indented);
    private static readonly FactJsonContext s_compactContext = new(s_compact);

    /// <summary>Serializes a document's facts, indented.</summary>
    public static string Serialize(FactDocument document) => Serialize(document, indented: true);

    /// <summary>Serializes a document's facts; compact output is one line (JSON Lines).</summary>
    public static string Serialize(FactDocument document, bool indented) =>
        JsonSerializer.Serialize(document, (indented ? s_indentedContext : s_compactContext).FactDocument);

    /// <summary>Writes a document's facts to a stream as UTF-8.</summary>
    public static void Serialize(Stream utf8, FactDocument document, bool indented) =>
        JsonSerializer.Serialize(utf8, document, (indented ? s_indentedContext : s_compactContext).FactDocument);

    /// <summary>Reads a document written by <see cref="Serialize(FactDocument)"/>.</summary>
    /// <exception cref="JsonException">The JSON is not a fact document.</exception>
    public static FactDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, s_compactContext.FactDocument) ?? throw new JsonException("The JSON is null.");
}

/// <summary>Source-generated serialization of the output records.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(CamelCaseEnumConverter<FactKind>), typeof(CamelCaseEnumConverter<Modality>), typeof(CamelCaseEnumConverter<Bound>), typeof(CamelCaseEnumConverter<TimeSource>)])]
[JsonSerializable(typeof(FactDocument))]
internal sealed partial class FactJsonContext : JsonSerializerContext;

/// <summary>Enums as camelCase strings (<c>moreThan</c>, <c>value</c>).</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
