using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.Network;

/// <summary>The NAT gateways (each with its Elastic IP) in the public subnets, placed by <see cref="NatMode"/>.</summary>
internal static class NatGateways
{
    /// <summary>Declares the gateways and returns, for each zone in order, the gateway its private subnet routes through.</summary>
    public static IReadOnlyList<Expr<string>> Build(
        Scope scope, NetworkArgs args, IReadOnlyList<Subnet> publicSubnets, InternetGateway internetGateway, NetworkTags tags)
    {
        var zones = args.AvailabilityZones;
        var gatewayZones = args.NatMode == NatMode.PerZone ? zones.Count : 1;
        var gateways = Enumerable.Range(0, gatewayZones)
            .Select(i => Gateway(scope, AvailabilityZoneName.Letter(zones[i]), publicSubnets[i], internetGateway, tags))
            .ToArray();
        return zones.Select((_, i) => gateways[Math.Min(i, gateways.Length - 1)]).ToArray();
    }

    private static Expr<string> Gateway(Scope scope, string zone, Subnet publicSubnet, InternetGateway internetGateway, NetworkTags tags)
    {
        var address = new Eip(scope, $"nat-{zone}-eip", new EipArgs { Domain = Eip.VpcDomain, Tags = tags.Named($"nat-{zone}-eip") });

        // A NAT gateway only works once the VPC has an internet gateway; no property says so.
        var gateway = new NatGateway(
            scope,
            $"nat-{zone}",
            new NatGatewayArgs { SubnetId = publicSubnet.Id, AllocationId = address.AllocationId, Tags = tags.Named($"nat-{zone}") },
            new ResourceOptions { DependsOn = [internetGateway] });
        return gateway.Id;
    }
}
