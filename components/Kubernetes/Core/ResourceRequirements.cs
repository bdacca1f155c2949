using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary>
/// <c>core/v1 ResourceRequirements</c>: requests (what the scheduler reserves) and limits (what the
/// kubelet enforces). The same map may serve as both: equal requests and limits for every resource
/// of every container is what gives a pod the Guaranteed QoS class.
/// </summary>
public sealed record ResourceRequirements
{
    public IReadOnlyDictionary<string, Expr<string>>? Limits { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Requests { get; init; }
}
