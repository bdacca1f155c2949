using System.Globalization;

namespace Infra.Tests.Cis;

/// <summary>
/// What a CIS check requires of a component's settings (flag or field name to value; lists joined by commas).
/// The operators are kube-bench's (check/test.go: set, eq, noteq, has, nothave, gte, valid_elements); a compared
/// setting that is absent fails, as in kube-bench, unless the check also accepts it unset.
/// </summary>
internal abstract record CisCondition
{
    public abstract bool Holds(IReadOnlyDictionary<string, string> settings);

    /// <summary>The requirement as a reader states it, e.g. <c>profiling = false</c>.</summary>
    public abstract string Describe();

    /// <summary>The settings this condition reads, to show what was found.</summary>
    public abstract IEnumerable<string> Fields();

    public static CisCondition Set(string field) => new CisTest(field, CisOperator.Set);

    public static CisCondition Unset(string field) => new CisTest(field, CisOperator.Unset);

    public static CisCondition Is(string field, string value) => new CisTest(field, CisOperator.Equal, value);

    public static CisCondition IsNot(string field, string value) => new CisTest(field, CisOperator.NotEqual, value);

    public static CisCondition Has(string field, string element) => new CisTest(field, CisOperator.Has, element);

    public static CisCondition HasNot(string field, string element) => new CisTest(field, CisOperator.HasNot, element);

    public static CisCondition AtLeast(string field, int minimum) => new CisTest(field, CisOperator.AtLeast, minimum.ToString(CultureInfo.InvariantCulture));

    public static CisCondition OnlyFrom(string field, string allowed) => new CisTest(field, CisOperator.OnlyFrom, allowed);

    public static CisCondition AllOf(params CisCondition[] parts) => new CisCombination(parts, Any: false);

    public static CisCondition AnyOf(params CisCondition[] parts) => new CisCombination(parts, Any: true);
}

internal enum CisOperator
{
    Set,
    Unset,
    Equal,
    NotEqual,
    Has,
    HasNot,
    AtLeast,
    OnlyFrom,
}

/// <summary>One kube-bench test item: a setting, an operator and the value it compares with.</summary>
internal sealed record CisTest(string Field, CisOperator Operator, string Value = "") : CisCondition
{
    public override bool Holds(IReadOnlyDictionary<string, string> settings)
    {
        var found = settings.TryGetValue(Field, out var actual);
        if (Operator == CisOperator.Unset || !found)
        {
            return Operator == CisOperator.Unset && !found;
        }

        return Operator switch
        {
            CisOperator.Set => true,
            CisOperator.Equal => actual == Value,
            CisOperator.NotEqual => actual != Value,
            CisOperator.Has => Elements(actual!).Contains(Value),
            CisOperator.HasNot => !Elements(actual!).Contains(Value),
            CisOperator.AtLeast => double.TryParse(actual, CultureInfo.InvariantCulture, out var number) && number >= double.Parse(Value, CultureInfo.InvariantCulture),
            CisOperator.OnlyFrom => Elements(actual!).Length > 0 && Elements(actual!).All(Elements(Value).Contains),
            _ => throw new InvalidOperationException($"operator {Operator} has no meaning here"),
        };
    }

    public override string Describe() => Operator switch
    {
        CisOperator.Set => $"{Field} set",
        CisOperator.Unset => $"{Field} unset",
        CisOperator.Equal => $"{Field} = {Value}",
        CisOperator.NotEqual => $"{Field} != {Value}",
        CisOperator.Has => $"{Field} has {Value}",
        CisOperator.HasNot => $"{Field} lacks {Value}",
        CisOperator.AtLeast => $"{Field} >= {Value}",
        _ => $"{Field} only from [{Value}]",
    };

    public override IEnumerable<string> Fields() => [Field];

    private static string[] Elements(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>kube-bench's <c>bin_op</c>: every part (and) or one of them (or).</summary>
internal sealed record CisCombination(IReadOnlyList<CisCondition> Parts, bool Any) : CisCondition
{
    public override bool Holds(IReadOnlyDictionary<string, string> settings) =>
        Any ? Parts.Any(part => part.Holds(settings)) : Parts.All(part => part.Holds(settings));

    public override string Describe() => string.Join(Any ? " or " : " and ", Parts.Select(part => part is CisCombination ? $"({part.Describe()})" : part.Describe()));

    public override IEnumerable<string> Fields() => Parts.SelectMany(part => part.Fields()).Distinct(StringComparer.Ordinal);
}
