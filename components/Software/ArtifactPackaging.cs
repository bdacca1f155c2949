namespace Infra.Software;

/// <summary>How a release ships an artifact, which decides how the installer lays it down.</summary>
public enum ArtifactPackaging
{
    /// <summary>The download is the executable itself (kubelet, kubeadm, kubectl, runc): installed as the artifact's target path.</summary>
    Binary,

    /// <summary>
    /// A gzipped tar (containerd, CNI plugins, crictl, etcd): every executable file in it is installed into the
    /// artifact's target directory under its own name, whatever folder the archive keeps it in; documentation and
    /// licences (not executable) stay out.
    /// </summary>
    Archive,
}
