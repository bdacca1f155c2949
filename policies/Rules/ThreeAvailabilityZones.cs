using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The stack spreads over at least <see cref="MinimumZones"/> availability zones: the zones it
/// states (<see cref="StackFacts.AvailabilityZones"/>) and, when it creates subnets, the zones its
/// private subnets actually sit in.
/// </summary>
public sealed class ThreeAvailabilityZones : PolicyRule
{
    /// <summary>Three: with etcd members spread over them, losing one zone still leaves a majority.</summary>
    public const int MinimumZones = 3;

    public override string Id => "AWS-005";

    public override string Title => "The cluster spans at least three availability zones";

    public override string Rationale =>
        "With two zones, losing one takes half of etcd and quorum with it; three zones keep a majority of members and of node capacity through a zone outage.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        if (context.Facts.AvailabilityZones < MinimumZones)
        {
            yield return RuleViolation.OfStack(
                $"the stack states {context.Facts.AvailabilityZones} availability zone(s): list at least {MinimumZones} in {context.Facts.AvailabilityZonesKey}");
        }

        var subnets = PrivateSubnets.Of(context);
        var zones = PrivateSubnets.Zones(subnets);
        if (subnets.Count > 0 && zones.Count < MinimumZones)
        {
            yield return RuleViolation.Of(
                subnets[0],
                "availabilityZone",
                $"private subnets sit in {zones.Count} zone(s) ({string.Join(", ", zones)}): list at least {MinimumZones} in {context.Facts.AvailabilityZonesKey}, with a private subnet in each");
        }
    }
}
