using Infra.Aws.AutoScaling;
using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.ControlPlane;
using Infra.ControlPlane.Kubeadm;
using Infra.ControlPlane.Protection;
using Infra.Etcd;
using Infra.Model;
using Infra.Tests.ControlPlane;

namespace Infra.Tests.Policies.Rules;

/// <summary>
/// etcd members, their data volumes and control-plane groups declared directly with their annotations: the seam
/// the components annotate, so each rule specification sets exactly the fact it is about.
/// </summary>
internal static class ControlPlanePolicyFixture
{
    public static readonly IReadOnlyList<string> Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    /// <summary>Five members spread 2/2/1 over <see cref="Zones"/>, as <see cref="EtcdClusterLayout.Spread"/> lays them out.</summary>
    public static readonly IReadOnlyList<string> FiveMembers = [Zones[0], Zones[1], Zones[2], Zones[0], Zones[1]];

    /// <summary>The hourly backup calendar <c>EtcdBackupSchedule</c> writes by default.</summary>
    public const string HourlyBackups = "*-*-* *:00:00";

    /// <summary>
    /// A complying etcd cluster <paramref name="cluster"/> with one member per entry of <paramref name="memberZones"/>, named
    /// <c>cluster-a</c>, <c>cluster-b</c>, ...: an instance at <c>cluster/member/instance</c> and a gp3 data volume at
    /// <c>cluster/member/data</c>. <paramref name="change"/> edits each member's annotation.
    /// </summary>
    public static IReadOnlyList<Instance> EtcdCluster(
        InfraProgram program,
        IReadOnlyList<string> memberZones,
        string cluster = "etcd",
        Func<EtcdMemberAnnotation, EtcdMemberAnnotation>? change = null,
        string volumeType = "gp3")
    {
        var names = memberZones.Select((_, i) => $"{cluster}-{(char)('a' + i)}").ToList();
        return names.Select((name, i) =>
        {
            var scope = program.Root.Child(cluster).Child(name);
            var volume = new Volume(scope, "data", new VolumeArgs { AvailabilityZone = memberZones[i], Type = volumeType, Size = 20, Encrypted = true });
            volume.Annotate(new EtcdDataVolumeAnnotation(cluster, name));
            var instance = new Instance(scope, "instance", new InstanceArgs { Ami = "ami-1", InstanceType = "m7i.large", SubnetId = $"subnet-{memberZones[i]}" });
            var member = new EtcdMemberAnnotation(cluster, name, memberZones[i], Urls(name, names), Development: false, HourlyBackups);
            instance.Annotate(change is null ? member : change(member));
            return instance;
        }).ToList();
    }

    /// <summary>A member's URL flags as <c>EtcdMemberConfig</c> writes them: https everywhere, metrics plain http on loopback.</summary>
    public static SortedDictionary<string, string> Urls(string member, IReadOnlyList<string> members) => new(StringComparer.Ordinal)
    {
        ["advertise-client-urls"] = $"https://{member}.etcd.prod.internal:2379",
        ["initial-advertise-peer-urls"] = $"https://{member}.etcd.prod.internal:2380",
        ["initial-cluster"] = string.Join(',', members.Select(m => $"{m}=https://{m}.etcd.prod.internal:2380")),
        ["listen-client-urls"] = "https://0.0.0.0:2379",
        ["listen-metrics-urls"] = "http://127.0.0.1:2381",
        ["listen-peer-urls"] = "https://0.0.0.0:2380",
    };

    /// <summary>A member annotation whose flag <paramref name="flag"/> is <paramref name="value"/>.</summary>
    public static EtcdMemberAnnotation WithUrl(this EtcdMemberAnnotation member, string flag, string value) =>
        member with { Urls = new SortedDictionary<string, string>(member.Urls.ToDictionary(), StringComparer.Ordinal) { [flag] = value } };

    /// <summary>What a complying control-plane group in <paramref name="zone"/> runs: the hardened kubeadm configuration, the default audit policy, Secrets under KMS.</summary>
    public static ControlPlaneNodesAnnotation Nodes(string zone = "eu-west-1a") =>
        new(zone, KubeadmFixture.Cluster(), AuditPolicy.Default(), EncryptionConfiguration.SecretsWithKms(new KmsConfiguration()));

    /// <summary>The annotation with kube-apiserver's extra args edited by <paramref name="edit"/>.</summary>
    public static ControlPlaneNodesAnnotation WithApiServerArgs(this ControlPlaneNodesAnnotation nodes, Func<IEnumerable<Arg>, IEnumerable<Arg>> edit) =>
        nodes with { Cluster = nodes.Cluster with { ApiServer = nodes.Cluster.ApiServer! with { ExtraArgs = edit(nodes.Cluster.ApiServer.ExtraArgs!).ToList() } } };

    /// <summary>The annotation without kube-apiserver flag <paramref name="flag"/>.</summary>
    public static ControlPlaneNodesAnnotation WithoutApiServerArg(this ControlPlaneNodesAnnotation nodes, string flag) =>
        nodes.WithApiServerArgs(args => args.Where(arg => arg.Name != flag));

    /// <summary>The annotation with kube-apiserver flag <paramref name="flag"/> set last, so it wins.</summary>
    public static ControlPlaneNodesAnnotation WithApiServerArg(this ControlPlaneNodesAnnotation nodes, string flag, string value) =>
        nodes.WithApiServerArgs(args => args.Append(new Arg(flag, value)));

    /// <summary>A control-plane group at <c>control-plane/&lt;zone&gt;/group</c> keeping <paramref name="minSize"/> nodes, annotated with <paramref name="nodes"/>.</summary>
    public static Group ControlPlaneGroup(InfraProgram program, ControlPlaneNodesAnnotation nodes, int minSize = 1)
    {
        var group = new Group(program.Root.Child("control-plane").Child(nodes.Zone), "group", new GroupArgs { MinSize = minSize, MaxSize = Math.Max(minSize, 1) });
        group.Annotate(nodes);
        return group;
    }
}
