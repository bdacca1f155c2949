using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Storage;
using Infra.Model;
using Infra.NodePools;

namespace Infra.LocalStorage;

/// <summary>
/// Local PersistentVolumes on the instance-store disks of pools with <see cref="NodePoolArgs.LocalSsd"/>: the
/// upstream local static provisioner (its chart) publishes each disk the node's boot mounted under
/// <see cref="LocalSsdDisks.MountRoot"/> as one volume, and a storage class with no provisioner
/// (<see cref="NoProvisioner"/>: the volumes exist before any claim) binds a claim once its pod is scheduled
/// (<c>WaitForFirstConsumer</c>: a local volume fixes the pod's node, so the scheduler must choose the node with the
/// pod's other constraints in view) and keeps the volume when the claim goes (<c>Retain</c>: the data is on one
/// node's disk, and an operator decides when to wipe it).
/// </summary>
/// <remarks>
/// Namespace kube-system, which runs at Pod Security level privileged (<see cref="Platform.PlatformNamespace.SystemNamespaces"/>):
/// the provisioner's container is privileged (the chart's <c>privileged: true</c>) and mounts the discovery
/// directory and <c>/dev</c> from the host.
/// </remarks>
public sealed class LocalVolumeProvisioner : ChartAddOn<LocalVolumeProvisionerValues>
{
    /// <summary>The chart repository of kubernetes-sigs/sig-storage-local-static-provisioner (helm/README.md's <c>helm repo add</c>).</summary>
    public const string ChartRepository = "https://kubernetes-sigs.github.io/sig-storage-local-static-provisioner";

    public const string ChartName = "local-static-provisioner";

    public const string Namespace = "kube-system";

    /// <summary>The provisioner name of classes whose volumes are created ahead of claims (Kubernetes' local volume documentation).</summary>
    public const string NoProvisioner = "kubernetes.io/no-provisioner";

    public LocalVolumeProvisioner(Scope parent, string id, LocalVolumeProvisionerArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
        StorageClass = new StorageClass(Scope, "storage-class", new StorageClassArgs
        {
            Metadata = new ObjectMeta { Name = args.StorageClassName },
            Provisioner = NoProvisioner,
            ReclaimPolicy = ReclaimPolicy.Retain,
            VolumeBindingMode = VolumeBindingMode.WaitForFirstConsumer,
        }, options);
    }

    /// <summary>The class the chart's volumes name; declared here, not by the chart, so its policy is typed and tested.</summary>
    public StorageClass StorageClass { get; }

    private static LocalVolumeProvisionerValues ValuesFor(LocalVolumeProvisionerArgs args) => new()
    {
        Classes = [new LocalVolumeClass { Name = args.StorageClassName, HostDir = LocalSsdDisks.MountRoot, VolumeMode = "Filesystem", FsType = "ext4" }],
        NodeSelector = new Dictionary<string, string> { [LocalSsdDisks.NodeLabel] = "true" },
        Tolerations = [new Toleration { Operator = TolerationOperator.Exists }],
    };
}
