using Infra.Aws.Ec2;
using Infra.Etcd;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The etcd clusters a program runs: its instances carrying <see cref="EtcdMemberAnnotation"/>, grouped by
/// the annotation's cluster name (<c>etcd</c>, <c>etcd-events</c>), whichever component declared them.
/// </summary>
/// <param name="Name">The cluster's name.</param>
/// <param name="Members">Its members' instances with their annotations, in declaration order.</param>
internal sealed record EtcdMembers(string Name, IReadOnlyList<(Instance Instance, EtcdMemberAnnotation Member)> Members)
{
    /// <summary>Acknowledgements a write needs: a majority of the members.</summary>
    public int Quorum => (Members.Count / 2) + 1;

    /// <summary>Every etcd cluster of the program, by name in ordinal order.</summary>
    public static IReadOnlyList<EtcdMembers> Of(PolicyContext context) =>
        (from instance in context.ResourcesOf<Instance>()
         from member in instance.Annotations.OfType<EtcdMemberAnnotation>()
         select (instance, member))
        .GroupBy(pair => pair.member.Cluster, StringComparer.Ordinal)
        .OrderBy(cluster => cluster.Key, StringComparer.Ordinal)
        .Select(cluster => new EtcdMembers(cluster.Key, cluster.ToList()))
        .ToList();
}
