using System.Text.RegularExpressions;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Storage;
using Infra.Model;
using Infra.NodeIam;

namespace Infra.CloudProvider;

/// <summary>
/// The Amazon EBS CSI driver and the cluster's default storage class. The controller (provisioner,
/// attacher, resizer) calls the EC2 API and runs on control-plane nodes only, with their instance
/// role (<see cref="NodePermissions.EbsCsiController"/>); the node plugin runs on every node, mounts
/// attached volumes and reads its instance id, type and zone from its Node object, not from IMDS (which
/// workers keep from pods), so the worker role holds no volume permission. No IRSA or pod identity: this is not EKS.
/// </summary>
public sealed partial class EbsCsiDriver : ChartAddOn<EbsCsiDriverValues>
{
    /// <summary>The chart repository of the kubernetes-sigs aws-ebs-csi-driver project.</summary>
    public const string ChartRepository = "https://kubernetes-sigs.github.io/aws-ebs-csi-driver";

    public const string ChartName = "aws-ebs-csi-driver";

    /// <summary>The CSI driver name: the provisioner of its storage classes.</summary>
    public const string DriverName = "ebs.csi.aws.com";

    /// <summary>Where upstream publishes the driver image.</summary>
    public const string ImageRepository = "registry.k8s.io/provider-aws/aws-ebs-csi-driver";

    /// <summary>Where the Kubernetes CSI project publishes its sidecars (the chart defaults to rebuilt copies elsewhere).</summary>
    public const string SidecarRepositoryPrefix = "registry.k8s.io/sig-storage/";

    public static VersionPin ProvisionerPin { get; } = SidecarPin("csi-provisioner", "v6.3.0");

    public static VersionPin AttacherPin { get; } = SidecarPin("csi-attacher", "v4.12.0");

    public static VersionPin SnapshotterPin { get; } = SidecarPin("csi-snapshotter", "v8.6.0");

    public static VersionPin LivenessProbePin { get; } = SidecarPin("livenessprobe", "v2.19.0");

    public static VersionPin ResizerPin { get; } = SidecarPin("csi-resizer", "v2.2.1");

    public static VersionPin NodeDriverRegistrarPin { get; } = SidecarPin("csi-node-driver-registrar", "v2.17.0");

    /// <summary>The CSI sidecars, in the order of the chart's <c>sidecars</c> values.</summary>
    public static IReadOnlyList<VersionPin> SidecarPins { get; } = [ProvisionerPin, AttacherPin, SnapshotterPin, LivenessProbePin, ResizerPin, NodeDriverRegistrarPin];

    public const string Namespace = "kube-system";

    /// <summary>The node plugin's only metadata source: its Node object (see <see cref="EbsCsiNodeValues.MetadataSources"/>).</summary>
    public const string KubernetesMetadataSource = "kubernetes";

    public EbsCsiDriver(Scope parent, string id, EbsCsiDriverArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
        // Encrypted (with the account's default EBS key), bound where the pod lands (EBS volumes are
        // zonal), resizable in place, deleted with its claim: retained volumes outlive their owners
        // unnoticed and keep costing.
        StorageClass = new StorageClass(Scope, "storage-class", new StorageClassArgs
        {
            Metadata = new ObjectMeta
            {
                Name = args.StorageClassName,
                Annotations = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["storageclass.kubernetes.io/is-default-class"] = "true" },
            },
            Provisioner = DriverName,
            Parameters = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["encrypted"] = "true", ["type"] = "gp3" },
            ReclaimPolicy = ReclaimPolicy.Delete,
            VolumeBindingMode = VolumeBindingMode.WaitForFirstConsumer,
            AllowVolumeExpansion = true,
        }, options);
    }

    /// <summary>The default storage class.</summary>
    public StorageClass StorageClass { get; }

    private static EbsCsiDriverValues ValuesFor(EbsCsiDriverArgs args)
    {
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"cluster name '{args.ClusterName}' is not a cluster name: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (!ObjectNamePattern().IsMatch(args.StorageClassName))
        {
            throw new ArgumentException(
                $"storage class name '{args.StorageClassName}' is not a Kubernetes object name: use lower-case letters, digits, '-' and '.' (e.g. 'gp3')",
                nameof(args));
        }

        return new EbsCsiDriverValues
        {
            Image = new ChartImage { Repository = ImageRepository, Tag = args.DriverTag },

            Sidecars = new EbsCsiSidecars
            {
                Provisioner = Sidecar(ProvisionerPin),
                Attacher = Sidecar(AttacherPin),
                Snapshotter = Sidecar(SnapshotterPin),
                LivenessProbe = Sidecar(LivenessProbePin),
                Resizer = Sidecar(ResizerPin),
                NodeDriverRegistrar = Sidecar(NodeDriverRegistrarPin),
            },
            Controller = new EbsCsiControllerValues
            {
                K8sTagClusterId = args.ClusterName,
                NodeSelector = ControlPlanePlacement.NodeSelector,
                Tolerations = [ControlPlanePlacement.ControlPlaneTaint],
            },
            Node = new EbsCsiNodeValues { MetadataSources = KubernetesMetadataSource },
        };
    }

    private static EbsCsiSidecar Sidecar(VersionPin pin) =>
        new() { Image = new ChartImage { Repository = pin.Name, Tag = pin.Version } };

    /// <summary>A CSI sidecar at the upstream release the chart's default image is rebuilt from.</summary>
    private static VersionPin SidecarPin(string image, string tag) => VersionPin.Image(
        SidecarRepositoryPrefix + image,
        tag,
        $"the kubernetes-csi {image} release that the default {image} image of chart {EbsCsiDriverArgs.ChartPin.Version} is rebuilt from");

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex ObjectNamePattern();
}
