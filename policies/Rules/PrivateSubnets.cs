using Infra.Aws.Ec2;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>The private subnets a program creates, told apart by the tag Kubernetes reads to place internal load balancers.</summary>
internal static class PrivateSubnets
{
    /// <summary>The subnet tag of private subnets (Infra.Network's SubnetTags.PrivateRoleKey).</summary>
    public const string RoleTagKey = "kubernetes.io/role/internal-elb";

    public static IReadOnlyList<Subnet> Of(PolicyContext context) =>
        context.ResourcesOf<Subnet>().Where(subnet => subnet.Args.Tags?.ContainsKey(RoleTagKey) == true).ToList();

    /// <summary>The distinct zones of <paramref name="subnets"/> known at synthesis time, sorted.</summary>
    public static IReadOnlyList<string> Zones(IEnumerable<Subnet> subnets) =>
        subnets
            .Select(subnet => subnet.Args.AvailabilityZone?.KnownValue)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
