namespace Infra.Software;

/// <summary>
/// kubeadm's drop-in for the kubelet unit, which the kubeadm package used to install: upstream's template
/// (kubernetes/release, cmd/krel/templates/latest/kubeadm/10-kubeadm.conf, commit f618b2a308bc) as the Debian package
/// ships it (kubeadm.spec rewrites /etc/sysconfig/kubelet to <see cref="ExtraArgsPath"/>), with the binary where the
/// installer puts it. The kubelet reads its bootstrap kubeconfig and configuration file, the flags kubeadm writes to
/// /var/lib/kubelet/kubeadm-flags.env at init or join, and the node's own <c>KUBELET_EXTRA_ARGS</c>.
/// </summary>
public static class KubeadmKubeletDropIn
{
    public const string Path = "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf";

    /// <summary>Where a node sets <c>KUBELET_EXTRA_ARGS</c> (node labels, for example).</summary>
    public const string ExtraArgsPath = "/etc/default/kubelet";

    public static string Content => $"""
        [Service]
        Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
        Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
        EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
        EnvironmentFile=-{ExtraArgsPath}
        ExecStart=
        ExecStart={UpstreamPins.Kubelet.Target} $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS

        """;
}
