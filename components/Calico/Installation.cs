namespace Infra.Calico;

/// <summary>
/// The <c>default</c> operator.tigera.io/v1 Installation's spec we set (CRD at v3.32.1,
/// charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml): the tigera-operator chart renders
/// it from its <c>installation</c> value, so every field keeps the operator's default unless written here.
/// </summary>
public sealed record Installation
{
    public required CniSpec Cni { get; init; }

    public required CalicoNetworkSpec CalicoNetwork { get; init; }
}

/// <summary>Calico is the CNI plugin and its own IPAM: addresses come from the pools' per-node blocks.</summary>
public sealed record CniSpec
{
    public string Type { get; init; } = "Calico";

    public IpamSpec Ipam { get; init; } = new();
}

/// <summary>The IPAM plugin.</summary>
public sealed record IpamSpec
{
    public string Type { get; init; } = "Calico";
}

/// <summary>The pod network.</summary>
public sealed record CalicoNetworkSpec
{
    /// <summary>
    /// BPF: Felix's eBPF dataplane, which also serves Services in place of kube-proxy (seed 001). It needs a kernel of
    /// 5.10 or newer (the pinned image records its kernel, <c>PinnedImage.KernelVersion</c>) and no kube-proxy (kubeadm skips
    /// <c>addon/kube-proxy</c>).
    /// </summary>
    public string LinuxDataplane { get; init; } = "BPF";

    /// <summary>
    /// Disabled: routes travel through the Kubernetes datastore (via Typha) and VXLAN, so no node speaks BGP; a BGP full
    /// mesh is n(n-1)/2 sessions, 12.5 million at 5,000 nodes.
    /// </summary>
    public string Bgp { get; init; } = "Disabled";

    public required IReadOnlyList<IpPoolSpec> IpPools { get; init; }
}

/// <summary>One IP pool.</summary>
public sealed record IpPoolSpec
{
    /// <summary>The encapsulation for every topology we build (see <see cref="Encapsulation"/>).</summary>
    public const string Vxlan = "VXLAN";

    public string Name { get; init; } = "default-ipv4-ippool";

    /// <summary>The stack's pod network (<c>infra:podCidr</c>), kubeadm's <c>podSubnet</c>.</summary>
    public required string Cidr { get; init; }

    /// <summary>Each node's block (<see cref="Network.PodAddressBlock.PrefixFor"/>), as the address plan counts them.</summary>
    public required int BlockSize { get; init; }

    /// <summary>
    /// VXLAN, whatever the topology. The rule: pod packets between nodes in different subnets (zones) must be
    /// encapsulated, since the VPC's route tables know no pod addresses; between nodes of one subnet they could travel
    /// bare (VXLANCrossSubnet) only if every node's interface had AWS's source/destination check turned off, which needs
    /// <c>ec2:ModifyNetworkInterfaceAttribute</c> on the node role, the same action that swaps an interface's security
    /// groups. Our clusters span three zones, so at most a third of pod traffic would skip the 50-byte header: not worth
    /// letting a node leave its security group. VXLAN is UDP 4789 between cluster members (<c>PodNetwork</c> connections).
    /// </summary>
    public string Encapsulation { get; init; } = Vxlan;

    /// <summary>Enabled: pods reach addresses outside the pool (the VPC, the internet) from their node's address.</summary>
    public string NatOutgoing { get; init; } = "Enabled";

    public string NodeSelector { get; init; } = "all()";
}
