using Infra.Aws.Ec2;
using Infra.Model;
using Infra.Network.Connections;

namespace Infra.Network;

/// <summary>
/// Private paths to the AWS services nodes need to boot and run: S3 (gateway endpoint, a route on the
/// private route tables; ECR keeps image layers there) and interface endpoints in the private subnets for
/// ECR (API and registry), SSM with its two message channels (Session Manager replaces SSH), and STS
/// (IAM roles for service accounts). Interface endpoints accept HTTPS from the VPC CIDR only.
/// </summary>
public static class VpcEndpoints
{
    /// <summary>The interface endpoints' service suffixes (<c>com.amazonaws.&lt;region&gt;.&lt;suffix&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> InterfaceServices = ["ecr.api", "ecr.dkr", "ssm", "ssmmessages", "ec2messages", "sts"];

    /// <summary>Declares the endpoints, skipping <paramref name="existing"/>: interface endpoints the VPC already has
    /// (<see cref="ExistingVpc.ExistingEndpoints"/>); with private DNS on, a second endpoint of the same service fails to
    /// create, and the existing one already serves the VPC.</summary>
    internal static void Build(Scope scope, VpcLayout vpc, string region, NetworkTags tags, IReadOnlyCollection<string> existing)
    {
        if (vpc.PrivateRouteTableIds.Count > 0)
        {
            _ = new VpcEndpoint(scope, "endpoint-s3", new VpcEndpointArgs
            {
                VpcId = vpc.VpcId,
                ServiceName = ServiceName(region, "s3"),
                VpcEndpointType = VpcEndpointType.Gateway,
                RouteTableIds = vpc.PrivateRouteTableIds,
                Tags = tags.Named("endpoint-s3"),
            });
        }

        var endpoints = NamedGroup.Declare(scope, SecurityGroupRole.VpcEndpoints, vpc.VpcId, "VPC interface endpoints", tags.Named("endpoints"));
        var rules = new ConnectionRules(scope, tags);
        rules.Register(endpoints);
        rules.Declare([new Connection("https", Peer.Addresses(vpc.VpcCidr), Peer.Of(SecurityGroupRole.VpcEndpoints), ClusterPorts.Https, "Clients in the VPC reach AWS services")]);

        foreach (var service in InterfaceServices.Except(existing, StringComparer.Ordinal))
        {
            var id = $"endpoint-{service.Replace('.', '-')}";
            _ = new VpcEndpoint(scope, id, new VpcEndpointArgs
            {
                VpcId = vpc.VpcId,
                ServiceName = ServiceName(region, service),
                VpcEndpointType = VpcEndpointType.Interface,
                SubnetIds = vpc.PrivateSubnetIds,
                SecurityGroupIds = [endpoints.Group.Id],
                PrivateDnsEnabled = true,
                Tags = tags.Named(id),
            });
        }
    }

    private static string ServiceName(string region, string service) => $"com.amazonaws.{region}.{service}";
}
