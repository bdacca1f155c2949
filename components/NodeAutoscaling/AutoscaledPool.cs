using Infra.NodePools;

namespace Infra.NodeAutoscaling;

/// <summary>
/// A node pool as the Cluster Autoscaler's priority expander sees it: which Auto Scaling group it is and what it costs to grow.
/// </summary>
/// <param name="Name">The pool's name, for messages.</param>
/// <param name="Kind">What the pool is for: the first part of its expansion priority (<see cref="ExpanderPriorities"/>).</param>
/// <param name="GroupNamePattern">
/// A regular expression (Go RE2, as the expander compiles it) that matches the pool's Auto Scaling group name and no other
/// pool's: the expander knows groups by name only.
/// </param>
/// <param name="Spot">True when part of the pool runs on Spot: cheaper than an On-Demand pool of the same kind.</param>
public sealed record AutoscaledPool(string Name, NodePoolKind Kind, string GroupNamePattern, bool Spot = false);
