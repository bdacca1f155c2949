using Infra.ControlPlane;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The control plane runs at least <see cref="MinimumNodes"/> nodes over at least <see cref="MinimumZones"/> zones: the
/// sum of <c>minSize</c> over the groups carrying <see cref="ControlPlaneNodesAnnotation"/>, and their distinct zones
/// (a group keeps its nodes in one zone). A stack running etcd without any such group is flagged too: etcd serves
/// only the API servers, so they are missing or undeclared. A stack with neither (a platform stack) has nothing to check.
/// </summary>
public sealed class ControlPlaneHighlyAvailable : PolicyRule
{
    /// <summary>Three: one node down for maintenance and one failing still leave an API server.</summary>
    public const int MinimumNodes = 3;

    /// <summary>Three, like etcd: a zone outage leaves API servers in two zones.</summary>
    public const int MinimumZones = ThreeAvailabilityZones.MinimumZones;

    public override string Id => "CP-006";

    public override string Title => "The control plane runs at least three nodes over three zones";

    public override string Rationale =>
        "With one API server, or all of them in one zone, a node replacement or a zone outage stops kubectl, controllers and every "
        + "kubelet's status updates; nodes then go NotReady and their pods are evicted.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var groups = ControlPlaneGroups.Of(context);
        if (groups.Count == 0)
        {
            var etcd = EtcdMembers.Of(context);
            if (etcd.Count > 0)
            {
                yield return RuleViolation.OfStack(
                    $"the stack runs etcd cluster(s) {string.Join(", ", etcd.Select(c => $"'{c.Name}'"))} but no control-plane group: "
                    + $"declare the API servers as Auto Scaling groups annotated with ControlPlaneNodesAnnotation, {MinimumNodes} nodes over {MinimumZones} zones");
            }

            yield break;
        }

        var names = string.Join(", ", groups.Select(g => g.Group.Path.ToString()));
        var nodes = groups.Sum(g => g.Group.Args.MinSize);
        if (nodes < MinimumNodes)
        {
            yield return RuleViolation.OfStack(
                $"the control-plane groups ({names}) keep {nodes} node(s) at minimum: raise their minSize to at least {MinimumNodes} in total, one group per zone; a stack runs one per zone, so list at least {MinimumZones} in {context.Facts.AvailabilityZonesKey}");
        }

        var zones = groups.Select(g => g.Nodes.Zone).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (zones.Count < MinimumZones)
        {
            yield return RuleViolation.OfStack(
                $"the control-plane groups ({names}) run in {zones.Count} zone(s) ({string.Join(", ", zones)}): add a group in each of at least {MinimumZones} zones; a stack runs one per zone, so list at least {MinimumZones} in {context.Facts.AvailabilityZonesKey}");
        }
    }
}
