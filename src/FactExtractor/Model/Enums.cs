namespace FactExtractor;

/// <summary>What a quantity is (SPEC section 1).</summary>
public enum FactKind
{
    /// <summary>A level, stock, amount or count at a time.</summary>
    Value,
    /// <summary>A difference or growth.</summary>
    Change,
    /// <summary>A multiple or fraction of another amount.</summary>
    Ratio,
    /// <summary>A part of a whole.</summary>
    Share,
    /// <summary>An ordinal position.</summary>
    Rank,
}

/// <summary>Whether a quantity was reported or is aimed at.</summary>
public enum Modality
{
    /// <summary>Reported as having happened or being true.</summary>
    Actual,
    /// <summary>A plan, goal or forecast: never compare it with an outcome.</summary>
    Target,
}

/// <summary>How the written number bounds the true amount.</summary>
public enum Bound
{
    /// <summary>As written (also 达, 为, 累计).</summary>
    Exact,
    /// <summary>约, 近, 左右, 上下, 前后.</summary>
    Approximate,
    /// <summary>以上, 不少于.</summary>
    AtLeast,
    /// <summary>超过, 突破, 逾, 多, 余, 超.</summary>
    MoreThan,
    /// <summary>以下, 以内, 不超过.</summary>
    AtMost,
    /// <summary>不足, 不到, 低于, 跌破.</summary>
    LessThan,
}

/// <summary>Where a fact's year came from.</summary>
public enum TimeSource
{
    /// <summary>Written in the same sentence.</summary>
    Explicit,
    /// <summary>Carried from an earlier sentence, a heading or the title.</summary>
    Inherited,
    /// <summary>A relative word resolved against the document's reference date.</summary>
    Document,
}
