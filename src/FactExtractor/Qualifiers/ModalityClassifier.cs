using FactExtractor.Quantities;
using FactExtractor.Resources;
using FactExtractor.Text;

namespace FactExtractor.Qualifiers;

/// <summary>
/// Marks targets, plans and forecasts (力争, 目标, 计划, 拟, 将, 预计, 有望 … before the quantity
/// in its sentence, or a year after the reference date) so that they are never compared with outcomes.
/// </summary>
internal sealed class ModalityClassifier
{
    private const int Window = 40;
    private readonly string[] _cues;

    public static ModalityClassifier Default { get; } = new();

    private ModalityClassifier()
    {
        _cues = [.. Lexicon.ReadRows("target-cues.txt").Select(r => r[0])];
    }

    public void Classify(string text, Sentence sentence, IReadOnlyList<QuantityMention> mentions, int? referenceYear)
    {
        foreach (var m in mentions)
        {
            int from = Math.Max(sentence.Start, m.Start - Window);
            var before = text.AsSpan(from, m.Start - from);
            // A sentence end inside the window (；) starts a new statement.
            int stop = before.LastIndexOfAny("；;");
            if (stop >= 0)
                before = before[(stop + 1)..];
            bool target = false;
            foreach (var cue in _cues)
            {
                int at = before.LastIndexOf(cue, StringComparison.Ordinal);
                if (at < 0)
                    continue;
                // 将近 is a bound, not a plan.
                if (cue == "将" && at + 1 < before.Length && before[at + 1] == '近')
                    continue;
                target = true;
                break;
            }
            if (!target && referenceYear is { } r && m.Year is { } y && y > r)
                target = true;
            if (target)
                m.Modality = Modality.Target;
        }
    }
}
