using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.NodePools;

/// <summary>
/// What a node's launch template tags at launch: the instance, its volumes and its network interfaces, each with
/// the required tags, a Name and <c>kubernetes.io/cluster/&lt;cluster&gt;=owned</c>, the tag the AWS cloud
/// controller and the EBS CSI driver recognise the cluster's instances by.
/// </summary>
public static class LaunchTags
{
    private static readonly string[] TaggedAtLaunch = ["instance", "volume", "network-interface"];

    public static IReadOnlyList<LaunchTemplateTagSpecification> Specifications(IReadOnlyDictionary<string, Expr<string>> tags, string name, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var launchTags = new SortedDictionary<string, Expr<string>>(tags.ToDictionary(), StringComparer.Ordinal)
        {
            ["Name"] = name,
            [$"kubernetes.io/cluster/{clusterName}"] = "owned",
        };
        return TaggedAtLaunch.Select(type => new LaunchTemplateTagSpecification { ResourceType = type, Tags = launchTags }).ToArray();
    }
}
