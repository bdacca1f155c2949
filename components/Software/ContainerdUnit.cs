namespace Infra.Software;

/// <summary>
/// containerd's systemd unit, which the release archive does not carry: upstream's <c>containerd.service</c> at
/// v2.3.4 (containerd/containerd, commit db8809540e1a), the file containerd's getting-started guide installs next to
/// the archive. <c>Type=notify</c>: units ordered after containerd start once its socket answers; <c>Delegate=yes</c>
/// and <c>KillMode=process</c>: containers keep running across a containerd restart; <c>OOMScoreAdjust=-999</c>: the
/// kernel kills workloads before the runtime.
/// </summary>
public static class ContainerdUnit
{
    public const string Path = "/etc/systemd/system/containerd.service";

    public const string Content = """
        [Unit]
        Description=containerd container runtime
        Documentation=https://containerd.io
        After=network.target dbus.service

        [Service]
        ExecStartPre=-/sbin/modprobe overlay
        ExecStart=/usr/local/bin/containerd
        Type=notify
        Delegate=yes
        KillMode=process
        Restart=always
        RestartSec=5
        LimitNPROC=infinity
        LimitCORE=infinity
        TasksMax=infinity
        OOMScoreAdjust=-999

        [Install]
        WantedBy=multi-user.target

        """;
}
