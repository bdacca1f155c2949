using System.Globalization;
using Infra.Calico;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Calico's eBPF dataplane (the release carrying <see cref="EbpfDataplaneAnnotation"/>) runs only on nodes whose kernel
/// is at least <see cref="EbpfDataplaneAnnotation.MinimumKernel"/>: on an older one calico-node cannot load its programs,
/// the node stays NotReady, and with kube-proxy skipped no Service routes there.
/// </summary>
public sealed class EbpfKernelSupported : PolicyRule
{
    public override string Id => "NET-003";

    public override string Title => "Nodes under Calico's eBPF dataplane run a kernel it supports";

    public override string Rationale =>
        "kube-proxy is not installed because the eBPF dataplane replaces it: a node whose kernel cannot run that dataplane "
        + "has neither pod networking nor Services.";

    public override bool MandatoryInProduction => true;

    public override bool MandatoryEverywhere => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var minimum = EbpfDataplaneAnnotation.MinimumKernel;
        foreach (var release in context.Resources)
        {
            foreach (var (machines, kernel) in release.Annotations.OfType<EbpfDataplaneAnnotation>().SelectMany(a => a.NodeKernels))
            {
                if (MajorMinor(kernel) is not { } version || version < minimum)
                {
                    yield return RuleViolation.Of(release, "values.installation.calicoNetwork.linuxDataplane",
                        $"{machines} boot kernel '{kernel}', but the eBPF dataplane needs {minimum} or later: pin an image with a newer kernel in infra:images (Ubuntu 24.04 ships 6.8)");
                }
            }
        }
    }

    /// <summary>The kernel release's leading <c>major.minor</c> (<c>6.8.0-1021-aws</c> is 6.8); null when it has none.</summary>
    private static Version? MajorMinor(string kernel)
    {
        var parts = kernel.Split('.', 3);
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(new string([.. parts[1].TakeWhile(char.IsAsciiDigit)]), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new Version(major, minor)
            : null;
    }
}
