using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 TopologySpreadConstraint</c>: at most MaxSkew more matching pods in one domain than in another.</summary>
public sealed record TopologySpreadConstraint
{
    public required int MaxSkew { get; init; }

    public required string TopologyKey { get; init; }

    public required UnsatisfiableConstraintAction WhenUnsatisfiable { get; init; }

    public LabelSelector? LabelSelector { get; init; }
}

/// <summary>What the scheduler does when a spread constraint cannot be met.</summary>
public enum UnsatisfiableConstraintAction
{
    [PulumiName("DoNotSchedule")]
    DoNotSchedule,

    [PulumiName("ScheduleAnyway")]
    ScheduleAnyway,
}
