using Infra.Aws;
using Infra.Aws.Ssm;
using Infra.ClusterJoin;
using Infra.ControlPlane.Endpoint;
using Infra.ControlPlane.Nodes;
using Infra.Etcd;
using Infra.Model;
using Infra.Network;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Pki;
using Infra.Tests.Etcd;
using Infra.Tls;
using NetworkComponent = Infra.Network.Network;

namespace Infra.Tests.ControlPlane.Nodes;

/// <summary>A program with the control plane of cluster "prod" over three zones: network, zone, PKI, API load balancer and node roles.</summary>
internal sealed record ControlPlaneNodesFixture(InfraProgram Program, ControlPlaneNodes ControlPlane, ControlPlaneNodesArgs Args)
{
    public const string Region = "eu-west-1";

    public static ControlPlaneNodesFixture Build(
        int expectedNodes = 1_000, bool withEvents = false, IReadOnlyList<string>? publicCidrs = null, Func<ControlPlaneNodesArgs, ControlPlaneNodesArgs>? change = null)
    {
        var program = new InfraProgram("control-plane", "An HA control plane.");
        var aws = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = Region });
        var tls = new TlsProvider(program.Root, "tls");
        var scope = program.Root.WithProvider(AwsProvider.ServedPackage, aws).WithProvider(TlsProvider.ServedPackage, tls);
        var zones = EtcdClusterFixture.Zones;
        var tags = EtcdClusterFixture.Tags;
        var plainTags = tags.ToDictionary(t => t.Key, t => t.Value.KnownValue!);

        var network = new NetworkComponent(scope, "network", NetworkArgs.Create("prod", EtcdClusterFixture.VpcCidr, zones, plainTags) with { PublicIngressCidrs = publicCidrs ?? [] });
        var zone = new ClusterZone(scope, "dns", new ClusterZoneArgs { ClusterName = "prod", VpcId = network.VpcId, Tags = tags });
        var etcd = EtcdClusterLayout.Spread(EtcdClusterFixture.Cluster);
        var identities = etcd.Members
            .Select((m, i) => new EtcdMemberIdentity { Name = m.Name, DnsName = m.Host, PrivateIp = $"10.0.{i}.10" })
            .ToArray();
        var pki = new ClusterPki(scope, "pki", new ClusterPkiArgs { ClusterName = "prod", EtcdMembers = identities, Tags = tags });
        var roles = new NodeRoles(scope, "node-iam", new NodeRolesArgs { ClusterName = "prod", Tags = tags });
        var api = new ApiLoadBalancer(scope, "api", new ApiLoadBalancerArgs { ClusterName = "prod", Network = network, Tags = plainTags, PublicAllowedCidrs = publicCidrs ?? [] });

        var args = new ControlPlaneNodesArgs
        {
            ClusterName = "prod",
            ExpectedNodes = expectedNodes,
            Region = Region,
            Subnets = zones.Select((z, i) => new ControlPlaneSubnet(z, network.PrivateSubnetIds[i])).ToArray(),
            SecurityGroupId = network.ControlPlaneSecurityGroupId,
            Role = roles.ControlPlane,
            ParameterPath = roles.ControlPlaneParameterPath,
            ImageId = GetParameter.Value(NodeImage.Ubuntu2404Parameter, aws),
            Pki = pki,
            LoadBalancer = api,
            Zone = zone,
            Etcd = etcd,
            EventsEtcd = withEvents ? EtcdClusterLayout.Spread(EtcdClusterFixture.Cluster.ForEvents()) : null,
            Join = JoinParameters.Under(roles.WorkerParameterPath),
            Tags = tags,
        };
        args = (change ?? (a => a))(args);
        return new ControlPlaneNodesFixture(program, new ControlPlaneNodes(scope, "control-plane", args), args);
    }

    public string CloudConfig => ControlPlane.Boot.ToCloudConfig();
}
