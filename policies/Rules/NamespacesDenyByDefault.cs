using Infra.Kubernetes.Core;
using Infra.Kubernetes.Networking;
using Infra.Platform;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every namespace not labelled a platform namespace (<see cref="PlatformNamespace.KindLabel"/>) isolates all its pods in
/// both directions: some NetworkPolicy in it selects every pod (empty pod selector), names the direction in its
/// policy types and allows nothing in that direction. Platform namespaces state their allows per component and are
/// declared by <see cref="PlatformNamespace"/>, which isolates them too; a namespace without the label counts as an
/// application namespace, so forgetting the label cannot exempt one.
/// </summary>
public sealed class NamespacesDenyByDefault : PolicyRule
{
    public override string Id => "K8S-005";

    public override string Title => "Application namespaces deny traffic by default";

    public override string Rationale =>
        "Pods accept and send anything until a policy selects them: one compromised workload then reaches every other workload, the nodes and the cloud's metadata service.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var policies = context.ResourcesOf<NetworkPolicy>().ToList();
        var platform = PlatformNamespace.KindName(NamespaceKind.Platform);
        foreach (var ns in context.ResourcesOf<KubernetesNamespace>())
        {
            if (ns.Metadata?.Labels?.TryGetValue(PlatformNamespace.KindLabel, out var kind) == true && kind.KnownValue == platform)
            {
                continue;
            }

            var inNamespace = policies.Where(policy => In(policy, ns)).ToList();
            var open = new[] { PolicyType.Ingress, PolicyType.Egress }
                .Where(direction => !inNamespace.Any(policy => DeniesAll(policy.Args.Spec, direction)))
                .ToList();
            if (open.Count > 0)
            {
                yield return RuleViolation.Of(
                    ns,
                    "metadata.name",
                    $"no NetworkPolicy in the namespace isolates all its pods for {string.Join(" and ", open.Select(Name))}: declare the namespace with PlatformNamespace, which adds '{NamespaceNetworkPolicies.DefaultDenyName}' (empty pod selector, policy types Ingress and Egress, no rules)");
            }
        }
    }

    private static bool In(NetworkPolicy policy, KubernetesNamespace ns) =>
        policy.Metadata?.Namespace is { } policyNamespace
        && ((ns.Metadata?.Name is { } name && KubernetesObjects.Same(policyNamespace, name)) || KubernetesObjects.Same(policyNamespace, ns.ObjectName));

    private static bool DeniesAll(NetworkPolicySpec spec, PolicyType direction)
    {
        var rules = direction == PolicyType.Ingress ? spec.Ingress?.Count : spec.Egress?.Count;
        return spec.PodSelector.MatchLabels is not { Count: > 0 }
            && spec.PodSelector.MatchExpressions is not { Count: > 0 }
            && spec.PolicyTypes.Contains(direction)
            && (rules ?? 0) == 0;
    }

    private static string Name(PolicyType direction) => direction == PolicyType.Ingress ? "ingress" : "egress";
}
