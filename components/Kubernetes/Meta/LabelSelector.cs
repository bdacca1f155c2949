using Infra.Model;

namespace Infra.Kubernetes.Meta;

/// <summary><c>meta/v1 LabelSelector</c>: objects whose labels match all of <see cref="MatchLabels"/>.</summary>
public sealed record LabelSelector
{
    public IReadOnlyDictionary<string, Expr<string>>? MatchLabels { get; init; }

    public IReadOnlyList<LabelSelectorRequirement>? MatchExpressions { get; init; }
}

/// <summary>One expression of a selector: <c>key In (a, b)</c>, <c>key Exists</c>...</summary>
public sealed record LabelSelectorRequirement
{
    public required string Key { get; init; }

    public required SelectorOperator Operator { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}

/// <summary>The operators of a label selector requirement, spelled as the API spells them.</summary>
public enum SelectorOperator
{
    [PulumiName("In")]
    In,

    [PulumiName("NotIn")]
    NotIn,

    [PulumiName("Exists")]
    Exists,

    [PulumiName("DoesNotExist")]
    DoesNotExist,
}
