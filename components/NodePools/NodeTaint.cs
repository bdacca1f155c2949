namespace Infra.NodePools;

/// <summary>A taint nodes of a pool register with, so only pods that tolerate it land there.</summary>
/// <param name="Key">The taint key, e.g. <c>nvidia.com/gpu</c>.</param>
/// <param name="Value">The taint value, e.g. <c>present</c>.</param>
/// <param name="Effect">What happens to pods that do not tolerate it.</param>
public sealed record NodeTaint(string Key, string Value, TaintEffect Effect)
{
    /// <summary>The value form the Cluster Autoscaler's node-template tag expects: <c>value:Effect</c>.</summary>
    public string AutoscalerTagValue => $"{Value}:{Effect}";
}

/// <summary>Kubernetes taint effects, spelt as Kubernetes spells them.</summary>
public enum TaintEffect
{
    NoSchedule,
    PreferNoSchedule,
    NoExecute,
}
