namespace Infra.Software;

/// <summary>
/// The kubelet's systemd unit, which the Kubernetes packages used to install: upstream's template
/// (kubernetes/release, cmd/krel/templates/latest/kubelet/kubelet.service, commit f618b2a308bc) with the binary where
/// the installer puts it. Restarted every 10 s without limit: until kubeadm init or join writes its configuration the
/// kubelet exits, and it must come back as soon as that file exists.
/// </summary>
public static class KubeletUnit
{
    public const string Path = "/etc/systemd/system/kubelet.service";

    public static string Content => $"""
        [Unit]
        Description=kubelet: The Kubernetes Node Agent
        Documentation=https://kubernetes.io/docs/
        Wants=network-online.target
        After=network-online.target

        [Service]
        ExecStart={UpstreamPins.Kubelet.Target}
        Restart=always
        StartLimitInterval=0
        RestartSec=10

        [Install]
        WantedBy=multi-user.target

        """;
}
