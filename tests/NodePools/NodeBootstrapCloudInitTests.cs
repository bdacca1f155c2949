using Infra.NodePools;
using Infra.Tests.Support;

namespace Infra.Tests.NodePools;

/// <summary>Debian's cloud-init validates the user data every pool kind boots with (`cloud-init schema`).</summary>
public class NodeBootstrapCloudInitTests
{
    public static TheoryData<NodePoolKind> PoolKinds => new(Enum.GetValues<NodePoolKind>());

    [Theory]
    [MemberData(nameof(PoolKinds))]
    public void Every_pool_kind_boots_with_valid_cloud_config(NodePoolKind kind)
    {
        var args = NodePoolArgs.For(kind, NodePoolFixture.Cluster());

        var result = InstalledTool.CloudInitSchema(NodePoolFixture.Build(args).Pool.Bootstrap.ToCloudConfig());

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Valid cloud-config", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_check_refuses_a_broken_cloud_config()
    {
        var result = InstalledTool.CloudInitSchema("#cloud-config\nwrite_files:\n  - path: 5\n    permissions: 644\n");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("write_files.0.path", result.Output, StringComparison.Ordinal);
    }
}
