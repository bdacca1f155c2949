using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.Aws.Route53;
using Infra.NodeIam;

namespace Infra.Etcd;

/// <summary>The resources of one member of an <see cref="EtcdCluster"/>.</summary>
/// <param name="Member">Name, DNS name, zone and ports.</param>
/// <param name="PrivateIp">The fixed address the instance always gets (<see cref="EtcdMemberAddress"/>).</param>
/// <param name="Boot">The instance's user data, as a model.</param>
/// <param name="Instance">Replaced delete-first, so the replacement can take the same fixed IP.</param>
/// <param name="DataVolume">Protected: it holds the member's data and outlives instances.</param>
/// <param name="DataVolumeAttachment">Attaches the data volume to the current instance.</param>
/// <param name="DnsRecord"><c>member.domain</c> A record to the fixed IP.</param>
/// <param name="Role">The member's own role: it reads its own SSM path only.</param>
public sealed record EtcdClusterMember(
    EtcdMember Member,
    string PrivateIp,
    EtcdMemberBoot Boot,
    Instance Instance,
    Volume DataVolume,
    VolumeAttachment DataVolumeAttachment,
    Record DnsRecord,
    NodeRole Role);
