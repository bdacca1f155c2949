using Infra.Policies.Engine;
using Infra.Policies.Rules;

namespace Infra.Policies.Packs;

/// <summary>
/// The packs the CLI runs. Each provider's rules live in their own pack; <see cref="All"/> composes
/// them, so a rule id collision across packs fails at startup rather than in a report.
/// </summary>
public static class PolicyPacks
{
    /// <summary>Rules over the AWS resources (network, compute, IAM, storage).</summary>
    public static PolicyPack Aws { get; } = new("aws",
    [
        new ImdsV2Required(),
        new EbsVolumesEncrypted(),
        new NoOpenIngress(),
        new NoSshAccess(),
        new ThreeAvailabilityZones(),
        new NatGatewayPerZone(),
        new RequiredTagsPresent(),
        new AllowedInstanceFamilies(),
        new AutoScalingCapacityConsistent(),
        new VpcResolvesHostnames(),
        new BucketsEncryptedAndVersioned(),
        new ApiEndpointNotOpen(),
    ]);

    /// <summary>Rules over the Kubernetes resources and cluster configuration.</summary>
    public static PolicyPack Kubernetes { get; } = new("kubernetes",
    [
        new ContainerResourcesDeclared(),
        new DisruptionBudgetRequired(),
        new PodSecurityEnforced(),
        new ScaleDownStabilized(),
        new CoreDnsHighlyAvailable(),
        new NamespacesDenyByDefault(),
        new BestEffortOnlyInBatch(),
        new ProductionWorkloadsReplicated(),
        new AutoscalerInputsServed(),
    ]);

    /// <summary>Rules over the cluster's capacity: the pools' facts (<see cref="StackFacts.Pools"/>) against the workloads and the scalability envelope.</summary>
    public static PolicyPack Capacity { get; } = new("capacity",
    [
        new PoolCapacityFits(),
        new ScalabilityEnvelope(),
        new GpuRequestsOnGpuPools(),
        new KubeletEvictionThresholds(),
        new TenantQuotasFitPools(),
    ]);

    /// <summary>Rules over the HA control plane: etcd clusters and the API servers' groups, read from their model annotations.</summary>
    public static PolicyPack ControlPlane { get; } = new("control-plane",
    [
        new EtcdMemberCount(),
        new EtcdMembersSpreadOverZones(),
        new EtcdDataOnSsd(),
        new EtcdTrafficEncrypted(),
        new EtcdBackupsScheduled(),
        new ControlPlaneHighlyAvailable(),
        new ApiServerAuditEnabled(),
        new SecretsEncryptedWithKms(),
        new StatefulImagesPinned(),
        new CisDeviationsDocumented(),
    ]);

    /// <summary>Rules over the connections components declare and the security group rules generated from them; mandatory everywhere.</summary>
    public static PolicyPack Network { get; } = new("network",
    [
        new ConnectionsReachable(),
        new NoUnneededRules(),
        new EbpfKernelSupported(),
    ]);

    public static PolicyPack All { get; } = PolicyPack.Compose("all", Aws, Kubernetes, ControlPlane, Network, Capacity);
}
