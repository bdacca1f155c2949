using Infra.Etcd;

namespace Infra.Stacks.Config;

/// <summary>One machine <c>infra:rollout</c> can name: an etcd member, with the ports its cluster serves on, or a control-plane node, with its zone.</summary>
public sealed record RolloutTarget(string Name, EtcdPorts? EtcdPorts, string? ControlPlaneZone);
