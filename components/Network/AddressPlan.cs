using System.Globalization;

namespace Infra.Network;

/// <summary>
/// The addresses a cluster needs at its largest, checked once against the networks it has; networking and node-pool
/// work ask this plan instead of repeating the arithmetic. At its largest means every pool at its maximum, spread
/// evenly over the zones (an Auto Scaling group balances its zones), each zone rounded up.
/// <list type="bullet">
/// <item>Each private subnet holds its zone's workers, its control-plane node, its share of every etcd cluster's
/// members (spread round-robin, rounded up), an address of the internal API load balancer, one per interface
/// endpoint, and the <see cref="AwsReservedPerSubnet"/> addresses AWS keeps.</item>
/// <item>Each public subnet holds a load balancer, which AWS places only in a subnet of at least
/// <see cref="LoadBalancerSubnetMinSize"/> addresses.</item>
/// <item>The pod network holds one <see cref="PodBlockPrefix"/> block per node, workers and control plane, sized by
/// <see cref="PodAddressBlock"/> from the largest maxPods of any pool (Calico's IP pool uses the same size).</item>
/// </list>
/// </summary>
public sealed record AddressPlan
{
    /// <summary>AWS keeps the first four addresses and the last of every subnet (network, router, DNS, future, broadcast).</summary>
    public const int AwsReservedPerSubnet = 5;

    /// <summary>A load balancer's subnet must be at least a /27 (32 addresses): AWS refuses smaller ones.</summary>
    public const int LoadBalancerSubnetMinSize = 32;

    /// <summary>The internal API load balancer takes one address in each zone's private subnet.</summary>
    private const int InternalLoadBalancerAddresses = 1;

    /// <summary>The zones, in subnet order.</summary>
    public required IReadOnlyList<string> Zones { get; init; }

    /// <summary>Each zone's private subnet, in zone order.</summary>
    public required IReadOnlyList<Ipv4Cidr> PrivateSubnets { get; init; }

    /// <summary>Each zone's public subnet, in zone order; empty when unknown (adopted) or absent.</summary>
    public IReadOnlyList<Ipv4Cidr> PublicSubnets { get; init; } = [];

    /// <summary>The sum of every worker pool's maximum size.</summary>
    public required int MaxWorkerNodes { get; init; }

    /// <summary>Members of each etcd cluster (main, and events when there is one).</summary>
    public required IReadOnlyList<int> EtcdClusterSizes { get; init; }

    /// <summary>Interface endpoints the stack creates, each with one address per private subnet.</summary>
    public int InterfaceEndpoints { get; init; } = VpcEndpoints.InterfaceServices.Count;

    public required Ipv4Cidr PodNetwork { get; init; }

    /// <summary>The largest maxPods of any pool, control plane included: it sizes every node's pod block.</summary>
    public required int LargestMaxPods { get; init; }

    /// <summary>Each node's pod block (<see cref="PodAddressBlock.PrefixFor"/>).</summary>
    public int PodBlockPrefix => PodAddressBlock.PrefixFor(LargestMaxPods);

    public int ControlPlaneNodes => ControlPlaneNodesPerZone * Zones.Count;

    /// <summary>Nodes of every zone at the pools' maxima, each needing a pod block.</summary>
    public int MaxNodes => MaxWorkerNodes + ControlPlaneNodes;

    public long PodBlocks => PodNetwork.Size >> (32 - PodBlockPrefix);

    private static int ControlPlaneNodesPerZone => Infra.ControlPlane.Nodes.ControlPlaneNodes.NodesPerZone;

    /// <summary>Every network too small for the cluster at its largest, with the arithmetic.</summary>
    public IReadOnlyList<AddressShortfall> Shortfalls()
    {
        var shortfalls = new List<AddressShortfall>();
        var needed = PrivateSubnetNeed();
        for (var i = 0; i < PrivateSubnets.Count; i++)
        {
            if (PrivateSubnets[i].Size < needed.Total)
            {
                shortfalls.Add(new AddressShortfall(AddressNetwork.PrivateSubnet, i, $"zone {Zones[i]}'s private subnet {PrivateSubnets[i]} has {Count(PrivateSubnets[i].Size)} addresses but needs {Count(needed.Total)} at the pools' maxima: {needed.Arithmetic}"));
            }
        }

        for (var i = 0; i < PublicSubnets.Count; i++)
        {
            if (PublicSubnets[i].Size < LoadBalancerSubnetMinSize)
            {
                shortfalls.Add(new AddressShortfall(AddressNetwork.PublicSubnet, i, $"zone {Zones[i]}'s public subnet {PublicSubnets[i]} has {Count(PublicSubnets[i].Size)} addresses but a load balancer needs a subnet of at least {LoadBalancerSubnetMinSize} (/27)"));
            }
        }

        if (PodBlocks < MaxNodes)
        {
            shortfalls.Add(new AddressShortfall(AddressNetwork.PodNetwork, -1, $"holds {Count(PodBlocks)} node blocks (/{PodBlockPrefix}: {LargestMaxPods} pods per node) but the pools' maxima need {Count(MaxNodes)}: {Count(MaxWorkerNodes)} workers + {ControlPlaneNodes} control-plane nodes"));
        }

        return shortfalls;
    }

    private (long Total, string Arithmetic) PrivateSubnetNeed()
    {
        var zones = Zones.Count;
        var workers = Ceiling(MaxWorkerNodes, zones);
        var etcd = EtcdClusterSizes.Sum(members => Ceiling(members, zones));
        var total = (long)workers + ControlPlaneNodesPerZone + etcd + InternalLoadBalancerAddresses + InterfaceEndpoints + AwsReservedPerSubnet;
        return (total, $"{Count(workers)} workers ({Count(MaxWorkerNodes)} over {zones} zones, rounded up) + {ControlPlaneNodesPerZone} control-plane node + {etcd} etcd members + {InternalLoadBalancerAddresses} API load balancer + {InterfaceEndpoints} interface endpoints + {AwsReservedPerSubnet} reserved by AWS");
    }

    private static int Ceiling(int count, int zones) => (count + zones - 1) / zones;

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
