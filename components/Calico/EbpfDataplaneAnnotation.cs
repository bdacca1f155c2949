namespace Infra.Calico;

/// <summary>
/// The kernels Calico's eBPF dataplane will run on, for policy NET-003: each entry names the machines (by the image they
/// boot) and the kernel release that image carries (<c>uname -r</c>, or the lowest its image family ships).
/// </summary>
/// <param name="NodeKernels">Machines -> kernel release, in a stable order.</param>
public sealed record EbpfDataplaneAnnotation(IReadOnlyList<KeyValuePair<string, string>> NodeKernels)
{
    /// <summary>Calico's eBPF dataplane requirement for a supported kernel (Calico docs, "Enable the eBPF dataplane": Linux 5.10 or later).</summary>
    public static readonly Version MinimumKernel = new(5, 10);
}
