using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every pool's kubelet configuration (the <see cref="KubeletConfiguration"/> its launch template carries as an
/// annotation) sets hard eviction thresholds for memory, the node's filesystem and its inodes, and the image filesystem.
/// </summary>
public sealed class KubeletEvictionThresholds : PolicyRule
{
    /// <summary>The eviction signals that must have a hard threshold.</summary>
    public static IReadOnlyList<string> RequiredSignals { get; } = ["imagefs.available", "memory.available", "nodefs.available", "nodefs.inodesFree"];

    public override string Id => "CAP-004";

    public override string Title => "Node pools' kubelets evict before memory or disk run out";

    public override string Rationale =>
        "Without a hard threshold the kubelet evicts nothing until the kernel's OOM killer or a full disk takes down system daemons and every pod of the node with them.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var template in context.ResourcesOf<LaunchTemplate>())
        {
            foreach (var kubelet in template.Annotations.OfType<KubeletConfiguration>())
            {
                var missing = RequiredSignals.Where(signal => !kubelet.EvictionHard.ContainsKey(signal)).ToList();
                if (missing.Count > 0)
                {
                    yield return RuleViolation.Of(
                        template,
                        "userData",
                        $"the pool's kubelet has no hard eviction threshold for {string.Join(", ", missing)}: keep KubeletConfiguration.DefaultEvictionHard (the seed's 500Mi memory, 10% disk, 5% inodes) or set each signal");
                }
            }
        }
    }
}
