using Infra.Kubernetes.Core;

namespace Infra.CloudProvider;

/// <summary>
/// How a pod is kept on control-plane nodes: kubeadm labels them and taints them NoSchedule with the
/// same key. Controllers that call AWS run there only, so only the control-plane instance role holds
/// their permissions.
/// </summary>
public static class ControlPlanePlacement
{
    /// <summary>The label (empty value) and taint key kubeadm puts on control-plane nodes.</summary>
    public const string RoleKey = "node-role.kubernetes.io/control-plane";

    /// <summary>
    /// The taint the kubelet sets with <c>--cloud-provider=external</c> until the cloud controller
    /// manager has initialized the node.
    /// </summary>
    public const string UninitializedTaintKey = "node.cloudprovider.kubernetes.io/uninitialized";

    /// <summary>
    /// The taint the node lifecycle controller keeps on a node whose kubelet is not Ready, as every node is until the
    /// CNI (Calico) runs on it.
    /// </summary>
    public const string NotReadyTaintKey = "node.kubernetes.io/not-ready";

    /// <summary>Selects control-plane nodes.</summary>
    public static IReadOnlyDictionary<string, string> NodeSelector { get; } =
        new SortedDictionary<string, string>(StringComparer.Ordinal) { [RoleKey] = "" };

    /// <summary>Tolerates the control-plane taint.</summary>
    public static Toleration ControlPlaneTaint { get; } = new() { Key = RoleKey, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoSchedule };

    /// <summary>Tolerates nodes the cloud controller manager has not initialized yet: only the manager itself needs it.</summary>
    public static Toleration UninitializedTaint { get; } = new() { Key = UninitializedTaintKey, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoSchedule };

    /// <summary>
    /// Tolerates nodes without a CNI yet: only for pods needing neither the pod network nor the <c>kubernetes</c> Service
    /// (host network, API by its internal name), so that they need not wait for Calico.
    /// </summary>
    public static Toleration NotReadyTaint { get; } = new() { Key = NotReadyTaintKey, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoSchedule };
}
