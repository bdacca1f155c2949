using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Storage;

/// <summary>Args of <c>kubernetes:storage.k8s.io/v1:StorageClass</c>.</summary>
public sealed record StorageClassArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    /// <summary>The CSI driver that provisions the class's volumes, e.g. <c>ebs.csi.aws.com</c>.</summary>
    public required string Provisioner { get; init; }

    /// <summary>Driver-specific settings (volume type, encryption), all strings.</summary>
    public IReadOnlyDictionary<string, string>? Parameters { get; init; }

    /// <summary>Unset means Delete.</summary>
    public ReclaimPolicy? ReclaimPolicy { get; init; }

    /// <summary>Unset means Immediate.</summary>
    public VolumeBindingMode? VolumeBindingMode { get; init; }

    public bool? AllowVolumeExpansion { get; init; }
}

public enum ReclaimPolicy
{
    [PulumiName("Delete")]
    Delete,

    [PulumiName("Retain")]
    Retain,
}

public enum VolumeBindingMode
{
    [PulumiName("Immediate")]
    Immediate,

    /// <summary>Provision once a pod is scheduled, in that pod's zone.</summary>
    [PulumiName("WaitForFirstConsumer")]
    WaitForFirstConsumer,
}

/// <summary>A storage class: how claims that name it get their volumes.</summary>
public sealed class StorageClass(Scope scope, string id, StorageClassArgs args, ResourceOptions? options = null)
    : KubernetesResource<StorageClassArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:storage.k8s.io/v1:StorageClass");
}
