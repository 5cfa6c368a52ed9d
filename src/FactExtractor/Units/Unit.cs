namespace FactExtractor.Units;

/// <summary>A written unit and how it converts to its canonical unit (SPEC section 3).</summary>
/// <param name="Written">The unit as written, without scale (<c>平方公里</c>, <c>个百分点</c>, <c>家</c>).</param>
/// <param name="Canonical">Canonical unit (<c>m2</c>, <c>pp</c>, <c>count</c>).</param>
/// <param name="Factor">Multiplier from the written unit to the canonical one.</param>
/// <param name="Dimension">Dimension name (<c>area</c>, <c>count</c>, …).</param>
internal sealed record Unit(string Written, string Canonical, decimal Factor, string Dimension)
{
    public bool IsCount => Dimension == "count";
}
