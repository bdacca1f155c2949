namespace Infra.NodePools;

/// <summary>
/// The amd64 instance families whose every size comes with NVMe instance-store disks, the only ones a pool with
/// <see cref="NodePoolArgs.LocalSsd"/> may use. Source: the Amazon EC2 Instance Types guide, "Instance store
/// specifications" (general purpose: m5d, m6id; compute: c5d, c6id; memory: r5d, r6id; storage: i3en, i4i;
/// accelerated: g4dn, g5, g6), where each family's sizes all list NVMe SSD volumes. A family left out is not refused
/// for being slow or old: it is refused because nothing at boot would find a disk to prepare.
/// </summary>
public static class InstanceStoreFamilies
{
    public static IReadOnlySet<string> Nvme { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "c5d", "c6id", "g4dn", "g5", "g6", "i3en", "i4i", "m5d", "m6id", "r5d", "r6id",
    };
}
