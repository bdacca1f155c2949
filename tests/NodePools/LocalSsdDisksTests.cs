using Infra.NodePools;
using Infra.Tests.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.NodePools;

/// <summary>
/// The disk preparation of <see cref="LocalSsdDisks"/> run for real by bash, with the real mkfs.ext4 and blkid, on
/// image files that a scratch <c>/dev/disk/by-id</c> links to under EC2's instance-store names. <c>mount</c> and
/// <c>mountpoint</c> are stand-ins that keep their state in the scratch directory: what only a real instance proves is
/// the kernel mounting the NVMe devices and udev naming them as EC2 documents.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalSsdDisksTests : IDisposable
{
    private const string Prefix = LocalSsdDisks.ByIdPrefix;

    private readonly BootMachine machine = new("local-ssd-");

    public LocalSsdDisksTests()
    {
        machine.Environment[LocalSsdDisks.ByIdVariable] = machine.Tools.Path("dev/disk/by-id");
        machine.Write("etc/fstab", "LABEL=cloudimg-rootfs / ext4 discard,errors=remount-ro 0 1\n");
        machine.Tools.Add("mkfs.ext4", "exec /usr/sbin/mkfs.ext4 \"$@\"");
        machine.Tools.Add("blkid", "exec /usr/sbin/blkid \"$@\"");
        machine.Tools.Add("mount", $"touch \"$1/.mounted\"");
        machine.Tools.Add("mountpoint", "[[ -e \"$2/.mounted\" ]]");
    }

    public void Dispose() => machine.Dispose();

    [Fact]
    public void Each_disk_is_formatted_once_listed_in_fstab_once_and_mounted_under_its_id_however_often_the_step_runs()
    {
        AddDisk("AWS1111", extraName: "AWS1111_1");
        AddDisk("AWS2222");

        var first = Prepare();
        var uuids = Uuids();
        var again = Prepare();

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(2, machine.Tools.Calls("mkfs.ext4").Length);
        Assert.Equal(uuids, Uuids());
        Assert.Equal(
            [$"UUID={uuids["AWS1111"]} /mnt/disks/AWS1111 ext4 defaults,nofail,noatime 0 2", $"UUID={uuids["AWS2222"]} /mnt/disks/AWS2222 ext4 defaults,nofail,noatime 0 2"],
            File.ReadAllLines(machine.Tools.Path("etc/fstab")).Skip(1));
        Assert.Equal([machine.Tools.Path("mnt/disks/AWS1111"), machine.Tools.Path("mnt/disks/AWS2222")], machine.Tools.Calls("mount"));
    }

    [Fact]
    public void A_disk_that_already_has_ext4_is_mounted_as_it_is()
    {
        var image = AddDisk("AWS3333");
        Assert.Equal(0, InstalledTool.Run("/usr/sbin/mkfs.ext4", ["-q", "-F", image]).ExitCode);
        File.WriteAllText(machine.Tools.Path("uuid-before"), Uuid(image));

        var result = Prepare();

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(machine.Tools.Calls("mkfs.ext4"));
        Assert.Equal(File.ReadAllText(machine.Tools.Path("uuid-before")), Uuid(image));
    }

    [Fact]
    public void A_disk_with_another_file_system_is_left_untouched_and_the_step_fails()
    {
        var image = AddDisk("AWS4444");
        Assert.Equal(0, InstalledTool.Run("/usr/sbin/mkfs.ext2", ["-q", "-F", image]).ExitCode);

        var result = Prepare();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("carries ext2, not ext4: left untouched", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("mkfs.ext4"));
    }

    [Fact]
    public void A_node_without_instance_store_disks_fails_the_step_naming_where_it_looked()
    {
        Directory.CreateDirectory(machine.Tools.Path("dev/disk/by-id"));

        var result = Prepare();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"no instance-store NVMe disk under {machine.Tools.Path("dev/disk/by-id")}", result.Error, StringComparison.Ordinal);
    }

    /// <summary>An 8 MiB image file linked under EC2's by-id name (and an optional second name for the same disk).</summary>
    private string AddDisk(string id, string? extraName = null)
    {
        var image = machine.Tools.Path($"images/{id}.img");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        using (var file = File.Create(image))
        {
            file.SetLength(8 * 1024 * 1024);
        }

        var byId = machine.Tools.Path("dev/disk/by-id");
        Directory.CreateDirectory(byId);
        foreach (var name in new[] { id, extraName }.OfType<string>())
        {
            File.CreateSymbolicLink(Path.Combine(byId, Prefix + name), image);
        }

        return image;
    }

    private Dictionary<string, string> Uuids() => Directory.GetFiles(machine.Tools.Path("images"))
        .ToDictionary(image => Path.GetFileNameWithoutExtension(image), Uuid, StringComparer.Ordinal);

    private static string Uuid(string image) =>
        InstalledTool.Run("/usr/sbin/blkid", ["--probe", "--match-tag", "UUID", "--output", "value", image]).Out.Trim();

    private InstalledTool.Result Prepare() =>
        machine.RunFunction(LocalSsdDisks.Instance.Definitions, "prepare_local_ssds");
}
