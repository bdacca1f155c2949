using Infra.Aws.AutoScaling;
using Infra.ControlPlane;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>The control-plane Auto Scaling groups of a program: those carrying <see cref="ControlPlaneNodesAnnotation"/>.</summary>
internal static class ControlPlaneGroups
{
    /// <summary>Every annotated group with its annotation, in declaration order.</summary>
    public static IReadOnlyList<(Group Group, ControlPlaneNodesAnnotation Nodes)> Of(PolicyContext context) =>
        (from grp in context.ResourcesOf<Group>()
         from nodes in grp.Annotations.OfType<ControlPlaneNodesAnnotation>()
         select (grp, nodes))
        .ToList();

    /// <summary>
    /// The value kube-apiserver runs <c>--<paramref name="flag"/></c> with from the ClusterConfiguration's extra args;
    /// null when unset. kubeadm v1beta4 lets a flag repeat and the last one wins, so the last is taken.
    /// </summary>
    public static string? ApiServerArg(ControlPlaneNodesAnnotation nodes, string flag) =>
        nodes.Cluster.ApiServer?.ExtraArgs?.LastOrDefault(arg => string.Equals(arg.Name, flag, StringComparison.Ordinal))?.Value;
}
