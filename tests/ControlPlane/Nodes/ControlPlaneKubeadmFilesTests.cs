using Infra.ControlPlane.Nodes;

namespace Infra.Tests.ControlPlane.Nodes;

/// <summary>The kubeadm files a control-plane node boots with validate against the v1beta4 types, placeholders and all.</summary>
public class ControlPlaneKubeadmFilesTests
{
    private static readonly ControlPlaneBoot Boot = ControlPlaneNodesFixture.Build(withEvents: true).ControlPlane.Boot;

    [Fact]
    public void The_init_file_validates_against_kubeadm_v1beta4()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(Boot.InitTemplate));
    }

    [Fact]
    public void The_control_plane_join_file_validates_against_kubeadm_v1beta4()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(Boot.JoinTemplate));
    }

    [Fact]
    public void Both_files_register_the_node_for_the_external_cloud_provider()
    {
        foreach (var file in new[] { Boot.InitTemplate, Boot.JoinTemplate })
        {
            Assert.Contains("    - name: cloud-provider\n      value: external", file, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Init_skips_kube_proxy_which_the_ebpf_dataplane_replaces()
    {
        Assert.Contains("  - addon/kube-proxy\n", Boot.InitTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_leaves_coredns_to_the_platform_stacks_chart_and_disables_the_add_on_for_upgrades_too()
    {
        Assert.Contains("skipPhases:\n  - addon/coredns\n", Boot.InitTemplate, StringComparison.Ordinal);
        Assert.Contains("dns:\n  disabled: true\n", Boot.InitTemplate, StringComparison.Ordinal);
    }
}
