using Infra.NodePools;
using Infra.Tests.Support;

namespace Infra.Tests.NodePools;

/// <summary>Debian's cloud-init validates the user data every pool kind boots with (`cloud-init schema`).</summary>
public class NodeBootstrapCloudInitTests
{
    public static TheoryData<string> PoolKinds => new() { "general", "compute", "memory", "gpu" };

    [Theory]
    [MemberData(nameof(PoolKinds))]
    public void Every_pool_kind_boots_with_valid_cloud_config(string kind)
    {
        var cluster = NodePoolFixture.Cluster();
        var args = kind switch
        {
            "compute" => NodePoolArgs.Compute(cluster),
            "memory" => NodePoolArgs.Memory(cluster),
            "gpu" => NodePoolArgs.Gpu(cluster),
            _ => NodePoolArgs.General(cluster),
        };

        var (exitCode, output) = Validate(NodePoolFixture.Build(args).Pool.Bootstrap.ToCloudConfig());

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid cloud-config", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_check_refuses_a_broken_cloud_config()
    {
        var (exitCode, output) = Validate("#cloud-config\nwrite_files:\n  - path: 5\n    permissions: 644\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("write_files.0.path", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Validate(string cloudConfig)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cloud-config-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, cloudConfig);
        try
        {
            return InstalledTool.Run("cloud-init", "cloud-init", "schema", "--config-file", file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
