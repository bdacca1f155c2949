using Infra.ControlPlane.Kubeadm;
using Infra.ControlPlane.Protection;

namespace Infra.ControlPlane;

/// <summary>
/// What a control-plane Auto Scaling group stands for, for policies its args cannot answer: the zone it
/// keeps its nodes in, the kubeadm ClusterConfiguration they run (flags, etcd endpoints) and the API
/// server's protective files (audit policy, encryption, authentication) they are given.
/// </summary>
/// <param name="Zone">The one availability zone the group's nodes run in.</param>
/// <param name="Cluster">The ClusterConfiguration every control-plane node runs with.</param>
/// <param name="Files">The API server files written on each node, each with the flag that names it.</param>
public sealed record ControlPlaneNodesAnnotation(string Zone, ClusterConfiguration Cluster, IReadOnlyList<ApiServerFile> Files);
