using Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.ControlPlane;

public class KubeadmConfigFileTests
{
    [Fact]
    public void Init_file_conforms_to_the_v1beta4_schema()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(KubeadmFixture.Init().Text));
    }

    [Fact]
    public void Control_plane_join_file_conforms_to_the_v1beta4_schema()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(KubeadmFixture.JoinControlPlane().Text));
    }

    [Fact]
    public void Worker_join_file_conforms_to_the_v1beta4_schema()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(KubeadmFixture.JoinWorker().Text));
    }

    [Fact]
    public void Init_file_holds_an_init_a_cluster_and_the_cluster_wide_kubelet_document()
    {
        var kinds = Documents(KubeadmFixture.Init().Text).Select(d => (Scalar(d, "apiVersion"), Scalar(d, "kind"))).ToList();

        Assert.Equal(
            [("kubeadm.k8s.io/v1beta4", "InitConfiguration"), ("kubeadm.k8s.io/v1beta4", "ClusterConfiguration"), ("kubelet.config.k8s.io/v1beta1", "KubeletConfiguration")],
            kinds);
    }

    [Fact]
    public void Extra_args_are_written_as_a_list_of_name_value_pairs()
    {
        var cluster = Documents(KubeadmFixture.Init().Text).Single(d => Scalar(d, "kind") == "ClusterConfiguration");
        var extraArgs = (YamlSequenceNode)((YamlMappingNode)cluster.Children[new YamlScalarNode("apiServer")]).Children[new YamlScalarNode("extraArgs")];

        Assert.All(extraArgs.Children, item => Assert.Equal(["name", "value"], ((YamlMappingNode)item).Children.Keys.Select(k => ((YamlScalarNode)k).Value)));
        Assert.Contains(extraArgs.Children, item => Scalar((YamlMappingNode)item, "name") == "profiling" && Scalar((YamlMappingNode)item, "value") == "false");
    }

    [Fact]
    public void Kubelet_extra_args_are_written_as_a_list_of_name_value_pairs()
    {
        var init = Documents(KubeadmFixture.Init().Text).Single(d => Scalar(d, "kind") == "InitConfiguration");
        var registration = (YamlMappingNode)init.Children[new YamlScalarNode("nodeRegistration")];
        var args = (YamlSequenceNode)registration.Children[new YamlScalarNode("kubeletExtraArgs")];

        Assert.Equal("node-ip", Scalar((YamlMappingNode)args.Children[0], "name"));
    }

    [Fact]
    public void Join_file_carries_no_bootstrap_token_when_discovery_is_by_file()
    {
        Assert.DoesNotContain("token", KubeadmFixture.JoinWorker().Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Init_file_reads_as_reviewed()
    {
        Golden.AssertMatches(KubeadmFixture.Init().Text, "kubeadm-init.yaml");
    }

    private static List<YamlMappingNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static string? Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value;
}
