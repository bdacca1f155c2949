using Infra.ControlPlane;
using Infra.Etcd;
using Infra.NodePools;

namespace Infra.Stacks.Composition;

/// <summary>
/// Kubernetes' version skew policy, checked before anything deploys: the control plane's kubeadm, every node
/// pool's kubelet, and the pinned etcd against the control plane's release. A violation refuses the stack.
/// </summary>
public static class VersionSkewGate
{
    /// <param name="controlPlane">The control plane's pinned software (its kubeadm and kubelet).</param>
    /// <param name="pools">Each node pool's pinned software, by pool name.</param>
    public static void Check(NodeSoftware controlPlane, IReadOnlyDictionary<string, NodeSoftware> pools)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        ArgumentNullException.ThrowIfNull(pools);
        var release = ReleaseVersion.Parse(controlPlane.KubernetesVersion);
        var kubelets = pools.ToDictionary(p => p.Key, p => ReleaseVersion.Parse(p.Value.KubernetesVersion), StringComparer.Ordinal);
        kubelets["control-plane"] = release;
        var problems = VersionSkew.Check(new ClusterVersions(release, release, ReleaseVersion.Parse(EtcdVersion.Pinned)) { Kubelets = kubelets });
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => p.Message)), nameof(pools));
        }
    }
}
