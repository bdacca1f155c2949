using Infra.Kubernetes.Core;

namespace Infra.LocalStorage;

/// <summary>
/// The values of the <c>local-static-provisioner</c> chart we set, under the chart's names (chart 2.9.0,
/// helm/provisioner/values.yaml and templates/configmap.yaml). Lists and maps replace the chart's.
/// </summary>
public sealed record LocalVolumeProvisionerValues
{
    /// <summary>The one class of local volumes; replaces the chart's example class <c>fast-disks</c>.</summary>
    public required IReadOnlyList<LocalVolumeClass> Classes { get; init; }

    /// <summary>Nodes with local disks only: elsewhere the discovery directory is empty.</summary>
    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>Every taint: a pool with local disks may be tainted for other reasons (GPU pools), and its volumes still need publishing.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }
}

/// <summary>One entry of the chart's <c>classes</c> (its keys as values.yaml's example and templates/configmap.yaml read them).</summary>
public sealed record LocalVolumeClass
{
    /// <summary>The storage class the volumes are published under.</summary>
    public required string Name { get; init; }

    /// <summary>The discovery directory on the host: each mount point in it becomes one volume.</summary>
    public required string HostDir { get; init; }

    public required string VolumeMode { get; init; }

    public required string FsType { get; init; }
}
