using Infra.Boot;
using Infra.Emit;

namespace Infra.NodePools;

/// <summary>
/// The instance-store NVMe disks of a node, prepared at boot for the local static provisioner
/// (<c>Infra.LocalStorage.LocalVolumeProvisioner</c>): each disk EC2 names "Amazon EC2 NVMe Instance Storage" in
/// <c>/dev/disk/by-id</c> gets an ext4 file system when it has none, an <c>/etc/fstab</c> line
/// (<c>nofail</c>: a disk missing at a later boot does not stop the node) and a mount at
/// <see cref="MountRoot"/>/&lt;disk id&gt;, where the provisioner turns each mount into one PersistentVolume. A disk
/// that already carries ext4 (a reboot) is mounted as it is, never formatted again; one with another file system,
/// or whose probe fails, stops the step rather than risk a volume's data.
/// </summary>
/// <remarks>
/// Instance-store data survives a reboot but not a stop or a replacement: that is the contract of the storage class
/// (<c>Retain</c>, bound to the node), and Auto Scaling replaces nodes rather than stopping them.
/// </remarks>
public sealed class LocalSsdDisks : IPoolBootSteps
{
    /// <summary>Where the disks are mounted, one directory per disk: the provisioner's discovery directory.</summary>
    public const string MountRoot = "/mnt/disks";

    /// <summary>The node label of pools with local disks, which the provisioner's pods select.</summary>
    public const string NodeLabel = "local-ssd";

    /// <summary>The prefix udev gives EC2's instance-store NVMe disks in <c>/dev/disk/by-id</c> (the model name, then the serial).</summary>
    public const string ByIdPrefix = "nvme-Amazon_EC2_NVMe_Instance_Storage_";

    /// <summary>Overrides <c>/dev/disk/by-id</c> (tests point it at a folder of links to image files).</summary>
    public const string ByIdVariable = "LOCAL_SSD_BY_ID";

    public static LocalSsdDisks Instance { get; } = new();

    private LocalSsdDisks()
    {
    }

    public string Definitions => $$"""
        # prepare_local_ssds: formats (only when blank), records in fstab and mounts every instance-store NVMe disk.
        # A disk appears under several names (with and without a namespace suffix): each device is handled once.
        prepare_local_ssds() {
          local by_id=${{{ByIdVariable}}:-/dev/disk/by-id} link device id target fs_type uuid
          local -A seen=()
          local prepared=0
          for link in "$by_id"/{{ByIdPrefix}}*; do
            [[ -e $link && $link != *-part* ]] || continue
            device=$(readlink -f "$link")
            [[ -z ${seen[$device]:-} ]] || continue
            seen[$device]=1
            id=${link##*/{{ByIdPrefix}}}
            id=${id%_[0-9]*}
            target={{MountRoot}}/$id
            # blkid exits 2 when it finds no file system; any other failure must not lead to a format.
            if fs_type=$(blkid --probe --match-tag TYPE --output value "$device"); then
              # An empty type with status 0 is a partition table: not ours to format either.
              [[ $fs_type == ext4 ]] || { boot_log "$device carries ${fs_type:-a partition table}, not ext4: left untouched; wipe it by hand to use it"; return 1; }
            else
              (($? == 2)) || return 1
              mkfs.ext4 -q -m 0 -E nodiscard "$device"
            fi
            uuid=$(blkid --probe --match-tag UUID --output value "$device")
            mkdir -p "$root$target"
            grep -qs " $target " "$root/etc/fstab" || echo "UUID=$uuid $target ext4 defaults,nofail,noatime 0 2" >> "$root/etc/fstab"
            mountpoint -q "$root$target" || mount "$root$target"
            prepared=$((prepared + 1))
          done
          # udev may not have named the disks yet: failing lets the step's retry look again.
          ((prepared > 0)) || { boot_log "no instance-store NVMe disk under $by_id: does the instance type have NVMe instance store (InstanceStoreGb in Ec2InstanceTypes)?"; return 1; }
        }

        """;

    public IReadOnlyList<BootStep> Steps { get; } =
    [
        BootStep.Retried("prepare-local-ssds", "format and mount the instance-store disks", "prepare_local_ssds"),
    ];

    public IReadOnlyList<OrderedMap> WriteFiles { get; } = [];
}
