using Infra.ClusterJoin;
using Infra.ControlPlane.Endpoint;
using Infra.ControlPlane.Kubeadm;
using Infra.Etcd;
using Infra.Model;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Pki;

namespace Infra.ControlPlane.Nodes;

/// <summary>Args of <see cref="ControlPlaneNodes"/>. Optional settings change with <c>with { ... }</c>.</summary>
public sealed record ControlPlaneNodesArgs
{
    /// <summary>The cluster's name: kubeadm's clusterName, the resources' Name tags, the API's DNS name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The planned node count (1-5,000): component flags and the instance size derive from it.</summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>The kubelets' <c>clusterDNS</c> in the cluster-wide base configuration (<c>Infra.Dns.ClusterDns.KubeletAddress</c>); unset leaves kubeadm's.</summary>
    public IReadOnlyList<string>? ClusterDns { get; init; }

    /// <summary>The region, as text: the boot script's AWS CLI calls and the KMS plugin go there.</summary>
    public required string Region { get; init; }

    /// <summary>
    /// One private subnet per zone; one control-plane node runs in each, so losing a zone loses one API server.
    /// The first zone initializes the cluster. Production needs three zones (a policy checks it).
    /// </summary>
    public required IReadOnlyList<ControlPlaneSubnet> Subnets { get; init; }

    /// <summary>The control-plane security group (the network's <c>ControlPlaneSecurityGroupId</c>).</summary>
    public required Expr<string> SecurityGroupId { get; init; }

    /// <summary>The control-plane role (<c>NodeRoles.ControlPlane</c>), which reads the control-plane SSM path.</summary>
    public required NodeRole Role { get; init; }

    /// <summary>The SSM path the role reads (<c>NodeRoles.ControlPlaneParameterPath</c>): the Secrets key's ARN is published there.</summary>
    public required string ParameterPath { get; init; }

    /// <summary>The AMI: Ubuntu 24.04 like the workers, but pinned (a <c>PinnedImage</c>'s id; CP-009 requires it in prod) and rolled with <see cref="RollingZone"/>.</summary>
    public required Expr<string> ImageId { get; init; }

    /// <summary>
    /// The one zone whose node takes a changed image, user data or instance type in this update (a new launch template
    /// version, rolled by the group's instance refresh); the other zones' templates keep theirs. Null: no zone does.
    /// </summary>
    public string? RollingZone { get; init; }

    /// <summary>The PKI: its control-plane path holds every certificate and key the nodes need.</summary>
    public required ClusterPki Pki { get; init; }

    /// <summary>The API load balancers the nodes register with.</summary>
    public required ApiLoadBalancer LoadBalancer { get; init; }

    /// <summary>The cluster's private zone: <c>api.&lt;domain&gt;</c> is declared there as an alias of the internal load balancer.</summary>
    public required ClusterZone Zone { get; init; }

    /// <summary>The main etcd cluster the API servers store everything in.</summary>
    public required EtcdClusterLayout Etcd { get; init; }

    /// <summary>The separate events cluster, if any (wired with <c>--etcd-servers-overrides</c>).</summary>
    public EtcdClusterLayout? EventsEtcd { get; init; }

    /// <summary>
    /// The etcd member instances of both clusters (<c>EtcdCluster.Members[].Instance</c>): the groups are created after
    /// them, and each node's boot then waits until etcd answers before <c>kubeadm init</c>.
    /// </summary>
    public IReadOnlyList<Resource> EtcdMembers { get; init; } = [];

    /// <summary>The SSM parameters of the join token and CA pin a joining control-plane node reads.</summary>
    public required JoinParameters Join { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center).</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }

    /// <summary>The pinned node software; the control plane runs its kubelet's release.</summary>
    public NodeSoftware Software { get; init; } = new();

    /// <summary>
    /// Pods take 10.244.0.0/16 (65,536 addresses, 256 nodes of /24 blocks per /16 for Calico's IPAM to grow
    /// into); it must not overlap the VPC or the service range. Services keep kubeadm's 10.96.0.0/12.
    /// </summary>
    public Networking Networking { get; init; } = new() { PodSubnet = "10.244.0.0/16" };

    /// <summary>The instance type and root volume; derived from <see cref="ExpectedNodes"/> when null (<see cref="ControlPlaneSize.For"/>).</summary>
    public ControlPlaneSize? Size { get; init; }
}

/// <summary>A zone and its private subnet, where one control-plane node runs.</summary>
public sealed record ControlPlaneSubnet(string Zone, Expr<string> SubnetId);
