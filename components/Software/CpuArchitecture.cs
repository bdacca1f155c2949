namespace Infra.Software;

/// <summary>
/// A processor architecture, with the two names it goes by: the one release downloads carry
/// (<c>amd64</c>, <c>arm64</c>, as Kubernetes, containerd, runc, CNI plugins, crictl and etcd all spell it)
/// and the one the kernel reports (<c>uname -m</c>), which the installer checks before downloading.
/// </summary>
public sealed record CpuArchitecture(string Name, string Machine)
{
    /// <summary>x86-64: every instance family the node pools allow today (m7i, c7i, r7i, g4dn, ...).</summary>
    public static CpuArchitecture Amd64 { get; } = new("amd64", "x86_64");

    /// <summary>64-bit ARM (Graviton): pinned too, so an arm64 pool is an image and instance-type change, not a new pin table.</summary>
    public static CpuArchitecture Arm64 { get; } = new("arm64", "aarch64");

    /// <summary>The architectures every pin carries a download for.</summary>
    public static IReadOnlyList<CpuArchitecture> All { get; } = [Amd64, Arm64];

    public override string ToString() => Name;
}
