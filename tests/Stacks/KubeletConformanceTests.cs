using Infra.Aws.Ec2;
using Infra.ControlPlane.Nodes;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Kubelet;
using Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>The kubelet configuration each node of the reference stacks gets, checked against the kubelet's published fields.</summary>
public class KubeletConformanceTests
{
    private static IReadOnlyList<string> ClusterStackNames { get; } =
        StackFiles.Names.Where(stack => StackConfigLoader.FromStackFile(RepositoryRoot.Path, stack).Layer == StackLayer.Cluster).ToArray();

    public static TheoryData<string> ClusterStacks => [.. ClusterStackNames];

    private static IReadOnlyList<string> PlatformStackNames { get; } =
        StackFiles.Names.Where(stack => StackConfigLoader.FromStackFile(RepositoryRoot.Path, stack).Layer == StackLayer.Platform).ToArray();

    public static TheoryData<string> PlatformStacks => [.. PlatformStackNames];

    private static List<GeneratedFile> Files(string stack) =>
        ClusterLayer.Build(StackConfigLoader.FromStackFile(RepositoryRoot.Path, stack))
            .ResourcesOf<LaunchTemplate>()
            .SelectMany(template => template.Annotations.OfType<GeneratedFile>())
            .ToList();

    /// <summary>The documents of the kubeadm init file each control-plane node's cloud-init writes.</summary>
    private static IEnumerable<YamlMappingNode> InitDocuments(string stack) =>
        Files(stack)
            .Where(file => file.RelativePath.StartsWith("control-plane/", StringComparison.Ordinal) && file.RelativePath.EndsWith("/cloud-init.yaml", StringComparison.Ordinal))
            .Select(file => InitFileText(file.Content))
            .SelectMany(Documents)
            .Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> OfKind(IEnumerable<YamlMappingNode> documents, string kind) =>
        documents.Where(document => document.Children.TryGetValue(new YamlScalarNode("kind"), out var value) && value.ToString() == kind);

    private static IEnumerable<YamlNode> ControlPlaneKubeletDocuments(string stack) => OfKind(InitDocuments(stack), "KubeletConfiguration");

    private static IEnumerable<YamlMappingNode> PoolKubeletDocuments(string stack) =>
        Files(stack)
            .Where(file => file.RelativePath.StartsWith("node-pools/", StringComparison.Ordinal) && file.RelativePath.EndsWith("/kubelet-config.yaml", StringComparison.Ordinal))
            .SelectMany(file => Documents(file.Content))
            .Cast<YamlMappingNode>();

    private static string InitFileText(string cloudConfig)
    {
        var root = (YamlMappingNode)Documents(cloudConfig).Single();
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("write_files")]).Children
            .Cast<YamlMappingNode>()
            .Single(file => file.Children[new YamlScalarNode("path")].ToString() == ControlPlaneBootScript.InitConfigPath)
            .Children[new YamlScalarNode("content")].ToString();
    }

    private static IEnumerable<YamlNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode);
    }

    [Fact]
    public void The_reference_stacks_include_every_environments_cluster()
    {
        Assert.Equal(["dev", "prod", "staging"], ClusterStackNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ClusterStacks))]
    public void Every_pools_kubelet_configuration_uses_only_the_kubelets_fields_and_types(string stack)
    {
        var pools = PoolKubeletDocuments(stack).ToList();

        Assert.NotEmpty(pools);
        Assert.All(pools, pool =>
        {
            var problems = new List<string>();
            KubeletV1Beta1Schema.Check(pool, problems);
            Assert.Empty(problems);
        });
    }

    [Theory]
    [MemberData(nameof(ClusterStacks))]
    public void The_control_planes_kubelet_configuration_is_in_its_init_file_and_uses_only_the_kubelets_fields_and_types(string stack)
    {
        var documents = ControlPlaneKubeletDocuments(stack).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, document =>
        {
            var problems = new List<string>();
            KubeletV1Beta1Schema.Check(document, problems);
            Assert.Empty(problems);
        });
    }

    [Theory]
    [MemberData(nameof(ClusterStacks))]
    public void Every_kubelet_requests_a_serving_certificate_from_the_ca_the_api_server_verifies_kubelets_with(string stack)
    {
        var apiServerArgs = ((YamlSequenceNode)((YamlMappingNode)OfKind(InitDocuments(stack), "ClusterConfiguration").First().Children[new YamlScalarNode("apiServer")])
            .Children[new YamlScalarNode("extraArgs")]).Children.Cast<YamlMappingNode>()
            .ToDictionary(arg => arg.Children[new YamlScalarNode("name")].ToString(), arg => arg.Children[new YamlScalarNode("value")].ToString(), StringComparer.Ordinal);
        var kubelets = PoolKubeletDocuments(stack).Concat(ControlPlaneKubeletDocuments(stack).Cast<YamlMappingNode>()).ToList();

        Assert.Equal(Infra.ControlPlane.ControlPlanePaths.ClusterCa, apiServerArgs["kubelet-certificate-authority"]);
        Assert.All(kubelets, kubelet => Assert.Equal("true", kubelet.Children[new YamlScalarNode("serverTLSBootstrap")].ToString()));
    }

    [Theory]
    [MemberData(nameof(PlatformStacks))]
    public void Every_platform_installs_the_approver_for_those_serving_certificates(string stack)
    {
        var program = PlatformLayer.Build(ClusterStackFile.Attach(StackConfigLoader.FromStackFile(RepositoryRoot.Path, stack), RepositoryRoot.Path));

        Assert.Single(program.ResourcesOf<Infra.Kubernetes.Helm.HelmRelease<Infra.Kubelet.KubeletCsrApproverValues>>());
    }
}
