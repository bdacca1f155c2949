using Infra.Kubernetes.Core;

namespace Infra.Dns;

/// <summary>CoreDNS's replica count and zone spread, for policy DNS-001.</summary>
/// <param name="Replicas">The replica count the release sets.</param>
/// <param name="ZoneSpread">What the scheduler does when replicas cannot spread evenly over zones.</param>
/// <param name="SpreadsOverZones">True when a topology spread constraint on zones is set.</param>
public sealed record CoreDnsAnnotation(int Replicas, UnsatisfiableConstraintAction ZoneSpread, bool SpreadsOverZones);
