namespace Infra.Emit.Render;

/// <summary>A resource that carries several Kubernetes objects (a ConfigGroup): render writes them as one multi-document manifest.</summary>
public interface IKubernetesManifestGroup
{
    /// <summary>The objects, each a record or a map holding apiVersion, kind and metadata.</summary>
    IReadOnlyList<object> Manifests { get; }
}
