using Infra.Aws;
using Infra.Aws.Ssm;
using Infra.ControlPlane.Endpoint;
using Infra.Etcd;
using Infra.EtcdBackup;
using Infra.Model;
using Infra.Network;
using Infra.NodePools;
using Infra.Pki;
using Infra.Tls;
using NetworkComponent = Infra.Network.Network;

namespace Infra.Tests.Etcd;

/// <summary>A program holding an <see cref="EtcdCluster"/> of five members over three zones, with the network, PKI and backup bucket it needs.</summary>
internal static class EtcdClusterFixture
{
    public const string VpcCidr = "10.0.0.0/16";

    public static readonly IReadOnlyList<string> Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    public static readonly IReadOnlyDictionary<string, Expr<string>> Tags = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal)
    {
        ["cluster"] = "prod",
        ["cost-center"] = "cc-42",
        ["environment"] = "production",
        ["owner"] = "platform",
    };

    public static EtcdClusterArgs Cluster { get; } = new() { Zones = Zones, DnsDomain = ClusterDomain.For("prod") };

    /// <summary>Each zone's private subnet CIDR, as the network carves it.</summary>
    public static IReadOnlyList<string> PrivateCidrs { get; } =
        SubnetCarving.Carve(Ipv4Cidr.Parse(VpcCidr), Zones.Count).Select(z => z.Private).ToArray();

    public static (InfraProgram Program, EtcdCluster Etcd, EtcdClusterEc2Args Args) Build(int expectedNodes = 1_000)
    {
        var program = new InfraProgram("etcd", "An external etcd cluster.");
        var aws = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = "eu-west-1" });
        var tls = new TlsProvider(program.Root, "tls");
        var scope = program.Root.WithProvider(AwsProvider.ServedPackage, aws).WithProvider(TlsProvider.ServedPackage, tls);

        var network = new NetworkComponent(scope, "network", NetworkArgs.Create("prod", VpcCidr, Zones, Tags.ToDictionary(t => t.Key, t => t.Value.KnownValue!)));
        var subnets = Zones.Select((zone, i) => new EtcdPrivateSubnet(zone, network.PrivateSubnetIds[i], PrivateCidrs[i])).ToArray();
        var identities = EtcdClusterLayout.Spread(Cluster).Members
            .Select(m => new EtcdMemberIdentity
            {
                Name = m.Name,
                DnsName = m.Host,
                PrivateIp = EtcdMemberAddress.For(m, subnets.Single(s => s.Zone == m.Zone).Cidr),
            })
            .ToArray();
        var pki = new ClusterPki(scope, "pki", new ClusterPkiArgs { ClusterName = "prod", EtcdMembers = identities, Tags = Tags });
        var zone = new ClusterZone(scope, "dns", new ClusterZoneArgs { ClusterName = "prod", VpcId = network.VpcId, Tags = Tags });
        var backups = new EtcdBackupBucket(scope, "etcd-backup", new EtcdBackupBucketArgs { ClusterName = "prod", Tags = Tags });

        var args = new EtcdClusterEc2Args
        {
            ClusterName = "prod",
            Cluster = Cluster,
            ExpectedNodes = expectedNodes,
            Region = "eu-west-1",
            ZoneId = zone.ZoneId,
            PrivateSubnets = subnets,
            SecurityGroupIds = [network.EtcdSecurityGroupId],
            ImageId = GetParameter.Value(NodeImage.Ubuntu2404Parameter, aws),
            Pki = pki,
            BackupBucket = backups,
            Tags = Tags,
        };
        return (program, new EtcdCluster(scope, "etcd", args), args);
    }
}
