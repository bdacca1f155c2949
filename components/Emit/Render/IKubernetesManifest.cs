namespace Infra.Emit.Render;

/// <summary>A resource that is a Kubernetes object: render writes it as a plain manifest.</summary>
public interface IKubernetesManifest
{
    string ApiVersion { get; }

    string Kind { get; }
}
