using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Storage;
using Infra.Model;
using Infra.NodeAutoscaling;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public class PlatformLayerTests
{
    private static readonly StackConfig Config = ClusterStackFile.Attach(StackConfigLoader.Parse("test", "dev-platform", new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
    {
        ["aws:region"] = new RawText("eu-west-1"),
        ["infra:environment"] = new RawText("dev"),
        ["infra:owner"] = new RawText("platform-team"),
        ["infra:costCenter"] = new RawText("cc-1"),
    }), RepositoryRoot.Path);

    private static InfraProgram Build() => PlatformLayer.Build(Config);

    [Fact]
    public void The_csi_driver_and_its_storage_class_wait_for_the_cloud_controller_manager()
    {
        var program = Build();
        var cloudController = program.ResourcesOf<HelmRelease<AwsCloudControllerManagerValues>>().Single();

        Assert.Contains(cloudController, program.ResourcesOf<HelmRelease<EbsCsiDriverValues>>().Single().Options.DependsOn);
        Assert.Contains(cloudController, program.ResourcesOf<StorageClass>().Single().Options.DependsOn);
    }

    [Fact]
    public void Both_controllers_carry_the_configured_cluster_name()
    {
        var program = Build();
        var clusterName = Config.ClusterName;

        Assert.Contains($"--cluster-name={clusterName}", program.ResourcesOf<HelmRelease<AwsCloudControllerManagerValues>>().Single().Args.Values!.Args);
        Assert.Equal(clusterName, program.ResourcesOf<HelmRelease<EbsCsiDriverValues>>().Single().Args.Values!.Controller.K8sTagClusterId);
    }

    [Fact]
    public void The_serving_certificate_approver_accepts_the_regions_node_names_and_the_vpcs_addresses()
    {
        var values = Build().ResourcesOf<HelmRelease<KubeletCsrApproverValues>>().Single().Args.Values!;

        Assert.Equal(KubeletCsrApprover.NodeNamePattern(Config.Region), values.ProviderRegex);
        Assert.Equal([Config.VpcCidr.ToString()], values.ProviderIpPrefixes);
    }

    [Fact]
    public void The_serving_certificate_approver_waits_for_the_cloud_controller_manager()
    {
        var program = Build();
        var cloudController = program.ResourcesOf<HelmRelease<AwsCloudControllerManagerValues>>().Single();

        Assert.Contains(cloudController, program.ResourcesOf<HelmRelease<KubeletCsrApproverValues>>().Single().Options.DependsOn);
    }

    [Fact]
    public void The_autoscaler_is_sized_by_expected_nodes_and_waits_for_the_cloud_controller_manager()
    {
        var program = Build();
        var autoscaler = program.ResourcesOf<HelmRelease<ClusterAutoscalerValues>>().Single();

        Assert.Contains(program.ResourcesOf<HelmRelease<AwsCloudControllerManagerValues>>().Single(), autoscaler.Options.DependsOn);
        Assert.Equal($"{Config.ExpectedNodes + Config.Cluster!.AvailabilityZones.Count}", autoscaler.Args.Values!.ExtraArgs["max-nodes-total"]);
        Assert.Equal(Config.ClusterName, autoscaler.Args.Values.AutoDiscovery.ClusterName);
    }

    [Fact]
    public void The_autoscaler_ranks_the_cluster_stacks_pools()
    {
        var gpu = new NodePoolConfig { Name = "gpu", Min = 0, Max = 2, Desired = 0, InstanceTypes = new(["g4dn.xlarge"]) };
        var config = Config with { Cluster = Config.Cluster! with { NodePools = new([.. Config.Cluster.NodePools, gpu]) } };

        var priorities = PlatformLayer.Build(config).ResourcesOf<HelmRelease<ClusterAutoscalerValues>>().Single().Args.Values!.ExpanderPriorities;

        Assert.All(config.Cluster.NodePools, pool => Assert.Contains(priorities.Values, patterns => patterns.Contains(AutoscaledPools.GroupNamePattern(pool.Name))));
    }
}
