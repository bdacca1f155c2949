using Infra.Boot;
using Infra.Tests.ControlPlane.Nodes;
using Infra.Tests.Support;

namespace Infra.Tests.Boot;

/// <summary>The unit that runs the boot on every boot: accepted by systemd, started by cloud-init without waiting.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class BootServiceTests
{
    [Fact]
    public void Systemd_accepts_the_unit()
    {
        var directory = Directory.CreateTempSubdirectory("infra-boot-unit-").FullName;
        try
        {
            // verify checks that ExecStart exists: point it at a script written here instead of /usr/local/sbin.
            var script = Path.Combine(directory, "infra-boot");
            File.WriteAllText(script, "#!/bin/sh\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var unit = Path.Combine(directory, BootService.UnitName);
            File.WriteAllText(unit, BootService.Text.Replace(BootSequence.ScriptPath, script, StringComparison.Ordinal));

            var result = InstalledTool.Run("systemd-analyze", ["verify", unit]);

            Assert.True(result.ExitCode == 0 && result.Output.Length == 0, result.Output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_unit_runs_once_per_boot_after_the_network_and_stays_active()
    {
        Assert.Contains("After=network-online.target\n", BootService.Text, StringComparison.Ordinal);
        Assert.Contains("Wants=network-online.target\n", BootService.Text, StringComparison.Ordinal);
        Assert.Contains("Type=oneshot\nRemainAfterExit=yes\n", BootService.Text, StringComparison.Ordinal);
        Assert.Contains("WantedBy=multi-user.target\n", BootService.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cloud_init_only_enables_and_starts_the_unit_without_waiting()
    {
        var cloudConfig = ControlPlaneNodesFixture.Build().CloudConfig;

        Assert.Contains("runcmd:\n  - systemctl daemon-reload\n  - systemctl enable infra-boot.service\n  - systemctl start --no-block infra-boot.service\n", cloudConfig, StringComparison.Ordinal);
    }
}
