namespace Infra.Platform;

/// <summary>How a workload's replicas spread over failure domains.</summary>
public enum WorkloadSpread
{
    /// <summary>
    /// Topology spread constraints over zones and over nodes, max skew 1, ScheduleAnyway: balanced at any replica count
    /// (a preferred anti-affinity only separates the first replica of each zone), and never Pending because one zone
    /// is short of capacity, which a DoNotSchedule zone constraint would make of every scale-up during a zone's outage.
    /// </summary>
    TopologySpread,

    /// <summary>Preferred pod anti-affinity on the zone (weight 100), as the cdk8s anchor writes it (seeds 000, 003).</summary>
    ZoneAntiAffinity,

    /// <summary>No spreading rule: the scheduler's default scoring only.</summary>
    None,
}
