namespace Infra.Platform;

/// <summary>
/// The pod QoS classes Kubernetes derives from requests and limits (seed 000), which decide who is evicted first
/// under node pressure: BestEffort, then Burstable pods above their requests, Guaranteed last.
/// </summary>
public enum QosClass
{
    /// <summary>Limits equal requests for cpu and memory: evicted last, eligible for exclusive CPUs (seed 004's CPU sets).</summary>
    Guaranteed,

    /// <summary>Limits above requests: may use idle capacity, evicted before Guaranteed pods when it is reclaimed.</summary>
    Burstable,

    /// <summary>No requests or limits: runs on idle capacity only and is evicted first; batch tier only.</summary>
    BestEffort,
}
