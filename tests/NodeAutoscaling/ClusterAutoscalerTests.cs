using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.NodeAutoscaling;
using Infra.NodePools;
using Infra.Software;
using Infra.Tests.Aws;
using TaintEffect = Infra.Kubernetes.Core.TaintEffect;

namespace Infra.Tests.NodeAutoscaling;

public class ClusterAutoscalerTests
{
    private static readonly ClusterAutoscalerArgs Args = new()
    {
        ClusterName = "prod",
        Region = "eu-west-1",
        ExpectedNodes = 1_000,
        ControlPlaneNodes = 3,
        Pools = [new AutoscaledPool("general", NodePoolKind.General, "^general$"), new AutoscaledPool("gpu", NodePoolKind.Gpu, "^gpu$")],
    };

    private static ClusterAutoscaler Build(ClusterAutoscalerArgs? args = null) =>
        new(new InfraProgram("test", "test").Root, "cluster-autoscaler", args ?? Args);

    [Fact]
    public void It_is_a_pinned_helm_v3_release_of_the_upstream_chart_in_kube_system()
    {
        var autoscaler = Build();
        var args = autoscaler.Release.Args;

        Assert.Equal(("kubernetes:helm.sh/v3:Release", "cluster-autoscaler", "9.59.0"), (autoscaler.Release.Type, args.Chart, args.Version));
        Assert.Equal("https://kubernetes.github.io/autoscaler", args.RepositoryOpts?.Repo);
        Assert.Equal("kube-system", args.Namespace?.KnownValue);
    }

    [Fact]
    public void It_discovers_the_groups_by_the_enabled_and_cluster_tags_on_aws()
    {
        var values = Build().Values;

        Assert.Equal(("aws", "eu-west-1", "prod"), (values.CloudProvider, values.AwsRegion, values.AutoDiscovery.ClusterName));
        Assert.Equal(["k8s.io/cluster-autoscaler/enabled", "k8s.io/cluster-autoscaler/prod"], values.AutoDiscovery.Tags);
    }

    [Fact]
    public void It_uses_the_priority_expander_with_the_pools_priorities_and_balances_similar_groups()
    {
        var values = Build().Values;

        Assert.Equal("priority,least-waste", values.ExtraArgs["expander"]);
        Assert.Equal("true", values.ExtraArgs["balance-similar-node-groups"]);
        Assert.Equal(ExpanderPriorities.For(Args.Pools), values.ExpanderPriorities);
    }

    [Fact]
    public void It_scales_down_on_the_seeds_timings_and_removes_nodes_whose_pods_only_hold_scratch_space()
    {
        var flags = Build().Values.ExtraArgs;

        Assert.Equal("false", flags["skip-nodes-with-local-storage"]);

        Assert.Equal(
            ("10m", "10m", "10m", "3m", "20m"),
            (flags["scale-down-unneeded-time"], flags["scale-down-delay-after-add"], flags["scale-down-delay-after-delete"], flags["scale-down-delay-after-failure"], flags["scale-down-unready-time"]));
    }

    [Theory]
    [InlineData(100, "103", "10s", "15m", "10", "1")]
    [InlineData(1_000, "1003", "10s", "15m", "10", "1")]
    [InlineData(5_000, "5003", "30s", "25m", "50", "5")]
    public void Its_flags_carry_the_settings_for_the_planned_size(int nodes, string total, string scan, string provision, string removals, string drains)
    {
        var flags = Build(Args with { ExpectedNodes = nodes }).Values.ExtraArgs;

        Assert.Equal(
            (total, scan, provision, removals, drains),
            (flags["max-nodes-total"], flags["scan-interval"], flags["max-node-provision-time"], flags["max-scale-down-parallelism"], flags["max-drain-parallelism"]));
    }

