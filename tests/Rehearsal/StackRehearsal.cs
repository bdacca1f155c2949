using Infra.Aws.Ec2;
using Infra.Aws.Lb;
using Infra.Etcd;
using Infra.Model;
using Infra.Network.Connections;
using Infra.Policies.Rules;
using GroupDirection = Infra.Policies.Rules.RuleDirection;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// A program's network, rehearsed: a machine per etcd member, per control-plane launch template, two per node pool
/// (so the rules a group has with itself have two ends) and per load balancer with a security group, each named
/// after its resource and behind its group's role; one stand-in per role whose members AWS makes (the VPC's
/// interface endpoints, the Services' load balancers). Every emitted security group rule, read through
/// <see cref="DeclaredConnections"/> and never listed a second time, is loaded on every machine of its role.
/// CIDR peers map to rehearsal addresses: <c>0.0.0.0/0</c> stays itself; the VPC's CIDR becomes
/// <see cref="NetworkRehearsal.VpcBlock"/> (every machine of the rehearsal); any other CIDR (clients' networks)
/// becomes <see cref="NetworkRehearsal.OutsideBlock"/>. Two hosts behind no group of ours stand at those CIDRs'
/// ends: <see cref="VpcHost"/> in the VPC, <see cref="Internet"/> outside it. Each declared connection gets a probe
/// from its first source machine to its first other destination machine, on the first and the last port of its range.
/// </summary>
internal sealed class StackRehearsal
{
    /// <summary>An address of the VPC that carries no group of ours: the source of connections from the VPC's CIDR.</summary>
    public const string VpcHost = "vpc-host";

    /// <summary>An address outside the VPC: the end of connections to anywhere and from clients' CIDRs.</summary>
    public const string Internet = "internet";

    /// <summary>Machines per node pool: two, so a probe between two nodes crosses the group's rules with itself.</summary>
    public const int MachinesPerPool = 2;

    private readonly Dictionary<SecurityGroupRole, List<string>> machines = [];
    private readonly string? vpcCidr;

    /// <summary>Rehearses <paramref name="resources"/>: a program's, or a program's less rules a test deletes.</summary>
    public StackRehearsal(IReadOnlyList<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Declared = DeclaredConnections.Of(resources);
        vpcCidr = resources.OfType<Vpc>().Select(v => v.Args.CidrBlock.KnownValue).FirstOrDefault();
        foreach (var instance in resources.OfType<Instance>())
        {
            foreach (var member in instance.Annotations.OfType<EtcdMemberAnnotation>())
            {
                Add(instance.Args.VpcSecurityGroupIds, member.Member);
            }
        }

        foreach (var template in resources.OfType<LaunchTemplate>())
        {
            var name = NameOf(template);
            var roles = RolesOf(template.Args.VpcSecurityGroupIds);
            var count = roles.Contains(SecurityGroupRole.Nodes) ? MachinesPerPool : 1;
            for (var i = 1; i <= count; i++)
            {
                Add(template.Args.VpcSecurityGroupIds, count == 1 ? name : $"{name}-{i}");
            }
        }

        foreach (var balancer in resources.OfType<LoadBalancer>())
        {
            Add(balancer.Args.SecurityGroups, NameOf(balancer));
        }

        foreach (var role in Declared.Rules.Select(r => r.Role).OfType<SecurityGroupRole>().Where(role => !machines.ContainsKey(role)))
        {
            machines.Add(role, [role.Key]);
        }

        Rehearsal = new NetworkRehearsal();
        foreach (var machine in machines.Values.SelectMany(m => m).Distinct())
        {
            Rehearsal.Machine(machine);
        }

        Rehearsal.Host(VpcHost, outside: false).Host(Internet, outside: true);
        foreach (var (role, members) in machines)
        {
            Rehearsal.Peers(SetOf(role), members);
        }

        foreach (var rule in Declared.Rules)
        {
            foreach (var machine in MachinesOf(rule.Role ?? throw new InvalidOperationException($"rule {rule.Resource.Path} is on a group without a role")))
            {
                Rehearsal.Allow(Translate(rule, machine));
            }
        }

        Probes = Declared.Connections.SelectMany(ProbesOf).Distinct().ToList();
    }

    public DeclaredConnections Declared { get; }

    public NetworkRehearsal Rehearsal { get; }

    /// <summary>One probe per declared connection and port probed (the first and the last of a range).</summary>
    public IReadOnlyList<RehearsalProbe> Probes { get; }

    /// <summary>The rehearsal's machines of <paramref name="role"/>.</summary>
    public IReadOnlyList<string> MachinesOf(SecurityGroupRole role) => machines.TryGetValue(role, out var members) ? members : [];

    private void Add(IReadOnlyList<Expr<string>>? groupIds, string machine)
    {
        foreach (var role in RolesOf(groupIds))
        {
            if (!machines.TryGetValue(role, out var members))
            {
                machines[role] = members = [];
            }

            members.Add(machine);
        }
    }

    /// <summary>The roles of the groups <paramref name="groupIds"/> reference (their <see cref="SecurityGroupRoleAnnotation"/>).</summary>
    private static IReadOnlyList<SecurityGroupRole> RolesOf(IReadOnlyList<Expr<string>>? groupIds) =>
        [
            .. from id in groupIds ?? []
               where id.Node is OutputReference { Resource: SecurityGroup }
               from annotation in ((OutputReference)id.Node).Resource.Annotations.OfType<SecurityGroupRoleAnnotation>()
               select annotation.Role,
        ];

    /// <summary>The resource's path less its own id (<c>control-plane/eu-west-1a/launch-template</c> is <c>control-plane-eu-west-1a</c>).</summary>
    private static string NameOf(Resource resource) => string.Join('-', resource.Path.Segments.SkipLast(1));

    private static string SetOf(SecurityGroupRole role) => $"sg-{role.Key}";

    private RehearsalRule Translate(GroupRule rule, string machine) => new(
        machine,
        rule.Direction == GroupDirection.Ingress ? RuleDirection.Ingress : RuleDirection.Egress,
        rule.PeerRole is { } peer ? SetOf(peer) : AddressesOf(rule.PeerCidr!),
        ProtocolOf(rule.Protocol, $"rule {rule.Resource.Path}"),
        rule.From,
        rule.To,
        rule.Resource.Path.ToString());

    private string AddressesOf(string cidr) =>
        cidr == Peer.AnywhereCidr ? cidr : cidr == vpcCidr ? NetworkRehearsal.VpcBlock : NetworkRehearsal.OutsideBlock;

    private static string ProtocolOf(string protocol, string owner) => protocol switch
    {
        "tcp" or "6" => "tcp",
        "udp" or "17" => "udp",
        _ => throw new InvalidOperationException($"{owner} opens protocol '{protocol}', which the rehearsal cannot probe: give it tcp or udp"),
    };

    private IEnumerable<RehearsalProbe> ProbesOf(Connection connection)
    {
        var source = EndsOf(connection.From)[0];
        var destination = EndsOf(connection.To).First(machine => machine != source);
        var protocol = ProtocolOf(connection.Port.Protocol, $"connection {connection}");
        // Port 0 is reserved: nothing listens on it, so a range from 0 is probed from 1.
        foreach (var port in new[] { Math.Max(connection.Port.From, 1), connection.Port.To }.Distinct())
        {
            yield return new RehearsalProbe(source, destination, protocol, port);
        }
    }

    private IReadOnlyList<string> EndsOf(Peer peer) =>
        peer.Role is { } role ? MachinesOf(role)
        : AddressesOf(peer.Cidr!) == NetworkRehearsal.VpcBlock ? [VpcHost]
        : [Internet];
}
