using Infra.Kubernetes;
using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Meta;
using Infra.Model;
using Infra.NodePools;
using Infra.Platform;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// What the workload and capacity rules read off the program's Deployments: the replica range (the HPA scaling one, else
/// its own count, else 1), its tier, its pool and what its pods request. HPAs are indexed once, so rules stay linear
/// in the number of workloads.
/// </summary>
internal sealed class DeploymentReadings
{
    /// <summary>The extended resource NVIDIA's device plugin advertises; a container asks for GPUs in its limits.</summary>
    public const string GpuResource = "nvidia.com/gpu";

    private readonly Dictionary<(object Namespace, object Name), HorizontalPodAutoscaler> autoscalers;

    public DeploymentReadings(PolicyContext context)
    {
        autoscalers = context.ResourcesOf<HorizontalPodAutoscaler>()
            .Where(hpa => hpa.Args.Spec.ScaleTargetRef.Kind == Deployment.ObjectType.Kind)
            .GroupBy(hpa => (Namespace(hpa.Metadata), hpa.Args.Spec.ScaleTargetRef.Name.Node))
            .ToDictionary(group => group.Key, group => group.First());
        Deployments = context.ResourcesOf<Deployment>().ToList();
    }

    public IReadOnlyList<Deployment> Deployments { get; }

    /// <summary>The replicas the Deployment runs at least: the HPA's floor, else its count, else Kubernetes' default 1.</summary>
    public int MinReplicas(Deployment deployment) =>
        Autoscaler(deployment) is { } hpa ? hpa.Args.Spec.MinReplicas ?? 1 : deployment.Args.Spec.Replicas ?? 1;

    /// <summary>The replicas the Deployment may reach: the HPA's ceiling, else its count, else 1.</summary>
    public int MaxReplicas(Deployment deployment) =>
        Autoscaler(deployment)?.Args.Spec.MaxReplicas ?? deployment.Args.Spec.Replicas ?? 1;

    /// <summary>Whether the pods are of the batch tier (<see cref="Workload.TierLabel"/> = batch), the only one allowed BestEffort and a single replica.</summary>
    public static bool IsBatch(Deployment deployment) =>
        deployment.Args.Spec.Template.Metadata?.Labels?.TryGetValue(Workload.TierLabel, out var tier) == true && tier.KnownValue == ServiceTier.Batch.Name;

    /// <summary>Whether no container requests or limits anything: the BestEffort QoS class.</summary>
    public static bool IsBestEffort(Deployment deployment) =>
        Containers(deployment).All(container => container.Resources?.Requests is not { Count: > 0 } && container.Resources?.Limits is not { Count: > 0 });

    /// <summary>The pool the pods are pinned to by the <see cref="NodePoolArgs.PoolLabel"/> node selector; null when they name none.</summary>
    public static string? Pool(Deployment deployment) =>
        deployment.Args.Spec.Template.Spec?.NodeSelector?.TryGetValue(NodePoolArgs.PoolLabel, out var pool) == true ? pool.KnownValue : null;

    /// <summary>
    /// What one pod requests of <paramref name="resource"/> in base units (cores, bytes, devices), summed over its
    /// containers: the request, else the limit (Kubernetes takes a limit without a request as the request, and
    /// extended resources such as GPUs are given as limits). Values known only at deployment count as 0.
    /// </summary>
    public static decimal PodRequest(Deployment deployment, string resource) =>
        Containers(deployment).Sum(container =>
            (container.Resources?.Requests?.GetValueOrDefault(resource) ?? container.Resources?.Limits?.GetValueOrDefault(resource)) is { KnownValue: { } text }
            && Quantity.TryParse(text, out var value) ? value : 0m);

    /// <summary>The Deployment's name for findings.</summary>
    public static string NameOf(Deployment deployment) =>
        $"{KubernetesObjects.NamespaceOf(deployment.Metadata)}/{deployment.Metadata?.Name?.KnownValue ?? ((Resource)deployment).Name}";

    private static IReadOnlyList<Kubernetes.Core.Container> Containers(Deployment deployment) =>
        deployment.Args.Spec.Template.Spec?.Containers ?? [];

    private static object Namespace(ObjectMeta? metadata) => metadata?.Namespace?.Node ?? KubernetesObjects.DefaultNamespace;

    private HorizontalPodAutoscaler? Autoscaler(Deployment deployment) =>
        deployment.Metadata?.Name is { } name && autoscalers.TryGetValue((Namespace(deployment.Metadata), name.Node), out var hpa) ? hpa : null;
}
