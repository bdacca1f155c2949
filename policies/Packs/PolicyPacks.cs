using Infra.Policies.Engine;

namespace Infra.Policies.Packs;

/// <summary>
/// The packs the CLI runs. Each provider's rules live in their own pack; <see cref="All"/> composes
/// them, so a rule id collision across packs fails at startup rather than in a report.
/// </summary>
public static class PolicyPacks
{
    /// <summary>Rules over the AWS resources (network, compute, IAM, storage).</summary>
    public static PolicyPack Aws { get; } = new("aws", []);

    /// <summary>Rules over the Kubernetes resources and cluster configuration.</summary>
    public static PolicyPack Kubernetes { get; } = new("kubernetes", []);

    public static PolicyPack All { get; } = PolicyPack.Compose("all", Aws, Kubernetes);
}
