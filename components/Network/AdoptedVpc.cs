using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.Network;

/// <summary>
/// An existing VPC: nothing of it is created or changed, except that its subnets get the
/// <c>kubernetes.io/cluster/&lt;name&gt;=shared</c> tag (one <c>aws:ec2/tag</c> each), so the cloud provider
/// may use them and knows they outlive the cluster. Their role tags (<c>kubernetes.io/role/elb</c>,
/// <c>internal-elb</c>) stay the VPC owner's to set: removing the stack must not strip them.
/// </summary>
internal static class AdoptedVpc
{
    public static VpcLayout Build(Scope scope, ExistingVpc existing, NetworkTags tags)
    {
        foreach (var zone in existing.Zones)
        {
            var letter = AvailabilityZoneName.Letter(zone.AvailabilityZone);
            if (zone.PublicSubnetId is { } publicSubnetId)
            {
                TagShared(scope, $"public-{letter}-cluster-tag", publicSubnetId, tags);
            }

            TagShared(scope, $"private-{letter}-cluster-tag", zone.PrivateSubnetId, tags);
        }

        return new VpcLayout(
            existing.VpcId,
            existing.VpcCidr,
            existing.Zones.Select(z => z.PublicSubnetId).OfType<string>().Select(id => (Expr<string>)id).ToArray(),
            existing.Zones.Select(z => (Expr<string>)z.PrivateSubnetId).ToArray(),
            existing.Zones.Select(z => z.PrivateSubnetCidr).ToArray(),
            existing.PrivateRouteTableIds.Select(id => (Expr<string>)id).ToArray());
    }

    private static void TagShared(Scope scope, string id, string subnetId, NetworkTags tags) =>
        _ = new Tag(scope, id, new TagArgs { ResourceId = subnetId, Key = tags.ClusterTagKey, Value = SubnetTags.Shared });
}
