namespace Infra.NodePools;

/// <summary>
/// What a node pool's Auto Scaling group stands for, for policies the group's args cannot answer:
/// the pool, its kind, its instance types and the instance families its kind allows.
/// </summary>
public sealed record NodePoolAnnotation(string Pool, NodePoolKind Kind, IReadOnlyList<string> InstanceTypes, IReadOnlyList<string> AllowedFamilies);
