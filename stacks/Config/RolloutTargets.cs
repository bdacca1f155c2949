using Infra.Etcd;

namespace Infra.Stacks.Config;

/// <summary>
/// The stateful machines <c>infra:rollout</c> can name, in the order an operator rolls them: the main etcd cluster's
/// members, the events cluster's, then one control-plane node per zone (<c>control-plane-&lt;zone&gt;</c>).
/// </summary>
public static class RolloutTargets
{
    /// <summary>Prefix of a control-plane node's target name; the zone follows.</summary>
    public const string ControlPlanePrefix = "control-plane-";

    public static IReadOnlyList<RolloutTarget> InOrder(IReadOnlyList<string> zones, int etcdMembers, bool eventsCluster)
    {
        ArgumentNullException.ThrowIfNull(zones);
        // Only the names and ports matter here: they come from the same layout rule the clusters are built with.
        var main = new EtcdClusterArgs { Zones = zones, DnsDomain = "rollout.internal", Members = etcdMembers, Development = true };
        var clusters = eventsCluster ? new[] { main, main.ForEvents() } : [main];
        return
        [
            .. clusters.SelectMany(cluster => EtcdClusterLayout.Spread(cluster).Members.Select(member => new RolloutTarget(member.Name, member.Ports, null))),
            .. zones.Select(zone => new RolloutTarget(ControlPlanePrefix + zone, null, zone)),
        ];
    }

    public static IReadOnlyList<RolloutTarget> InOrder(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return InOrder(config.AvailabilityZones, config.Profile.EtcdMembers, EtcdEventsCluster.EnabledByDefault(config.ExpectedNodes));
    }

    public static IReadOnlyList<string> Of(IReadOnlyList<string> zones, int etcdMembers, bool eventsCluster) =>
        InOrder(zones, etcdMembers, eventsCluster).Select(target => target.Name).ToList();

    public static IReadOnlyList<string> Of(StackConfig config) => InOrder(config).Select(target => target.Name).ToList();
}
