using Infra.Kubelet;
using Infra.NodePools;

namespace Infra.Dns;

/// <summary>
/// CoreDNS's size, derived from the cluster's: replicas from nodes, memory from the objects every replica holds, pod
/// records from the seed's scale. Each rule below names its source; at 100, 1,000 and 5,000 nodes (NodeLocal DNSCache
/// off, on, on) they give 7, 16 and 79 replicas, 192, 1,216 and 704 MiB.
/// </summary>
public sealed record CoreDnsSettings
{
    /// <summary>Always two at least, in two zones: one replica is an outage at every node drain (policy DNS-001).</summary>
    public const int MinReplicas = 2;

    /// <summary>
    /// The cluster-proportional-autoscaler's linear default (nodesPerReplica 16; coredns/helm values.yaml
    /// <c>autoscaler.nodesPerReplica</c>), upstream's guidance when every pod query reaches CoreDNS.
    /// </summary>
    public const int NodesPerReplica = 16;

    /// <summary>
    /// With NodeLocal DNSCache, CoreDNS sees each node's cache misses only (answers held up to 30 s, 5 s for
    /// negative ones, seed 001's limits): a factor 4 fewer replicas. An estimate, not a measurement: compare
    /// <c>coredns_dns_requests_total</c> per replica with the 100-node figure and adjust.
    /// </summary>
    public const int NodesPerReplicaWithNodeLocalDns = 64;

    /// <summary>
    /// At most 100: every replica lists and watches every Service and EndpointSlice, so each change fans out to every
    /// replica; upstream's linear rule would run 313 at 5,000 nodes. Past the cap, give replicas more CPU instead.
    /// </summary>
    public const int MaxReplicas = 100;

    /// <summary>
    /// Seed 001 answers pod names only for pods that exist (<c>pods verified</c>) at its 1,000-node scale; past it every
    /// replica would hold every pod (550,000 at 5,000 nodes) for names workloads rarely use, so pod records go.
    /// </summary>
    public const int VerifiedPodsMaxNodes = 1_000;

    /// <summary>One Service per 10 pods: an assumption (replicated workloads); memory follows it linearly.</summary>
    public const int PodsPerService = 10;

    /// <summary>
    /// coredns/deployment kubernetes/Scaling_CoreDNS.md: MB = (pods + services) / 1000 + 54 with default settings, and
    /// (pods + services) / 250 + 56 when CoreDNS stores pods (as <c>pods verified</c> does, like autopath); both include
    /// the full 9,984-entry cache (30 MB).
    /// </summary>
    public const int ObjectsPerMebibyte = 1000;

    public const int ObjectsPerMebibyteWithPods = 250;

    public const int BaseMebibytes = 54;

    public const int BaseMebibytesWithPods = 56;

    /// <summary>The chart's default request and limit (128Mi): never less.</summary>
    public const int MinMebibytes = 128;

    /// <summary>Memory is rounded up to this step so a small change of the cluster size does not roll CoreDNS.</summary>
    public const int MebibyteStep = 64;

    /// <summary>The chart's default CPU request; no CPU limit, since throttling shows up as DNS latency in every pod.</summary>
    public const string CpuRequest = "100m";

    public required int Replicas { get; init; }

    public required PodRecords PodRecords { get; init; }

    /// <summary>Request and limit alike: a replica over it is restarted rather than pressing its node.</summary>
    public required int MemoryMebibytes { get; init; }

    /// <summary>The settings for <paramref name="expectedNodes"/> nodes, with or without NodeLocal DNSCache in front.</summary>
    public static CoreDnsSettings For(int expectedNodes, bool nodeLocalDns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        var perReplica = nodeLocalDns ? NodesPerReplicaWithNodeLocalDns : NodesPerReplica;
        var pods = (long)expectedNodes * KubeletSettings.For(expectedNodes, RootVolume.BaselineThroughput).MaxPods;
        var objects = pods + pods / PodsPerService;
        var podRecords = expectedNodes <= VerifiedPodsMaxNodes ? PodRecords.Verified : PodRecords.Disabled;
        var mebibytes = podRecords == PodRecords.Verified
            ? objects / ObjectsPerMebibyteWithPods + BaseMebibytesWithPods
            : objects / ObjectsPerMebibyte + BaseMebibytes;
        return new CoreDnsSettings
        {
            Replicas = Math.Clamp((expectedNodes + perReplica - 1) / perReplica, MinReplicas, MaxReplicas),
            PodRecords = podRecords,
            MemoryMebibytes = (int)Math.Max(MinMebibytes, (mebibytes + MebibyteStep - 1) / MebibyteStep * MebibyteStep),
        };
    }
}
