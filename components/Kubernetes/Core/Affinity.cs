namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 Affinity</c>: the pod anti-affinity part, which spreads replicas.</summary>
public sealed record Affinity
{
    public PodAntiAffinity? PodAntiAffinity { get; init; }
}

/// <summary>
/// <c>core/v1 PodAntiAffinity</c>. Preferred terms only: a required term leaves replicas Pending
/// when a zone is full or lost, which is worse than two replicas sharing a zone for a while.
/// </summary>
public sealed record PodAntiAffinity
{
    public IReadOnlyList<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; init; }
}

/// <summary><c>core/v1 WeightedPodAffinityTerm</c>: a preference, weight 1-100.</summary>
public sealed record WeightedPodAffinityTerm
{
    public required int Weight { get; init; }

    public required PodAffinityTerm PodAffinityTerm { get; init; }
}

/// <summary><c>core/v1 PodAffinityTerm</c>: pods matching the selector, counted per topology domain.</summary>
public sealed record PodAffinityTerm
{
    public required string TopologyKey { get; init; }

    public Meta.LabelSelector? LabelSelector { get; init; }
}
