using Infra.Model;

namespace Infra.Kubernetes.Meta;

/// <summary>
/// <c>meta/v1 ObjectMeta</c>: the part of metadata we set. Immutable, so one instance may be shared
/// by several objects (a workload's Deployment and Service carry the same one).
/// </summary>
public sealed record ObjectMeta
{
    /// <summary>The object's name; unset lets Pulumi auto-name it with a random suffix.</summary>
    public Expr<string>? Name { get; init; }

    public Expr<string>? Namespace { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Labels { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Annotations { get; init; }
}
