namespace Infra.ControlPlane.Cis;

/// <summary>
/// The CIS recommendations the control plane carrying this annotation deliberately does not follow, for the policy
/// report (<c>CIS-001</c>) and the benchmark test, which both read them from here: one list, one source.
/// </summary>
/// <param name="Deviations">The documented deviations, in benchmark order.</param>
public sealed record CisDeviationsAnnotation(IReadOnlyList<CisDeviation> Deviations);
