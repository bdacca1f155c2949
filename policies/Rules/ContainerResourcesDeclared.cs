using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>Every container of every Deployment outside the batch tier requests and limits both cpu and memory (batch pods may be BestEffort, K8S-010).</summary>
public sealed class ContainerResourcesDeclared : PolicyRule
{
    private static readonly string[] ResourceNames = ["cpu", "memory"];

    public override string Id => "K8S-001";

    public override string Title => "Containers declare cpu and memory requests and limits";

    public override string Rationale =>
        "Without requests the scheduler packs nodes blind and the autoscalers have nothing to scale on; without limits one container can starve or OOM its neighbours.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var deployment in context.ResourcesOf<Deployment>().Where(d => !DeploymentReadings.IsBatch(d)))
        {
            var containers = deployment.Args.Spec.Template.Spec?.Containers ?? [];
            for (var i = 0; i < containers.Count; i++)
            {
                var missing = Missing("requests", containers[i].Resources?.Requests).Concat(Missing("limits", containers[i].Resources?.Limits)).ToList();
                if (missing.Count > 0)
                {
                    yield return RuleViolation.Of(
                        deployment,
                        $"spec.template.spec.containers[{i}].resources",
                        $"container '{containers[i].Name}' lacks {string.Join(", ", missing)}: set Resources.Requests and Resources.Limits for cpu and memory");
                }
            }
        }
    }

    private static IEnumerable<string> Missing(string kind, IReadOnlyDictionary<string, Expr<string>>? amounts) =>
        ResourceNames.Where(name => amounts?.ContainsKey(name) != true).Select(name => $"{kind}.{name}");
}
