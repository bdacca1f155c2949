namespace Infra.Model;

/// <summary>Pulumi resource options, emitted under <c>options:</c>. Defaults mean "not set".</summary>
public sealed record ResourceOptions
{
    public static readonly ResourceOptions None = new();

    /// <summary>Explicit ordering where no property reference implies it.</summary>
    public IReadOnlyList<Resource> DependsOn { get; init; } = [];

    public Resource? Parent { get; init; }

    /// <summary>Refuse deletion: for state that cannot be recreated (etcd backups, KMS keys).</summary>
    public bool Protect { get; init; }

    /// <summary>Properties changed outside Pulumi on purpose (e.g. an ASG's desired capacity, owned by the Cluster Autoscaler).</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    public bool DeleteBeforeReplace { get; init; }

    /// <summary>The provider resource; set from the scope when left empty.</summary>
    public Resource? Provider { get; init; }

    /// <summary>The plugin version; set on provider resources only, from <see cref="ProviderVersions"/>.</summary>
    public string? Version { get; init; }

    /// <summary>Outputs Pulumi must keep secret although the provider does not mark them.</summary>
    public IReadOnlyList<string> AdditionalSecretOutputs { get; init; } = [];
}
