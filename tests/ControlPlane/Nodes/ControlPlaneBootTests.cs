using Infra.ControlPlane.Nodes;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Nodes;

/// <summary>The control-plane user data: valid for cloud-init, scripts clean for shellcheck, and no secret in it.</summary>
public class ControlPlaneBootTests
{
    private static readonly ControlPlaneNodesFixture Fixture = ControlPlaneNodesFixture.Build();

    [Fact]
    public void A_control_plane_node_boots_with_valid_cloud_config()
    {
        var result = InstalledTool.CloudInitSchema(Fixture.CloudConfig);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Valid cloud-config", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_boot_script_is_clean_for_shellcheck()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], Fixture.ControlPlane.Boot.Script.Text);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void The_user_data_carries_no_key_no_certificate_and_no_token()
    {
        var cloudConfig = Fixture.CloudConfig;

        Assert.DoesNotContain("BEGIN", cloudConfig, StringComparison.Ordinal);
        Assert.Contains(ControlPlaneBootScript.TokenPlaceholder, cloudConfig, StringComparison.Ordinal);
        Assert.Contains(ControlPlaneBootScript.CaCertHashPlaceholder, cloudConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_data_is_the_same_for_every_zone_so_any_node_can_take_any_role()
    {
        var userData = Fixture.Program.ResourcesOf<Infra.Aws.Ec2.LaunchTemplate>()
            .Select(t => t.Annotations.OfType<Infra.Model.GeneratedFile>().Single(f => f.RelativePath.EndsWith("/cloud-init.yaml", StringComparison.Ordinal)).Content)
            .ToList();

        Assert.Equal(Fixture.Args.Subnets.Count, userData.Count);
        Assert.Single(userData.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_first_zone_may_initialize_the_cluster()
    {
        Assert.Equal(Fixture.Args.Subnets[0].Zone, Fixture.ControlPlane.Boot.Script.InitZone);
        Assert.Contains($"readonly init_zone={Fixture.Args.Subnets[0].Zone}\n", Fixture.ControlPlane.Boot.Script.Text, StringComparison.Ordinal);
        Assert.Contains("elif initializing; then", Fixture.ControlPlane.Boot.Script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_server_files_are_written_where_the_hardening_flags_point()
    {
        var flags = Fixture.ControlPlane.Cluster.ApiServer!.ExtraArgs!.ToDictionary(a => a.Name, a => a.Value);

        foreach (var file in Fixture.ControlPlane.Boot.ApiServerFiles)
        {
            Assert.Equal(file.Path, flags[file.Flag]);
            Assert.Contains($"path: {file.Path}\n", Fixture.CloudConfig, StringComparison.Ordinal);
        }
    }
}
