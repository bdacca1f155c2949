using Infra.Calico;
using Infra.CloudProvider;
using Infra.ControlPlane.Protection;
using Infra.Kubelet;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Flowcontrol;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Kubernetes.Storage;
using Infra.Kubernetes.Yaml;
using Infra.Model;
using Infra.NodeAutoscaling;
using Infra.Platform;
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

    private static readonly EquatableDictionary<TenantTier> TwoTenants = new(
    [
        KeyValuePair.Create("storefront", TenantTier.Service(64, 256)),
        KeyValuePair.Create("analytics", TenantTier.Batch(32, 128, bestEffortPods: 50)),
    ]);

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

    [Fact]
    public void Each_declared_tenant_gets_an_application_namespace_labelled_with_its_tier()
    {
        var namespaces = PlatformLayer.Build(Config with { Tenants = TwoTenants }).ResourcesOf<KubernetesNamespace>().ToDictionary(ns => ns.Metadata!.Name!.Value.KnownValue!);

        Assert.Equal(("application", "service"), KindAndTier(namespaces["storefront"]));
        Assert.Equal(("application", "batch"), KindAndTier(namespaces["analytics"]));
    }

    [Fact]
    public void Each_declared_tenant_gets_its_quota_and_a_service_tenant_its_limit_range()
    {
        var program = PlatformLayer.Build(Config with { Tenants = TwoTenants });

        var quotas = program.ResourcesOf<ResourceQuota>().Select(quota => (NamespaceOf(quota.Metadata), quota.Metadata!.Name!.Value.KnownValue, quota.Args.Spec.Hard.GetValueOrDefault("requests.cpu") ?? quota.Args.Spec.Hard["pods"]));
        Assert.Equal([("analytics", "compute", "32"), ("analytics", "best-effort", "50"), ("storefront", "compute", "64")], quotas);
        Assert.Equal(["storefront"], program.ResourcesOf<LimitRange>().Select(limits => NamespaceOf(limits.Metadata)));
    }

    [Fact]
    public void Each_declared_tenant_denies_traffic_by_default_and_allows_dns_and_its_own_pods()
    {
        var program = PlatformLayer.Build(Config with { Tenants = TwoTenants });

        var policies = program.ResourcesOf<NetworkPolicy>().Where(policy => NamespaceOf(policy.Metadata) == "storefront").Select(policy => policy.Metadata!.Name!.Value.KnownValue);
        Assert.Equal(["default-deny", "allow-dns", "allow-within-namespace"], policies);
    }

    [Fact]
    public void Tenants_are_named_after_their_namespace_in_name_order_after_the_platforms_own()
    {
        var names = PlatformLayer.Build(Config with { Tenants = TwoTenants }).ResourcesOf<KubernetesNamespace>().Where(IsNotSystem).Select(ns => ns.Name);

        Assert.Equal(["namespace-apps-namespace", "namespace-logging-namespace", "namespace-monitoring-namespace", "namespace-analytics-namespace", "namespace-storefront-namespace"], names);
    }

    [Fact]
    public void Tenants_service_accounts_are_not_served_as_platform_controllers()
    {
        var schema = PlatformLayer.Build(Config with { Tenants = TwoTenants }).ResourcesOf<FlowSchema>().Single(flow => flow.Metadata!.Name!.Value.KnownValue == ApiPriorityAndFairness.PlatformControllersName);

        var namespaces = Assert.Single(schema.Args.Spec.Rules!).Subjects.Select(subject => subject.ServiceAccount!.Namespace);
        Assert.DoesNotContain("storefront", namespaces);
        Assert.DoesNotContain("analytics", namespaces);
    }

    [Fact]
    public void The_metadata_deny_is_applied_only_once_calicos_api_server_is_ready()
    {
        var groups = Build().ResourcesOf<ConfigGroup>().ToList();
        var apiServer = groups.Single(group => group.Manifests.Contains(CalicoApiServer.Manifest));

        var deny = groups.Single(group => group.Manifests.Contains(InstanceMetadataDeny.Policy));

        Assert.Equal([apiServer], deny.Options.DependsOn);
    }

    [Fact]
    public void Only_the_platform_kind_namespaces_are_served_as_platform_controllers_not_the_apps_namespace()
    {
        var schema = Build().ResourcesOf<FlowSchema>().Single(flow => flow.Metadata!.Name!.Value.KnownValue == ApiPriorityAndFairness.PlatformControllersName);

        var namespaces = Assert.Single(schema.Args.Spec.Rules!).Subjects.Select(subject => subject.ServiceAccount!.Namespace);
        Assert.Equal([NamespaceNames.Logging, NamespaceNames.Monitoring], namespaces);
    }

    [Fact]
    public void Without_tenants_only_the_platforms_own_namespaces_exist_and_nothing_has_a_quota()
    {
        var program = Build();

        Assert.Equal(NamespaceNames.Platform, program.ResourcesOf<KubernetesNamespace>().Where(IsNotSystem).Select(ns => ns.Metadata!.Name!.Value.KnownValue!).ToHashSet());
        Assert.Empty(program.ResourcesOf<ResourceQuota>());
        Assert.Empty(program.ResourcesOf<LimitRange>());
    }

    [Fact]
    public void The_prod_platform_stack_declares_a_service_and_a_batch_tenant()
    {
        var tenants = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod-platform").Tenants;

        Assert.Equal([TenantTier.BatchName, TenantTier.ServiceName], tenants.Values.Select(tier => tier.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>Not one of the privileged system namespaces the add-ons bring (Calico's tigera-operator).</summary>
    private static bool IsNotSystem(KubernetesNamespace ns) => !PlatformNamespace.SystemNamespaces.Contains(ns.Metadata!.Name!.Value.KnownValue!);

    private static (string? Kind, string? Tier) KindAndTier(KubernetesNamespace ns) =>
        (ns.Metadata!.Labels![PlatformNamespace.KindLabel].KnownValue, ns.Metadata.Labels[TenantTier.Label].KnownValue);

    /// <summary>The name of the namespace an object is created in: its metadata names the namespace's name output.</summary>
    private static string? NamespaceOf(ObjectMeta? metadata) =>
        ((KubernetesNamespace)((OutputReference)metadata!.Namespace!.Value.Node).Resource).Metadata!.Name!.Value.KnownValue;
}
