using Infra.ControlPlane.Nodes;
using Infra.NodePools;
using Infra.Software;
using Infra.Tests.ControlPlane.Nodes;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Software;

public class KubernetesNodeSoftwareTests
{
    [Fact]
    public void Every_node_writes_the_installer_the_units_and_the_runtime_and_crictl_configuration()
    {
        var files = KubernetesNodeSoftware.WriteFiles(new NodeSoftware())
            .Select(file => file.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal))
            .ToDictionary(file => (string)file["path"], file => (string)file["permissions"], StringComparer.Ordinal);

        Assert.Equal(
            new Dictionary<string, string>
            {
                [SoftwareInstaller.InstallPath] = "0755",
                ["/etc/systemd/system/containerd.service"] = "0644",
                ["/etc/containerd/config.toml"] = "0644",
                ["/etc/systemd/system/kubelet.service"] = "0644",
                ["/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"] = "0644",
                ["/etc/crictl.yaml"] = "0644",
            },
            files);
    }

    [Fact]
    public void After_the_install_the_boot_reloads_units_starts_containerd_and_enables_the_kubelet()
    {
        Assert.Equal(["systemctl daemon-reload", "systemctl enable --now containerd", "systemctl enable kubelet"], KubernetesNodeSoftware.StartCommands);
        Assert.Subset(NodeBase.PreparationCommands.ToHashSet(), KubernetesNodeSoftware.StartCommands.ToHashSet());
    }

    [Fact]
    public void Node_software_runs_the_pinned_kubernetes_release()
    {
        Assert.Equal("v" + UpstreamPins.KubernetesVersion, new NodeSoftware().KubernetesVersion);
    }

    [Fact]
    public void The_control_plane_writes_the_same_files_and_installs_before_its_boot_script()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ControlPlaneNodesFixture.Build().ControlPlane.Boot.ToCloudConfig()));
        var document = (YamlMappingNode)stream.Documents[0].RootNode;
        var paths = ((YamlSequenceNode)document.Children[new YamlScalarNode("write_files")]).Children.Cast<YamlMappingNode>()
            .Select(file => file.Children[new YamlScalarNode("path")].ToString());
        var steps = ControlPlaneNodesFixture.Build().ControlPlane.Boot.Script.Sequence.Steps.Select(s => s.Name).ToList();

        Assert.Subset(paths.ToHashSet(), KubernetesNodeSoftware.WriteFiles(new NodeSoftware()).Select(file => (string)file.Single(entry => entry.Key == "path").Value!).ToHashSet());
        Assert.True(steps.IndexOf("install-software") is >= 0 and var install && install < steps.IndexOf("init-or-join"), string.Join('\n', steps));
        Assert.DoesNotContain(document.Children.Keys, key => key.ToString() is "packages" or "package_update" or "apt");
    }
}
