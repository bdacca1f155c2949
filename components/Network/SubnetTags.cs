namespace Infra.Network;

/// <summary>
/// The tags Kubernetes' AWS integrations read on subnets: the cloud controller manager and the load
/// balancer controller place internet-facing load balancers in subnets tagged <c>kubernetes.io/role/elb</c>
/// and internal ones in <c>kubernetes.io/role/internal-elb</c>, among the subnets tagged for the cluster.
/// </summary>
internal static class SubnetTags
{
    public const string PublicRoleKey = "kubernetes.io/role/elb";
    public const string PrivateRoleKey = "kubernetes.io/role/internal-elb";

    /// <summary>The cluster owns the subnet: it is deleted with the cluster.</summary>
    public const string Owned = "owned";

    /// <summary>The subnet belongs to someone else and may serve other clusters (an adopted VPC).</summary>
    public const string Shared = "shared";

    public static IEnumerable<KeyValuePair<string, string>> Public(NetworkTags tags) =>
        [new(PublicRoleKey, "1"), new(tags.ClusterTagKey, Owned)];

    public static IEnumerable<KeyValuePair<string, string>> Private(NetworkTags tags) =>
        [new(PrivateRoleKey, "1"), new(tags.ClusterTagKey, Owned)];
}
