using Infra.Aws.Ec2;
using Infra.Dns;
using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Support;

namespace Infra.Tests.Dns;

/// <summary>The prod cluster stack's kubelets and the prod platform stack's DNS follow one plan.</summary>
public class ClusterDnsAgreementTests
{
    private static readonly StackConfig Cluster = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod");

    private static InfraProgram Platform() =>
        PlatformLayer.Build(ClusterStackFile.Attach(StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod-platform"), RepositoryRoot.Path));

    [Fact]
    public void Every_nodes_kubelet_sends_pods_to_the_node_cache_the_platform_runs()
    {
        var patches = ClusterLayer.Build(Cluster).ResourcesOf<LaunchTemplate>()
            .SelectMany(t => t.Annotations.OfType<GeneratedFile>())
            .Where(f => f.RelativePath.EndsWith("kubelet-config.yaml", StringComparison.Ordinal))
            .ToList();

        Assert.True(Cluster.Dns.NodeLocalDns);
        Assert.NotEmpty(patches);
        Assert.All(patches, p => Assert.Contains($"clusterDNS:\n  - \"{ClusterDns.NodeLocalAddress}\"\n", p.Content, StringComparison.Ordinal));
        Assert.Single(Platform().ResourcesOf<DaemonSet>(), d => d.Args.Metadata!.Name?.KnownValue == NodeLocalDns.Name);
    }

    [Fact]
    public void CoreDns_serves_at_the_address_the_cluster_stacks_plan_gives_it()
    {
        var values = Platform().ResourcesOf<HelmRelease<CoreDnsValues>>().Single().Args.Values!;

        Assert.Equal(Cluster.Dns.ServiceIp.ToString(), values.Service.ClusterIp);
    }
}
