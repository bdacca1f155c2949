using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Storage;
using Infra.Model;
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
}
