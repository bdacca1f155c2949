using Infra.Emit.PulumiYaml;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Storage;
using Infra.LocalStorage;
using Infra.Model;
using Infra.NodePools;

namespace Infra.Tests.LocalStorage;

public class LocalVolumeProvisionerTests
{
    private static LocalVolumeProvisioner Build() => new(new InfraProgram("test", "test").Root, "local-volume-provisioner", new LocalVolumeProvisionerArgs());

    [Fact]
    public void It_is_a_pinned_release_of_the_sig_storage_chart_in_the_privileged_kube_system_namespace()
    {
        var release = Build().Release;

        Assert.Equal(("local-static-provisioner", "2.9.0", "https://kubernetes-sigs.github.io/sig-storage-local-static-provisioner"), (release.Args.Chart, release.Args.Version, release.Args.RepositoryOpts?.Repo));
        Assert.Equal("kube-system", release.Args.Namespace?.KnownValue);
    }

    [Fact]
    public void The_storage_class_has_no_provisioner_binds_where_the_pod_lands_and_keeps_the_volume()
    {
        var args = Build().StorageClass.Args;

        Assert.Equal("kubernetes.io/no-provisioner", args.Provisioner);
        Assert.Equal(VolumeBindingMode.WaitForFirstConsumer, args.VolumeBindingMode);
        Assert.Equal(ReclaimPolicy.Retain, args.ReclaimPolicy);
    }

    [Fact]
    public void The_chart_publishes_the_mounts_the_boot_makes_under_the_storage_class_name()
    {
        var provisioner = Build();

        var entry = Assert.Single(provisioner.Values.Classes);
        Assert.Equal((LocalSsdDisks.MountRoot, "ext4", "Filesystem"), (entry.HostDir, entry.FsType, entry.VolumeMode));
        Assert.Equal(provisioner.StorageClass.Args.Metadata?.Name?.KnownValue, entry.Name);
    }

    [Fact]
    public void It_runs_on_every_node_labelled_for_local_ssd_whatever_its_taints()
    {
        var values = Build().Values;

        Assert.Equal(new Dictionary<string, string> { [LocalSsdDisks.NodeLabel] = "true" }, values.NodeSelector);
        Assert.Equal([new Toleration { Operator = TolerationOperator.Exists }], values.Tolerations);
    }

    [Fact]
    public void The_class_reaches_the_program_under_the_charts_own_key_names()
    {
        var program = new InfraProgram("test", "test");
        _ = new LocalVolumeProvisioner(program.Root, "local-volume-provisioner", new LocalVolumeProvisionerArgs());

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Contains("hostDir: /mnt/disks", yaml, StringComparison.Ordinal);
        Assert.Contains("fsType: ext4", yaml, StringComparison.Ordinal);
        Assert.Contains("volumeMode: Filesystem", yaml, StringComparison.Ordinal);
    }
}
