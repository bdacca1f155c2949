using Infra.ControlPlane.Kubeadm;
using Infra.ControlPlane.Protection;

namespace Infra.ControlPlane;

/// <summary>
/// What a control-plane Auto Scaling group stands for, for policies its args cannot answer: the zone it
/// keeps its nodes in, the kubeadm ClusterConfiguration they run (flags, etcd endpoints) and the API
/// server's audit policy and encryption configuration written on each node (null when none is written).
/// </summary>
/// <param name="Zone">The one availability zone the group's nodes run in.</param>
/// <param name="Cluster">The ClusterConfiguration every control-plane node runs with.</param>
/// <param name="Audit">The audit policy file's content, at <see cref="AuditPolicy.FilePath"/>.</param>
/// <param name="Encryption">The encryption configuration file's content, at <see cref="EncryptionConfiguration.FilePath"/>.</param>
public sealed record ControlPlaneNodesAnnotation(string Zone, ClusterConfiguration Cluster, AuditPolicy? Audit, EncryptionConfiguration? Encryption);
