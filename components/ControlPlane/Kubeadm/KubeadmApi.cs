namespace Infra.ControlPlane.Kubeadm;

/// <summary>The kubeadm configuration API this model writes.</summary>
public static class KubeadmApi
{
    /// <summary>v1beta4: the current kubeadm API (since Kubernetes 1.31); v1beta3 is deprecated.</summary>
    public const string Version = "kubeadm.k8s.io/v1beta4";
}
