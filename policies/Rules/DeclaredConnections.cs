using Infra.Aws.Ec2;
using Infra.Model;
using Infra.Network.Connections;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// What the reachability rules compare: the connections components declared (<see cref="ConnectionAnnotation"/> on the
/// security groups), the groups by role, and every emitted rule. The network rehearsal reads a program through it too.
/// </summary>
/// <param name="Connections">Every declared connection, once, in declaration order.</param>
/// <param name="Groups">The security group of each role.</param>
/// <param name="Rules">Every ingress and egress rule.</param>
internal sealed record DeclaredConnections(
    IReadOnlyList<Connection> Connections, IReadOnlyDictionary<SecurityGroupRole, SecurityGroup> Groups, IReadOnlyList<GroupRule> Rules)
{
    public static DeclaredConnections Of(PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Resources);
    }

    /// <summary>Read from <paramref name="resources"/>: a program's, or a program's less the ones a test deletes.</summary>
    public static DeclaredConnections Of(IReadOnlyList<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var groups = resources.OfType<SecurityGroup>().ToList();
        return new(
            groups.SelectMany(g => g.Annotations.OfType<ConnectionAnnotation>()).Select(a => a.Connection).Distinct().ToList(),
            groups
                .SelectMany(g => g.Annotations.OfType<SecurityGroupRoleAnnotation>().Select(a => (a.Role, Group: g)))
                .GroupBy(pair => pair.Role)
                .ToDictionary(pair => pair.Key, pair => pair.First().Group),
            GroupRule.Of(resources));
    }

    /// <summary>The rules on <paramref name="role"/>'s group in <paramref name="direction"/>.</summary>
    public IEnumerable<GroupRule> On(SecurityGroupRole role, RuleDirection direction) =>
        Rules.Where(r => r.Role == role && r.Direction == direction);
}
