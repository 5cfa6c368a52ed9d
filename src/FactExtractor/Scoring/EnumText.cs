namespace FactExtractor.Scoring;

/// <summary>
/// The names <see cref="Enum.ToString()"/> gives, without boxing the value: the scorer writes a
/// kind, bound and modality for every candidate.
/// </summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> s_names = Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString());

    public static string Of(T value) => s_names.TryGetValue(value, out var name) ? name : value.ToString();
}
