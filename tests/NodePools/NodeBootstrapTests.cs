using System.Text.RegularExpressions;
using Infra.Boot;
using Infra.ClusterJoin;
using Infra.NodePools;
using Infra.Software;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.NodePools;

public class NodeBootstrapTests
{
    private static NodeBootstrap Gpu() => NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster())).Pool.Bootstrap;

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode WrittenFile(NodeBootstrap bootstrap, string path) =>
        ((YamlSequenceNode)Parse(bootstrap.ToCloudConfig()).Children[new YamlScalarNode("write_files")]).Children
            .Cast<YamlMappingNode>()
            .Single(file => file.Children[new YamlScalarNode("path")].ToString() == path);

    [Fact]
    public void User_data_is_a_cloud_config_document()
    {
        var cloudConfig = Gpu().ToCloudConfig();

        Assert.StartsWith("#cloud-config\n", cloudConfig, StringComparison.Ordinal);
        Assert.True(Parse(cloudConfig).Children.ContainsKey(new YamlScalarNode("runcmd")));
    }

    [Fact]
    public void Nothing_comes_from_apt()
    {
        var document = Parse(Gpu().ToCloudConfig());

        Assert.DoesNotContain(document.Children.Keys, key => key.ToString() is "packages" or "package_update" or "apt");
    }

    [Fact]
    public void The_pinned_software_is_installed_and_the_runtime_started_before_the_join()
    {
        var bootstrap = Gpu();
        var steps = bootstrap.Sequence.Steps.Select(s => s.Name).ToList();

        Assert.Equal(bootstrap.Software.Installer.Text, WrittenFile(bootstrap, SoftwareInstaller.InstallPath).Children[new YamlScalarNode("content")].ToString());
        Assert.True(steps.IndexOf("install-software") is >= 0 and var install && install < steps.IndexOf("prepare-node") && steps.IndexOf("prepare-node") < steps.IndexOf("join"), string.Join('\n', steps));
    }

    [Fact]
    public void Node_labels_go_where_kubeadms_drop_in_reads_them()
    {
        Assert.Contains($"EnvironmentFile=-{NodeBootstrap.KubeletEnvironmentPath}\n", KubeadmKubeletDropIn.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubelet_patch_carries_the_derived_settings_and_parallel_pulls()
    {
        var bootstrap = Gpu();
        var patch = Parse(WrittenFile(bootstrap, NodeBootstrap.KubeletPatchPath).Children[new YamlScalarNode("content")].ToString());

        Assert.Equal(bootstrap.Kubelet.MaxPods.ToString(System.Globalization.CultureInfo.InvariantCulture), patch.Children[new YamlScalarNode("maxPods")].ToString());
        Assert.Equal("false", patch.Children[new YamlScalarNode("serializeImagePulls")].ToString());
        Assert.Equal("500Mi", ((YamlMappingNode)patch.Children[new YamlScalarNode("evictionHard")]).Children[new YamlScalarNode("memory.available")].ToString());
    }

    [Fact]
    public void Nodes_register_with_the_pools_taints_and_labels()
    {
        var bootstrap = Gpu();
        var patch = Parse(WrittenFile(bootstrap, NodeBootstrap.KubeletPatchPath).Children[new YamlScalarNode("content")].ToString());
        var taint = (YamlMappingNode)((YamlSequenceNode)patch.Children[new YamlScalarNode("registerWithTaints")]).Children.Single();
        var environment = WrittenFile(bootstrap, NodeBootstrap.KubeletEnvironmentPath).Children[new YamlScalarNode("content")].ToString();

        Assert.Equal("nvidia.com/gpu", taint.Children[new YamlScalarNode("key")].ToString());
        Assert.Equal("NoSchedule", taint.Children[new YamlScalarNode("effect")].ToString());
        Assert.Contains("--node-labels=node-pool=gpu,nvidia.com/gpu.present=true", environment, StringComparison.Ordinal);
    }

    [Fact]
    public void Pools_without_taints_register_none()
    {
        var patch = NodePoolFixture.General().Bootstrap.KubeletPatch();

        Assert.DoesNotContain("registerWithTaints", patch, StringComparison.Ordinal);
    }

    [Fact]
    public void User_data_starts_the_boot_unit_and_the_boot_ends_with_the_join()
    {
        var runcmd = (YamlSequenceNode)Parse(Gpu().ToCloudConfig()).Children[new YamlScalarNode("runcmd")];

        Assert.Equal(BootService.StartCommands, runcmd.Children.Select(c => c.ToString()));
        Assert.Equal("join", Gpu().Sequence.Steps[^1].Name);
    }

    [Fact]
    public void The_only_bootstrap_token_in_user_data_is_the_placeholder()
    {
        var tokens = Regex.Matches(Gpu().ToCloudConfig(), "[a-z0-9]{6}\\.[a-z0-9]{16}").Select(m => m.Value).Distinct(StringComparer.Ordinal);

        Assert.Equal([WorkerJoin.TokenPlaceholder], tokens);
    }

    [Fact]
    public void The_join_template_and_settings_are_readable_files_and_the_script_is_executable()
    {
        var bootstrap = Gpu();

        Assert.Equal("0644", WrittenFile(bootstrap, WorkerJoin.ConfigTemplatePath).Children[new YamlScalarNode("permissions")].ToString());
        Assert.Equal("0644", WrittenFile(bootstrap, WorkerJoin.SettingsPath).Children[new YamlScalarNode("permissions")].ToString());
        Assert.Equal("0755", WrittenFile(bootstrap, WorkerJoinScript.InstallPath).Children[new YamlScalarNode("permissions")].ToString());
        Assert.Equal(bootstrap.JoinConfigTemplate(), WrittenFile(bootstrap, WorkerJoin.ConfigTemplatePath).Children[new YamlScalarNode("content")].ToString());
    }

    [Fact]
    public void The_aws_cli_is_installed_by_a_retried_boot_step_not_by_cloud_inits_single_try()
    {
        Assert.False(Parse(Gpu().ToCloudConfig()).Children.ContainsKey(new YamlScalarNode("snap")));
        Assert.Equal(AwsCliSnap.Step, Gpu().Sequence.Steps[0]);
        Assert.Contains(AwsCliSnap.Function, Gpu().Sequence.Script, StringComparison.Ordinal);
    }
}