    [Theory]
    [InlineData(100, "100m", "600Mi", "200m", "900Mi")]
    [InlineData(1_000, "1000m", "2048Mi", "2000m", "3072Mi")]
    [InlineData(5_000, "2000m", "10240Mi", "4000m", "15360Mi")]
    public void Its_pod_is_sized_for_the_planned_size(int nodes, string cpuRequest, string memoryRequest, string cpuLimit, string memoryLimit)
    {
        var resources = Build(Args with { ExpectedNodes = nodes }).Values.Resources;

        Assert.Equal((cpuRequest, memoryRequest), (ExprText.Of(resources.Requests!["cpu"]), ExprText.Of(resources.Requests["memory"])));
        Assert.Equal((cpuLimit, memoryLimit), (ExprText.Of(resources.Limits!["cpu"]), ExprText.Of(resources.Limits["memory"])));
    }

    [Fact]
    public void It_runs_only_on_control_plane_nodes_two_replicas_on_different_nodes()
    {
        var values = Build().Values;

        Assert.Equal(new Dictionary<string, string> { ["node-role.kubernetes.io/control-plane"] = "" }, values.NodeSelector);
        Assert.Equal([("node-role.kubernetes.io/control-plane", TaintEffect.NoSchedule)], values.Tolerations.Select(t => (t.Key, t.Effect)).ToList());
        Assert.Equal(2, values.ReplicaCount);
        var spread = Assert.Single(values.TopologySpreadConstraints);
        Assert.Equal(("kubernetes.io/hostname", 1, UnsatisfiableConstraintAction.DoNotSchedule), (spread.TopologyKey, spread.MaxSkew, spread.WhenUnsatisfiable));
        Assert.Equal("cluster-autoscaler", ExprText.Of(spread.LabelSelector!.MatchLabels!["app.kubernetes.io/instance"]));
    }

    [Fact]
    public void It_is_cluster_critical_and_keeps_a_replica_through_a_drain()
    {
        var values = Build().Values;

        Assert.Equal("system-cluster-critical", values.PriorityClassName);
        Assert.Equal(1, values.PodDisruptionBudget.MaxUnavailable);
    }

    [Fact]
    public void It_runs_as_a_non_root_user_with_no_privileges_and_a_read_only_root()
    {
        var values = Build().Values;

        Assert.Equal((true, 65532L, SeccompProfileType.RuntimeDefault), (values.SecurityContext.RunAsNonRoot, values.SecurityContext.RunAsUser, values.SecurityContext.SeccompProfile!.Type));
        Assert.Equal((false, true), (values.ContainerSecurityContext.AllowPrivilegeEscalation, values.ContainerSecurityContext.ReadOnlyRootFilesystem));
        Assert.Equal(["ALL"], values.ContainerSecurityContext.Capabilities!.Drop);
    }

    [Fact]
    public void The_image_comes_from_registry_k8s_io_at_the_clusters_minor()
    {
        var image = Build().Values.Image;
        var minor = string.Join('.', UpstreamPins.KubernetesVersion.Split('.').Take(2));

        Assert.Equal("registry.k8s.io/autoscaling/cluster-autoscaler", image.Repository);
        Assert.StartsWith($"v{minor}.", image.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_of_another_minor_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(Args with { ImageTag = "v1.35.0" }));

        Assert.Contains("'v1.35.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"use a {KubernetesRelease.Minor}.x release", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_pools_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(Args with { Pools = [] }));

        Assert.Contains("no node pools", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pools_with_one_group_name_pattern_are_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(Args with
        {
            Pools = [new AutoscaledPool("a", NodePoolKind.General, "^x$"), new AutoscaledPool("b", NodePoolKind.Gpu, "^x$")],
        }));

        Assert.Contains("'a', 'b'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Prod_1", "eu-west-1", "cluster name 'Prod_1'")]
    [InlineData("prod", "Ireland", "region 'Ireland'")]
    public void A_bad_cluster_name_or_region_is_refused_naming_it(string clusterName, string region, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(Args with { ClusterName = clusterName, Region = region }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
