using ClusterNetwork = Infra.Network.Network;
using Infra.ClusterJoin;
using Infra.ControlPlane.Endpoint;
using Infra.ControlPlane.Nodes;
using Infra.Etcd;
using Infra.EtcdBackup;
using Infra.Model;
using Infra.NodeIam;
using Infra.Pki;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>The control plane the cluster stack composes, and what the rest of the stack reads from it.</summary>
/// <param name="Pki">The cluster's certificates (workers' join grants read from its key).</param>
/// <param name="Join">Where nodes read their join token and CA pin.</param>
/// <param name="Nodes">The control-plane groups, secrets key and admin kubeconfig.</param>
/// <param name="Api">The API load balancers.</param>
public sealed record ClusterControlPlane(ClusterPki Pki, JoinParameters Join, ControlPlaneNodes Nodes, ApiLoadBalancer Api)
{
    /// <summary>
    /// Composes, under <paramref name="scope"/>: the cluster's private zone, the PKI, the etcd backup bucket, the main
    /// etcd cluster and (from <see cref="EtcdEventsCluster.DefaultFromNodes"/> nodes) the events cluster, the API load
    /// balancers and the control-plane nodes.
    /// </summary>
    public static ClusterControlPlane Compose(Scope scope, StackConfig config, ClusterNetwork network, NodeRoles roles, Expr<string> imageId, IReadOnlyDictionary<string, Expr<string>> tags)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(roles);
        var production = config.Environment == EnvironmentName.Prod;
        var zone = new ClusterZone(scope, "dns", new ClusterZoneArgs { ClusterName = config.ClusterName, VpcId = network.VpcId, Tags = tags });
        var subnets = config.AvailabilityZones
            .Select((z, i) => new EtcdPrivateSubnet(z, network.PrivateSubnetIds[i], network.PrivateSubnetCidrs[i]))
            .ToArray();

        var main = new EtcdClusterArgs
        {
            Zones = config.AvailabilityZones,
            DnsDomain = zone.Domain,
            Members = config.Profile.EtcdMembers,
            Development = config.Environment == EnvironmentName.Dev,
        };
        var clusters = new List<(EtcdClusterArgs Args, int Offset)> { (main, EtcdMemberAddress.DefaultFirstHostOffset) };
        if (EtcdEventsCluster.EnabledByDefault(config.ExpectedNodes))
        {
            clusters.Add((main.ForEvents(), EtcdMemberAddress.EventsFirstHostOffset));
        }

        var layouts = clusters.Select(c => (Layout: EtcdClusterLayout.Spread(c.Args), c.Args, c.Offset)).ToList();

        var pki = new ClusterPki(scope, "pki", new ClusterPkiArgs
        {
            ClusterName = config.ClusterName,
            EtcdMembers = layouts
                .SelectMany(l => l.Layout.Members.Select(member => new EtcdMemberIdentity
                {
                    Name = member.Name,
                    DnsName = member.Host,
                    PrivateIp = EtcdMemberAddress.For(member, subnets.Single(s => s.Zone == member.Zone).Cidr, l.Offset),
                }))
                .ToArray(),
            Tags = tags,
        });
        var backups = new EtcdBackupBucket(scope, "etcd-backup", new EtcdBackupBucketArgs
        {
            ClusterName = config.ClusterName,
            Tags = tags,
            // Production keeps a quarter of snapshots: long enough to find and undo a slow corruption or a bad migration.
            SnapshotRetentionDays = production ? 90 : 30,
        });
        var etcdMembers = new List<Resource>();
        var etcdRoleArns = new List<Expr<string>>();
        foreach (var (_, args, offset) in layouts)
        {
            var etcd = new EtcdCluster(scope, args.Name, new EtcdClusterEc2Args
            {
                ClusterName = config.ClusterName,
                Cluster = args,
                ExpectedNodes = config.ExpectedNodes,
                Region = config.Region,
                ZoneId = zone.ZoneId,
                PrivateSubnets = subnets,
                SecurityGroupIds = [network.EtcdSecurityGroupId],
                ImageId = imageId,
                Pki = pki,
                BackupBucket = backups,
                Tags = tags,
                FirstHostOffset = offset,
                RollingMember = config.Rollout,
            });
            etcdMembers.AddRange(etcd.Members.Select(member => member.Instance));
            etcdRoleArns.AddRange(etcd.Members.Select(member => (Expr<string>)member.Role.Role.Arn));
            network.Connect(etcd.Connections);
        }

        _ = backups.NameKeyUsers(etcdRoleArns);

        var api = new ApiLoadBalancer(scope, "api", new ApiLoadBalancerArgs
        {
            ClusterName = config.ClusterName,
            Network = network,
            Tags = tags.ToDictionary(t => t.Key, t => t.Value.KnownValue!),
            PublicAllowedCidrs = config.ApiAllowedCidrs.Select(c => c.ToString()).ToList(),
            DeletionProtection = config.Environment != EnvironmentName.Dev,
        });
        network.Connect(api.Connections);
        var join = JoinParameters.Under(roles.WorkerParameterPath);
        var nodes = new ControlPlaneNodes(scope, "control-plane", new ControlPlaneNodesArgs
        {
            ClusterName = config.ClusterName,
            ExpectedNodes = config.ExpectedNodes,
            ClusterDns = [config.Dns.KubeletAddress.ToString()],
            Region = config.Region,
            Subnets = config.AvailabilityZones.Select((z, i) => new ControlPlaneSubnet(z, network.PrivateSubnetIds[i])).ToArray(),
            SecurityGroupId = network.ControlPlaneSecurityGroupId,
            Role = roles.ControlPlane,
            ParameterPath = roles.ControlPlaneParameterPath,
            ImageId = imageId,
            RollingZone = config.Rollout is { } target && target.StartsWith(RolloutTargets.ControlPlanePrefix, StringComparison.Ordinal) ? target[RolloutTargets.ControlPlanePrefix.Length..] : null,
            Pki = pki,
            LoadBalancer = api,
            Zone = zone,
            Etcd = layouts[0].Layout,
            EventsEtcd = layouts.Count > 1 ? layouts[1].Layout : null,
            EtcdMembers = etcdMembers,
            Join = join,
            Tags = tags,
            Networking = new Infra.ControlPlane.Kubeadm.Networking { PodSubnet = config.PodCidr.ToString(), ServiceSubnet = config.ServiceCidr.ToString() },
        });
        return new ClusterControlPlane(pki, join, nodes, api);
    }
}
