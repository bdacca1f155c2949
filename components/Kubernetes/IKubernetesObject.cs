using Infra.Emit.Render;
using Infra.Kubernetes.Meta;

namespace Infra.Kubernetes;

/// <summary>
/// A resource that is one Kubernetes object: what a renderer needs to write it as a plain manifest
/// (apiVersion, kind, metadata, then the rest of its args).
/// </summary>
public interface IKubernetesObject : IKubernetesManifest
{
    ObjectMeta? Metadata { get; }
}

/// <summary>The args of a Kubernetes object: every kind has metadata.</summary>
public interface IKubernetesObjectArgs
{
    ObjectMeta? Metadata { get; }
}
