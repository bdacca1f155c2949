using Infra.Kubernetes.Core;
using Infra.Platform;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every namespace carries a Pod Security Admission <c>enforce</c> label; a privileged one also
/// carries the reason annotation <see cref="PlatformNamespace"/> writes.
/// </summary>
public sealed class PodSecurityEnforced : PolicyRule
{
    private const string EnforceLabel = PlatformNamespace.PodSecurityLabelPrefix + "enforce";

    public override string Id => "K8S-003";

    public override string Title => "Namespaces enforce a Pod Security level; privileged ones say why";

    public override string Rationale =>
        "A namespace without an enforce label admits privileged pods, host mounts and host networking: a container escape away from the node and its credentials.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var ns in context.ResourcesOf<KubernetesNamespace>())
        {
            var labels = ns.Metadata?.Labels;
            if (labels is null || !labels.TryGetValue(EnforceLabel, out var level))
            {
                yield return RuleViolation.Of(
                    ns,
                    $"metadata.labels[\"{EnforceLabel}\"]",
                    "the namespace admits any pod: declare it with PlatformNamespace, which sets the enforce label (restricted unless a reason is given)");
            }
            else if (level.KnownValue == "privileged" && ns.Metadata?.Annotations?.ContainsKey(PlatformNamespace.ReasonAnnotation) != true)
            {
                yield return RuleViolation.Of(
                    ns,
                    $"metadata.annotations[\"{PlatformNamespace.ReasonAnnotation}\"]",
                    "the namespace is privileged without a stated reason: declare it with PlatformNamespace and set Reason, or lower its level to baseline or restricted");
            }
        }
    }
}
