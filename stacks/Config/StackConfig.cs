using Infra.Dns;
using Infra.Network;
using Infra.NodePools;
using Infra.Platform;
using Infra.Policies.Engine;

namespace Infra.Stacks.Config;

/// <summary>
/// The typed configuration of one stack: profile defaults merged with the stack's overrides, validated.
/// Built by <see cref="StackConfigLoader"/>; equal whichever input path produced it.
/// </summary>
public sealed record StackConfig
{
    /// <summary>Stack name without organization or project (<c>prod-platform</c>).</summary>
    public required string StackName { get; init; }

    public required EnvironmentName Environment { get; init; }

    public required StackLayer Layer { get; init; }

    /// <summary>Defaults of <see cref="Environment"/>, for settings that are not configurable (etcd members).</summary>
    public required EnvironmentProfile Profile { get; init; }

    public required string ClusterName { get; init; }

    public required string Owner { get; init; }

    public required string CostCenter { get; init; }

    /// <summary>From <c>aws:region</c>.</summary>
    public required string Region { get; init; }

    /// <summary>Zone names in configured order; subnets and control-plane nodes follow this order.</summary>
    public required EquatableList<string> AvailabilityZones { get; init; }

    public required Ipv4Cidr VpcCidr { get; init; }

    /// <summary>Set in adopt mode; null when the stack creates its VPC.</summary>
    public ExistingVpcConfig? ExistingVpc { get; init; }

    public required NatMode NatMode { get; init; }

    /// <summary>Pools in name order.</summary>
    public required EquatableList<NodePoolConfig> NodePools { get; init; }

    /// <summary>
    /// <c>infra:expectedNodes</c>, else the profile's. A platform stack takes its cluster stack's
    /// (<see cref="ClusterStackFile.Attach"/>): both stacks derive settings from it.
    /// </summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>Whether the stack's file sets <c>infra:expectedNodes</c> itself, rather than taking the profile's.</summary>
    public bool ExpectedNodesStated { get; init; }

    public string? AssumeRoleArn { get; init; }

    /// <summary>Configured stack reference; null means <c>&lt;organization&gt;/infra/&lt;environment&gt;</c>, built at deploy time.</summary>
    public string? ClusterStack { get; init; }

    public required Ipv4Cidr PodCidr { get; init; }

    public required Ipv4Cidr ServiceCidr { get; init; }

    public required EquatableList<Ipv4Cidr> ApiAllowedCidrs { get; init; }

    /// <summary>
    /// Rule-level enforcement from <c>infra:policy</c>. Rules not named keep their level for the
    /// environment (mandatory rules bind in prod); the policy engine refuses a prod override that
    /// lowers a mandatory rule (a waiver is the way).
    /// </summary>
    public required EquatableDictionary<Enforcement> Policy { get; init; }

    /// <summary>Pinned images of stateful machines by architecture (<c>infra:images</c>); empty: the moving Ubuntu parameter.</summary>
    public EquatableDictionary<PinnedImage> Images { get; init; } = new([]);

    /// <summary>The one etcd member or control-plane node (<c>control-plane-&lt;zone&gt;</c>) that takes new image and user data; null: none.</summary>
    public string? Rollout { get; init; }

    /// <summary><c>infra:nodeLocalDns</c>; null: the size rule decides (<see cref="Dns"/>).</summary>
    public bool? NodeLocalDns { get; init; }

    /// <summary><c>infra:dnsUpstreams</c>: where the cluster's DNS forwards names that are not the cluster's.</summary>
    public DnsUpstreams DnsUpstreams { get; init; } = new();

    /// <summary><c>infra:tenants</c>: each tenant namespace's budget, in name order; empty (the default): no tenants.</summary>
    public EquatableDictionary<TenantTier> Tenants { get; init; } = new([]);

    /// <summary>The cluster's DNS plan: CoreDNS's Service address, and NodeLocal DNSCache by size or <see cref="NodeLocalDns"/>.</summary>
    public ClusterDns Dns => ClusterDns.For(ServiceCidr, ExpectedNodes, NodeLocalDns);

    /// <summary>Keys set as secrets (any namespace), sorted; their values are never read, the program declares
    /// them in its <c>config:</c> section and references them.</summary>
    public required EquatableList<string> SecretsSet { get; init; }

    /// <summary>Keys of other namespaces (<c>aws:</c>, <c>kubernetes:</c>, ...) left to their providers, sorted.</summary>
    public required EquatableList<string> PassThroughKeys { get; init; }

    /// <summary>
    /// For a platform stack: its cluster stack's config, read by the compile from the project folder
    /// (<see cref="ClusterStackFile"/>), so both stacks agree on networks, pools and images; null for a cluster stack.
    /// </summary>
    public StackConfig? Cluster { get; init; }

    /// <summary>True when the platform layer uses <c>infra:kubeconfig</c> instead of the cluster stack's output.</summary>
    public bool UsesOwnKubeconfig => SecretsSet.Contains(ConfigSchema.Kubeconfig.FullName);
}
