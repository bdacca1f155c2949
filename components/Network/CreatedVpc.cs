using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.Network;

/// <summary>
/// A new VPC: per zone a public subnet (routed to the internet gateway) and a private subnet with its
/// own route table (routed to the zone's NAT gateway, see <see cref="NatGateways"/>).
/// </summary>
internal static class CreatedVpc
{
    private const string Anywhere = "0.0.0.0/0";

    public static VpcLayout Build(Scope scope, NetworkArgs args, NetworkTags tags)
    {
        // DNS hostnames: interface endpoints' private DNS needs them, and kubeadm names nodes by them.
        var vpc = new Vpc(scope, "vpc", new VpcArgs
        {
            CidrBlock = args.VpcCidr,
            EnableDnsSupport = true,
            EnableDnsHostnames = true,
            Tags = tags.Named("vpc"),
        });
        var zones = args.AvailabilityZones;
        var cidrs = args.SubnetCidrs ?? SubnetCarving.Carve(ParsedVpcCidr(args.VpcCidr), zones.Count);

        var internetGateway = new InternetGateway(scope, "internet-gateway", new InternetGatewayArgs { VpcId = vpc.Id, Tags = tags.Named("internet-gateway") });
        var publicRoutes = RouteTableWithDefault(
            scope, "public", vpc, table => new RouteArgs { RouteTableId = table, DestinationCidrBlock = Anywhere, GatewayId = internetGateway.Id }, tags);

        var publicSubnets = zones
            .Select((zone, i) => AssociatedSubnet(scope, "public", zone, cidrs[i].Public, vpc, publicRoutes, SubnetTags.Public(tags), tags))
            .ToArray();
        var natGateways = NatGateways.Build(scope, args, publicSubnets, internetGateway, tags);

        var privateSubnets = new List<Subnet>();
        var privateRouteTables = new List<RouteTable>();
        for (var i = 0; i < zones.Count; i++)
        {
            var purpose = $"private-{AvailabilityZoneName.Letter(zones[i])}";
            var natGateway = natGateways[i];
            var routes = RouteTableWithDefault(
                scope, purpose, vpc, table => new RouteArgs { RouteTableId = table, DestinationCidrBlock = Anywhere, NatGatewayId = natGateway }, tags);
            privateRouteTables.Add(routes);
            privateSubnets.Add(AssociatedSubnet(scope, "private", zones[i], cidrs[i].Private, vpc, routes, SubnetTags.Private(tags), tags));
        }

        return new VpcLayout(
            vpc.Id,
            args.VpcCidr,
            publicSubnets.Select(s => (Expr<string>)s.Id).ToArray(),
            privateSubnets.Select(s => (Expr<string>)s.Id).ToArray(),
            cidrs.Select(c => c.Private).ToArray(),
            privateRouteTables.Select(t => (Expr<string>)t.Id).ToArray());
    }

    /// <summary>A route table named <c>&lt;purpose&gt;-routes</c> with one default route, built from the table's id.</summary>
    private static RouteTable RouteTableWithDefault(Scope scope, string purpose, Vpc vpc, Func<Expr<string>, RouteArgs> defaultRoute, NetworkTags tags)
    {
        var table = new RouteTable(scope, $"{purpose}-routes", new RouteTableArgs { VpcId = vpc.Id, Tags = tags.Named($"{purpose}-routes") });
        _ = new Route(scope, $"{purpose}-default-route", defaultRoute(table.Id));
        return table;
    }

    private static Subnet AssociatedSubnet(
        Scope scope, string kind, string zone, string cidr, Vpc vpc, RouteTable routes, IEnumerable<KeyValuePair<string, string>> roleTags, NetworkTags tags)
    {
        var name = $"{kind}-{AvailabilityZoneName.Letter(zone)}";
        var subnet = new Subnet(scope, name, new SubnetArgs
        {
            VpcId = vpc.Id,
            CidrBlock = cidr,
            AvailabilityZone = zone,
            Tags = tags.Named(name, roleTags),
        });
        _ = new RouteTableAssociation(scope, $"{name}-association", new RouteTableAssociationArgs { RouteTableId = routes.Id, SubnetId = subnet.Id });
        return subnet;
    }

    private static Ipv4Cidr ParsedVpcCidr(string text) =>
        Ipv4Cidr.TryParse(text, out var cidr, out _) ? cidr : throw new InvalidOperationException($"VPC CIDR '{text}' was not validated");
}
