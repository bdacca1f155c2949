namespace Infra.Boot;

/// <summary>
/// The systemd unit that runs the boot script (<see cref="BootSequence.ScriptPath"/>) on every boot: a oneshot that
/// stays active once it succeeded, after the network is online. It is enabled, so a reboot midway runs it again and
/// the done-markers make it resume at the first unfinished step. cloud-init only reloads, enables and starts it
/// without waiting (<see cref="StartCommands"/>): its own stage would otherwise end only when the node has joined.
/// </summary>
public static class BootService
{
    public const string UnitName = "infra-boot.service";

    public const string UnitPath = "/etc/systemd/system/" + UnitName;

    /// <summary>The unit. A oneshot has no start timeout by default: the steps' own retries and waits bound it.</summary>
    public const string Text = $"""
        [Unit]
        Description=Boot steps of this machine, in order, retried, resumed after a reboot ({BootSequence.ScriptPath})
        Wants=network-online.target
        After=network-online.target

        [Service]
        Type=oneshot
        RemainAfterExit=yes
        ExecStart={BootSequence.ScriptPath}

        [Install]
        WantedBy=multi-user.target

        """;

    /// <summary>The whole of cloud-init's <c>runcmd</c> on every machine.</summary>
    public static IReadOnlyList<string> StartCommands { get; } =
        ["systemctl daemon-reload", $"systemctl enable {UnitName}", $"systemctl start --no-block {UnitName}"];
}
