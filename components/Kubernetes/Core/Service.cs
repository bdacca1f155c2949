using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:Service</c>.</summary>
public sealed record ServiceArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public ServiceSpec? Spec { get; init; }
}

/// <summary><c>core/v1 ServiceSpec</c>: which pods the service fronts and on which ports.</summary>
public sealed record ServiceSpec
{
    /// <summary>Unset means ClusterIP, the API server's default.</summary>
    public ServiceType? Type { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Selector { get; init; }

    public IReadOnlyList<ServicePort>? Ports { get; init; }
}

/// <summary><c>core/v1 ServicePort</c>: the service's port and the pods' port it forwards to.</summary>
public sealed record ServicePort
{
    public string? Name { get; init; }

    public required int Port { get; init; }

    /// <summary>The container port number or name; unset means the same as <see cref="Port"/>.</summary>
    public IntOrString? TargetPort { get; init; }

    public string? Protocol { get; init; }
}

/// <summary>How a service is exposed.</summary>
public enum ServiceType
{
    [PulumiName("ClusterIP")]
    ClusterIP,

    [PulumiName("NodePort")]
    NodePort,

    [PulumiName("LoadBalancer")]
    LoadBalancer,
}

/// <summary>A service.</summary>
public sealed class Service(Scope scope, string id, ServiceArgs args, ResourceOptions? options = null)
    : KubernetesResource<ServiceArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:Service");
}
