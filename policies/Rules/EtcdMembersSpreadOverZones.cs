using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every etcd cluster spreads its members over at least <see cref="MinimumZones"/> availability zones, and no zone
/// holds a quorum of them. Fewer zones is reported alone: with two zones one of them always holds a quorum.
/// </summary>
public sealed class EtcdMembersSpreadOverZones : PolicyRule
{
    /// <summary>Three: losing any one of them leaves a majority when no zone holds one.</summary>
    public const int MinimumZones = ThreeAvailabilityZones.MinimumZones;

    public override string Id => "CP-002";

    public override string Title => "etcd members span at least three zones, none holding a quorum";

    public override string Rationale =>
        "A zone outage takes all its members at once: if they are a quorum, or the cluster sits in two zones, the cluster stops "
        + "accepting writes and the API servers with it until the zone returns.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var cluster in EtcdMembers.Of(context))
        {
            var zones = cluster.Members
                .GroupBy(m => m.Member.Zone, StringComparer.Ordinal)
                .OrderByDescending(zone => zone.Count())
                .ThenBy(zone => zone.Key, StringComparer.Ordinal)
                .ToList();
            var count = cluster.Members.Count;
            if (zones.Count < MinimumZones)
            {
                var names = string.Join(", ", zones.Select(z => z.Key).Order(StringComparer.Ordinal));
                yield return RuleViolation.Of(
                    cluster.Members[0].Instance,
                    $"etcd cluster '{cluster.Name}' runs its {count} member(s) in {zones.Count} zone(s) ({names}): spread them over at least {MinimumZones} zones: list at least {MinimumZones} in {context.Facts.AvailabilityZonesKey}");
            }
            else if (zones[0].Count() >= cluster.Quorum)
            {
                yield return RuleViolation.Of(
                    zones[0].First().Instance,
                    $"etcd cluster '{cluster.Name}' puts {zones[0].Count()} of {count} members in zone {zones[0].Key}, a quorum: "
                    + $"move members to the other zones so none holds {cluster.Quorum} (e.g. 2/2/1 for five members over three zones)");
            }
        }
    }
}
