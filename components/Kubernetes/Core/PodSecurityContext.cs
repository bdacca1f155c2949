namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 PodSecurityContext</c>: settings for every container of the pod.</summary>
public sealed record PodSecurityContext
{
    public bool? RunAsNonRoot { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public long? FsGroup { get; init; }

    public SeccompProfile? SeccompProfile { get; init; }
}
