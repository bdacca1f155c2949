using Infra.Dns;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// CoreDNS (the release carrying <see cref="CoreDnsAnnotation"/>) runs at least two replicas and spreads them over zones:
/// with one replica, every node drain or zone outage takes every pod's name resolution with it.
/// </summary>
public sealed class CoreDnsHighlyAvailable : PolicyRule
{
    public override string Id => "DNS-001";

    public override string Title => "CoreDNS runs at least two replicas spread over zones";

    public override string Rationale =>
        "Every Service lookup of every pod goes through CoreDNS (directly or through NodeLocal DNSCache's misses): "
        + "one replica, or all replicas in one zone, makes a node drain or a zone outage a cluster-wide outage.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var release in context.Resources)
        {
            foreach (var coreDns in release.Annotations.OfType<CoreDnsAnnotation>())
            {
                if (coreDns.Replicas < CoreDnsSettings.MinReplicas)
                {
                    yield return RuleViolation.Of(release, "values.replicaCount",
                        $"CoreDNS runs {coreDns.Replicas} replica(s): run at least {CoreDnsSettings.MinReplicas} (CoreDnsSettings.For derives them from the cluster size)");
                }

                if (!coreDns.SpreadsOverZones)
                {
                    yield return RuleViolation.Of(release, "values.topologySpreadConstraints",
                        $"CoreDNS's replicas are not spread over zones: add a topology spread constraint on {CoreDns.ZoneKey} (CoreDns sets one)");
                }
            }
        }
    }
}
