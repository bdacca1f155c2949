using Infra.Accelerators;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.NodePools;
using Infra.Tests.NodePools;

namespace Infra.Tests.Accelerators;

public class NvidiaDevicePluginTests
{
    private static readonly NodePoolArgs GpuPool = NodePoolArgs.Gpu(NodePoolFixture.Cluster());

    private static NvidiaDevicePlugin Build() => new(new InfraProgram("test", "test").Root, "nvidia-device-plugin", new NvidiaDevicePluginArgs());

    [Fact]
    public void It_is_a_pinned_release_of_nvidias_chart_in_the_privileged_kube_system_namespace()
    {
        var release = Build().Release;

        Assert.Equal(("nvidia-device-plugin", "0.20.0", "https://nvidia.github.io/k8s-device-plugin"), (release.Args.Chart, release.Args.Version, release.Args.RepositoryOpts?.Repo));
        Assert.Equal("kube-system", release.Args.Namespace?.KnownValue);
        Assert.Contains("kube-system", Infra.Platform.PlatformNamespace.SystemNamespaces);
    }

    [Fact]
    public void Its_pods_select_the_label_gpu_pools_set()
    {
        var selector = Build().Values.NodeSelector;

        Assert.All(selector, label => Assert.Equal(label.Value, GpuPool.Labels[label.Key]));
    }

    [Fact]
    public void Its_pods_tolerate_the_taint_gpu_pools_register_with_and_no_other()
    {
        var toleration = Assert.Single(Build().Values.Tolerations);
        var taint = Assert.Single(GpuPool.Taints);

        Assert.Equal(taint.Key, toleration.Key);
        Assert.Equal(TolerationOperator.Exists, toleration.Operator);
        Assert.Equal(taint.Effect.ToString(), toleration.Effect.ToString());
    }

    [Fact]
    public void It_is_node_critical_so_gpu_nodes_never_lose_their_gpus_to_eviction()
    {
        Assert.Equal("system-node-critical", Build().Values.PriorityClassName);
    }
}
