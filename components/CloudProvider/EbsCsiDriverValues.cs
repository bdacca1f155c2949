using Infra.Kubernetes.Core;

namespace Infra.CloudProvider;

/// <summary>
/// The values of the <c>aws-ebs-csi-driver</c> chart we set, under the chart's names (chart 2.63.1,
/// values.yaml). Maps are merged with the chart's defaults; lists replace them.
/// </summary>
public sealed record EbsCsiDriverValues
{
    public required ChartImage Image { get; init; }

    public required EbsCsiSidecars Sidecars { get; init; }

    public required EbsCsiControllerValues Controller { get; init; }

    public required EbsCsiNodeValues Node { get; init; }
}

/// <summary><c>sidecars</c>: the Kubernetes CSI sidecar containers, each by its image.</summary>
public sealed record EbsCsiSidecars
{
    public required EbsCsiSidecar Provisioner { get; init; }

    public required EbsCsiSidecar Attacher { get; init; }

    /// <summary>Runs only once the snapshot CRDs are installed; pinned so it comes from the same registry then.</summary>
    public required EbsCsiSidecar Snapshotter { get; init; }

    public required EbsCsiSidecar LivenessProbe { get; init; }

    public required EbsCsiSidecar Resizer { get; init; }

    public required EbsCsiSidecar NodeDriverRegistrar { get; init; }
}

/// <summary>One <c>sidecars.&lt;name&gt;</c> entry: only its image is ours.</summary>
public sealed record EbsCsiSidecar
{
    public required ChartImage Image { get; init; }
}

/// <summary><c>controller</c>: the Deployment that calls the EC2 API.</summary>
public sealed record EbsCsiControllerValues
{
    /// <summary>The driver's tag cluster id: volumes and snapshots get <c>ebs.csi.aws.com/cluster-name</c> and the cluster tag.</summary>
    public required string K8sTagClusterId { get; init; }

    /// <summary>Added to the chart's <c>kubernetes.io/os: linux</c>.</summary>
    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>Replaces the chart's list.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }
}

/// <summary><c>node</c>: the DaemonSet on every node that mounts volumes.</summary>
public sealed record EbsCsiNodeValues
{
    /// <summary>
    /// The chart's <c>node.metadataSources</c> (the driver's <c>--metadata-sources</c>, since chart 2.45; docs/install.md, "Kubernetes Metadata"):
    /// "kubernetes" reads the instance id, type, region and zone from the pod's Node (provider id and the
    /// labels the cloud controller manager sets) instead of IMDS, which a worker's hop limit of 1 keeps
    /// pods from reaching. Only one source, so the plugin never waits on IMDS timeouts before falling back.
    /// </summary>
    public required string MetadataSources { get; init; }
}
