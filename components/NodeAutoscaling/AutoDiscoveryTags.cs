namespace Infra.NodeAutoscaling;

/// <summary>
/// The Auto Scaling group tags the Cluster Autoscaler discovers a cluster's groups by (its AWS provider's README, "Auto-Discovery
/// Setup": every listed key must be on the group, values are ignored). The node pools set both; the cluster key, with the value
/// <see cref="Owned"/>, is also what the autoscaler's IAM grant requires of a group before it may resize it or terminate in it.
/// </summary>
public static class AutoDiscoveryTags
{
    /// <summary>The prefix of every tag the autoscaler reads, node-template tags included.</summary>
    public const string Prefix = "k8s.io/cluster-autoscaler";

    /// <summary>Marks a group as one the autoscaler may scale.</summary>
    public const string EnabledKey = Prefix + "/enabled";

    /// <summary>The value of <see cref="ClusterKey"/> on the cluster's own groups.</summary>
    public const string Owned = "owned";

    /// <summary>Names the cluster a group belongs to: the autoscaler of another cluster in the account never discovers it.</summary>
    public static string ClusterKey(string clusterName) => $"{Prefix}/{clusterName}";
}
