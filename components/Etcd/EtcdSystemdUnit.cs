namespace Infra.Etcd;

/// <summary>
/// A member as a systemd service: etcd runs outside the kubelet on its dedicated instances, so it
/// keeps running (and keeps quorum) whatever happens to Kubernetes on the host.
/// </summary>
public static class EtcdSystemdUnit
{
    /// <summary>The unit's name (<c>etcd.service</c>), the same on members of the main and the events cluster: each runs on its own instance.</summary>
    public const string UnitName = "etcd";

    /// <summary>Where the pinned release's binary is installed.</summary>
    public const string DefaultBinary = "/usr/local/bin/etcd";

    /// <summary>
    /// The command line the unit runs: the member's flags, with <c>--initial-cluster-state</c> taken from
    /// <see cref="EtcdRejoinScript.StateVariable"/>, which the rejoin step sets to <c>existing</c> when the member
    /// comes back without data into a running cluster.
    /// </summary>
    public static IReadOnlyList<string> ExecStartFlags(EtcdMemberConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Flags()
            .Select(flag => flag.StartsWith(InitialClusterStateFlag, StringComparison.Ordinal) ? InitialClusterStateFlag + "${" + EtcdRejoinScript.StateVariable + "}" : flag)
            .ToList();
    }

    private const string InitialClusterStateFlag = "--initial-cluster-state=";

    /// <summary>
    /// The unit file: restarted on any exit after 5 s (a crash loop never hammers peers), open files
    /// raised for thousands of watch streams, I/O priority raised so fsyncs go first. The cluster state is
    /// <c>new</c> unless the rejoin step's file (read after <c>Environment=</c>, so it wins) says otherwise.
    /// </summary>
    public static string Render(EtcdMemberConfig config, string binary = DefaultBinary)
    {
        ArgumentNullException.ThrowIfNull(config);
        var execStart = string.Join(" \\\n  ", ExecStartFlags(config).Prepend(binary));
        return $"""
            [Unit]
            Description=etcd member {config.Member.Name} of {config.Layout.Token} (etcd {EtcdVersion.Pinned})
            After=network-online.target
            Wants=network-online.target

            [Service]
            Type=notify
            Environment={EtcdRejoinScript.StateVariable}={EtcdRejoinScript.NewCluster}
            EnvironmentFile=-{EtcdRejoinScript.StateFilePath}
            ExecStart={execStart}
            Restart=always
            RestartSec=5
            LimitNOFILE=65536
            IOSchedulingClass=best-effort
            IOSchedulingPriority=0

            [Install]
            WantedBy=multi-user.target

            """;
    }
}
