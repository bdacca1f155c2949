namespace Infra.ControlPlane.Kubeadm;

/// <summary>A directory of patch files kubeadm applies to the manifests it generates (<c>kube-apiserver0+merge.yaml</c>, ...).</summary>
/// <param name="Directory">An absolute path on the node.</param>
public sealed record Patches(string Directory);
