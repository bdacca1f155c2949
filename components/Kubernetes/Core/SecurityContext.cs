using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 SecurityContext</c> of one container.</summary>
public sealed record SecurityContext
{
    public bool? AllowPrivilegeEscalation { get; init; }

    public Capabilities? Capabilities { get; init; }

    public bool? Privileged { get; init; }

    public bool? ReadOnlyRootFilesystem { get; init; }

    public bool? RunAsNonRoot { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public SeccompProfile? SeccompProfile { get; init; }
}

/// <summary><c>core/v1 Capabilities</c>: Linux capabilities added to or dropped from the runtime's default set.</summary>
public sealed record Capabilities
{
    public IReadOnlyList<string>? Add { get; init; }

    public IReadOnlyList<string>? Drop { get; init; }
}

/// <summary><c>core/v1 SeccompProfile</c>.</summary>
public sealed record SeccompProfile
{
    public required SeccompProfileType Type { get; init; }
}

public enum SeccompProfileType
{
    /// <summary>The container runtime's default filter: what the restricted Pod Security Standard asks for.</summary>
    [PulumiName("RuntimeDefault")]
    RuntimeDefault,

    [PulumiName("Localhost")]
    Localhost,

    [PulumiName("Unconfined")]
    Unconfined,
}
