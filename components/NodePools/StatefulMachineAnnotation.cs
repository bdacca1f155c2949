namespace Infra.NodePools;

/// <summary>
/// Marks the resource that runs a stateful machine (an etcd member's instance, a control-plane zone's launch template),
/// whose image must be pinned rather than follow a moving parameter: policies check it (CP-009).
/// </summary>
/// <param name="Machine">The machine as <c>infra:rollout</c> names it: <c>etcd-a</c>, <c>control-plane-eu-west-1a</c>.</param>
public sealed record StatefulMachineAnnotation(string Machine);
