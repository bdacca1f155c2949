using Infra.NodePools;

namespace Infra.ControlPlane.Kubeadm;

/// <summary>A taint a node registers with, in the core/v1 Taint shape kubeadm reads.</summary>
public sealed record Taint
{
    public Taint(string key, string? value, TaintEffect effect)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Value = value;
        Effect = effect.ToString();
    }

    public string Key { get; }

    public string? Value { get; }

    /// <summary>Spelt as Kubernetes spells it (<c>NoSchedule</c>), which is the enum member's name.</summary>
    public string Effect { get; }

    /// <summary>The taint kubeadm itself puts on control-plane nodes when <c>taints</c> is unset.</summary>
    public static Taint ControlPlane { get; } = new("node-role.kubernetes.io/control-plane", null, TaintEffect.NoSchedule);

    public static Taint From(NodeTaint taint)
    {
        ArgumentNullException.ThrowIfNull(taint);
        return new Taint(taint.Key, taint.Value, taint.Effect);
    }
}
