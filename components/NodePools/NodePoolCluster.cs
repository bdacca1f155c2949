using Infra.Aws;
using Infra.ClusterJoin;
using Infra.Model;

namespace Infra.NodePools;

/// <summary>What every pool of one cluster shares: its name and size, where nodes run and what they run as.</summary>
public sealed record NodePoolCluster
{
    /// <summary>The cluster's name, as the Cluster Autoscaler and the cloud controller know it (tags, node-group discovery).</summary>
    public required string Name { get; init; }

    /// <summary>The number of nodes the cluster is planned for (1-5,000): kubelet settings and pool maximums derive from it.</summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>Private subnets, one per availability zone; nodes never get public addresses.</summary>
    public required IReadOnlyList<Expr<string>> PrivateSubnetIds { get; init; }

    public required Expr<string> NodeSecurityGroupId { get; init; }

    /// <summary>The worker instance profile's name (<c>NodeRoles.Worker.InstanceProfileName</c>).</summary>
    public required Expr<string> InstanceProfileName { get; init; }

    /// <summary>The amd64 node image, e.g. <c>Fn.Invoke&lt;string&gt;("aws:ssm/getParameter:getParameter", ..., "value")</c> of an image parameter.</summary>
    public required Expr<string> ImageId { get; init; }

    /// <summary>The arm64 node image for Graviton pools (<see cref="NodeImage.Ubuntu2404ParameterFor"/>); unset when no pool is arm64.</summary>
    public Expr<string>? Arm64ImageId { get; init; }

    /// <summary>
    /// How nodes join: the API endpoint, the region and the SSM parameters the control plane publishes the
    /// bootstrap token and CA pin to (see <see cref="WorkerJoin"/>). Required: a node that cannot join is only a cost.
    /// </summary>
    public required WorkerJoin Join { get; init; }

    /// <summary>
    /// What the pools' groups are created after: the control-plane groups, whose creation waits until the API answers
    /// through the load balancer, so a first worker boots against a ready API instead of spending its wait on it.
    /// </summary>
    public IReadOnlyList<Resource> ControlPlane { get; init; } = [];

    /// <summary>The required tags: <see cref="RequiredTags.Keys"/>, on every resource and on what instances create.</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }
}
