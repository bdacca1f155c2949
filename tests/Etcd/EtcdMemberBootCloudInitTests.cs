using Infra.Tests.Support;

namespace Infra.Tests.Etcd;

/// <summary>Debian's cloud-init validates a member's user data (`cloud-init schema`), and bash parses its boot scripts.</summary>
public class EtcdMemberBootCloudInitTests
{
    [Fact]
    public void A_member_boots_with_valid_cloud_config()
    {
        var cloudConfig = EtcdClusterFixture.Build().Etcd.Members[0].Boot.ToCloudConfig();

        var result = InstalledTool.CloudInitSchema(cloudConfig);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Valid cloud-config", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_boot_script_a_member_writes_parses_as_bash()
    {
        var cloudConfig = EtcdClusterFixture.Build().Etcd.Members[0].Boot.ToCloudConfig();
        var scripts = ScriptsIn(cloudConfig);

        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var result = InstalledTool.RunOnFile("bash", ["-n"], script);
            Assert.True(result.ExitCode == 0, $"{result.Output}\n{script}");
        }
    }

    /// <summary>The bodies of the write_files entries that start with a shebang, unindented.</summary>
    private static List<string> ScriptsIn(string cloudConfig)
    {
        var scripts = new List<string>();
        var lines = cloudConfig.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = lines[i].IndexOf("#!/usr/bin/env bash", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var body = lines.Skip(i).TakeWhile(l => l.Length == 0 || (l.Length > start && l[..start].Trim().Length == 0)).Select(l => l.Length == 0 ? l : l[start..]);
            scripts.Add(string.Join('\n', body));
        }

        return scripts;
    }
}
