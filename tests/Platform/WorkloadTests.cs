using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Networking;
using Infra.Kubernetes.Yaml;
using Infra.Model;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class WorkloadTests
{
    private readonly InfraProgram program = new("test", "test");

    private static WorkloadArgs Args => new() { Namespace = "apps", Image = "registry.example.com/web:1.0.0" };

    [Fact]
    public void A_workload_is_a_deployment_a_service_an_autoscaler_a_disruption_budget_and_a_network_policy()
    {
        _ = new Workload(program.Root, "web", Args);

        Assert.Equal(
            ["kubernetes:apps/v1:Deployment", "kubernetes:core/v1:Service", "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "kubernetes:policy/v1:PodDisruptionBudget", "kubernetes:networking.k8s.io/v1:NetworkPolicy"],
            program.Resources.Select(r => r.Type));
    }

    [Fact]
    public void Limits_equal_requests_by_default_for_guaranteed_qos()
    {
        var container = Container(new Workload(program.Root, "web", Args));

        var resources = container.Resources!;
        Assert.Equal(Known(resources.Requests!), Known(resources.Limits!));
        Assert.Equal(["cpu", "memory"], resources.Requests!.Keys.Order());
    }

    [Fact]
    public void A_burstable_workloads_explicit_limit_applies_to_its_resource_only()
    {
        var container = Container(new Workload(program.Root, "web", Args with { Qos = QosClass.Burstable, MemoryLimit = "1Gi" }));

        Assert.Equal("1Gi", container.Resources!.Limits!["memory"].KnownValue);
        Assert.Equal(container.Resources.Requests!["cpu"].KnownValue, container.Resources.Limits["cpu"].KnownValue);
    }

    [Fact]
    public void The_network_policy_lets_the_namespace_and_the_workload_clients_reach_the_pods_on_the_container_port_only()
    {
        var workload = new Workload(program.Root, "web", Args with { ContainerPort = 9000 });

        var spec = workload.NetworkPolicy!.Args.Spec;
        Assert.Same(workload.Labels, spec.PodSelector.MatchLabels);
        Assert.Equal([PolicyType.Ingress], spec.PolicyTypes);
        var rule = Assert.Single(spec.Ingress!);
        Assert.Equal((9000, NetworkProtocol.Tcp), (Assert.Single(rule.Ports!).Port!.Value.Node, Assert.Single(rule.Ports!).Protocol));
        Assert.Equal([NetworkPolicyPeer.OwnNamespace, PlatformNetworkAllows.WorkloadClients], rule.From);
    }

    [Fact]
    public void A_workload_in_a_namespace_without_default_deny_can_leave_the_network_policy_out()
    {
        var workload = new Workload(program.Root, "web", Args with { IngressPolicy = false });

        Assert.Null(workload.NetworkPolicy);
    }

    [Fact]
    public void The_autoscaler_targets_the_deployment_on_cpu_with_the_seed_behaviour()
    {
        var workload = new Workload(program.Root, "web", Args);

        var spec = workload.Autoscaler.Args.Spec;
        Assert.Equal("autoscaling/v2", workload.Autoscaler.ApiVersion);
        Assert.Equal(("apps/v1", "Deployment", "web"), (spec.ScaleTargetRef.ApiVersion, spec.ScaleTargetRef.Kind, spec.ScaleTargetRef.Name.KnownValue));
        Assert.Equal((3, 30), (spec.MinReplicas, spec.MaxReplicas));
        Assert.Equal(60, Assert.Single(spec.Metrics!).Resource!.Target.AverageUtilization);
        Assert.Equal(WorkloadArgs.DefaultScaleUp, spec.Behavior!.ScaleUp);
        Assert.Equal(WorkloadArgs.DefaultScaleDown, spec.Behavior.ScaleDown);
    }

    [Fact]
    public void The_default_scale_up_is_immediate_and_takes_the_larger_policy()
    {
        var up = WorkloadArgs.DefaultScaleUp;

        Assert.Equal(0, up.StabilizationWindowSeconds);
        Assert.Equal(ScalingPolicySelect.Max, up.SelectPolicy);
        Assert.Equal([(ScalingPolicyType.Percent, 20, 60), (ScalingPolicyType.Pods, 10, 60)], up.Policies!.Select(p => (p.Type, p.Value, p.PeriodSeconds)));
    }

    [Fact]
    public void The_default_scale_down_waits_five_minutes_and_takes_the_smaller_policy()
    {
        var down = WorkloadArgs.DefaultScaleDown;

        Assert.Equal(300, down.StabilizationWindowSeconds);
        Assert.Equal(ScalingPolicySelect.Min, down.SelectPolicy);
        Assert.Equal([(ScalingPolicyType.Percent, 10, 60), (ScalingPolicyType.Pods, 5, 60)], down.Policies!.Select(p => (p.Type, p.Value, p.PeriodSeconds)));
    }

    [Fact]
    public void Additional_metrics_follow_the_cpu_metric()
    {
        var workload = new Workload(program.Root, "web", Args with { AdditionalMetrics = [MetricSpec.PerPod("queue_depth", "30")] });

        Assert.Equal([MetricSourceType.Resource, MetricSourceType.Pods], workload.Autoscaler.Args.Spec.Metrics!.Select(m => m.Type));
    }

    [Fact]
    public void Requests_per_second_scale_the_workload_beside_cpu_at_the_given_per_pod_target()
    {
        var workload = new Workload(program.Root, "web", Args with { RequestsPerSecond = WorkloadArgs.SeedRequestsPerSecond });

        var metrics = workload.Autoscaler.Args.Spec.Metrics!;
        Assert.Equal(MetricSourceType.Resource, metrics[0].Type);
        var pods = metrics[1].Pods!;
        Assert.Equal(("http_requests_per_second", MetricTargetType.AverageValue, "500"), (pods.Metric.Name, pods.Target.Type, pods.Target.AverageValue));
    }

    [Fact]
    public void Without_a_requests_per_second_target_the_autoscaler_scales_on_cpu_only()
    {
        var workload = new Workload(program.Root, "web", Args);

        Assert.Equal([MetricSourceType.Resource], workload.Autoscaler.Args.Spec.Metrics!.Select(m => m.Type));
    }

    [Fact]
    public void The_tier_labels_the_pods_and_gives_them_its_priority_class()
    {
        var workload = new Workload(program.Root, "web", Args with { Tier = ServiceTier.Core });

        Assert.Equal("core", workload.Labels[Workload.TierLabel].KnownValue);
        Assert.Equal(PriorityClasses.CoreName, Pod(workload).PriorityClassName!.Value.KnownValue);
    }

    [Fact]
    public void A_named_priority_class_overrides_the_tiers()
    {
        var workload = new Workload(program.Root, "web", Args with { Tier = ServiceTier.Standard, PriorityClassName = PriorityClasses.PlatformCriticalName });

        Assert.Equal(PriorityClasses.PlatformCriticalName, Pod(workload).PriorityClassName!.Value.KnownValue);
    }

    [Fact]
    public void Best_effort_batch_pods_state_no_resources_and_scale_on_requests_per_second_only()
    {
        var workload = new Workload(program.Root, "crunch", Args with { Tier = ServiceTier.Batch, Qos = QosClass.BestEffort, RequestsPerSecond = 50 });

        Assert.Null(Container(workload).Resources);
        Assert.Equal([MetricSourceType.Pods], workload.Autoscaler.Args.Spec.Metrics!.Select(m => m.Type));
        Assert.Equal(PriorityClasses.BatchName, Pod(workload).PriorityClassName!.Value.KnownValue);
    }

    [Fact]
    public void No_vertical_autoscaler_unless_asked()
    {
        var workload = new Workload(program.Root, "web", Args);

        Assert.Null(workload.Recommendations);
        Assert.DoesNotContain("kubernetes:yaml/v2:ConfigGroup", program.Resources.Select(r => r.Type));
    }

    [Fact]
    public void An_asked_for_vertical_autoscaler_recommends_for_the_deployment_and_never_applies()
    {
        var workload = new Workload(program.Root, "web", Args with { RecommendResources = true });

        var vpa = Assert.IsType<CustomObject>(Assert.Single(workload.Recommendations!.Args.Objs));
        var spec = Assert.IsType<VerticalPodAutoscalerSpec>(vpa.Spec);
        Assert.Equal(("autoscaling.k8s.io/v1", "VerticalPodAutoscaler"), (vpa.ApiVersion, vpa.Kind));
        Assert.Equal(("apps/v1", "Deployment", "web"), (spec.TargetRef.ApiVersion, spec.TargetRef.Kind, spec.TargetRef.Name.KnownValue));
        Assert.Equal("Off", spec.UpdatePolicy!.UpdateMode);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(10, 9)]
    public void The_disruption_budget_keeps_all_but_one_of_the_minimum_replicas(int minReplicas, int minAvailable)
    {
        var workload = new Workload(program.Root, "web", Args with { MinReplicas = minReplicas });

        var spec = workload.DisruptionBudget.Args.Spec!;
        Assert.Equal(minAvailable, spec.MinAvailable!.Value.Node);
        Assert.Null(spec.MaxUnavailable);
    }

    [Fact]
    public void A_single_replica_workload_allows_one_eviction_instead_of_blocking_drains()
    {
        var workload = new Workload(program.Root, "web", Args with { MinReplicas = 1 });

        var spec = workload.DisruptionBudget.Args.Spec!;
        Assert.Null(spec.MinAvailable);
        Assert.Equal(1, spec.MaxUnavailable!.Value.Node);
    }

    [Fact]
    public void Replicas_spread_over_zones_and_nodes_without_ever_staying_pending_for_it()
    {
        var workload = new Workload(program.Root, "web", Args);

        var constraints = Pod(workload).TopologySpreadConstraints!;
        Assert.Equal(["topology.kubernetes.io/zone", "kubernetes.io/hostname"], constraints.Select(c => c.TopologyKey));
        Assert.All(constraints, c => Assert.Equal((1, UnsatisfiableConstraintAction.ScheduleAnyway), (c.MaxSkew, c.WhenUnsatisfiable)));
        Assert.All(constraints, c => Assert.Same(workload.Labels, c.LabelSelector!.MatchLabels));
        Assert.Null(Pod(workload).Affinity);
    }

    [Fact]
    public void The_anchors_spread_prefers_distinct_zones_by_anti_affinity()
    {
        var workload = new Workload(program.Root, "web", Args with { Spread = WorkloadSpread.ZoneAntiAffinity });

        var term = Assert.Single(Pod(workload).Affinity!.PodAntiAffinity!.PreferredDuringSchedulingIgnoredDuringExecution!);
        Assert.Equal(100, term.Weight);
        Assert.Equal("topology.kubernetes.io/zone", term.PodAffinityTerm.TopologyKey);
        Assert.Same(workload.Labels, term.PodAffinityTerm.LabelSelector!.MatchLabels);
    }

    [Fact]
    public void Pods_meet_the_restricted_pod_security_standard_by_default()
    {
        var workload = new Workload(program.Root, "web", Args);

        var pod = Pod(workload);
        var container = Container(workload);
        Assert.True(pod.SecurityContext!.RunAsNonRoot);
        Assert.Equal(SeccompProfileType.RuntimeDefault, pod.SecurityContext.SeccompProfile!.Type);
        Assert.False(container.SecurityContext!.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities!.Drop!);
    }

    [Fact]
    public void The_deployment_leaves_the_replica_count_to_the_autoscaler_by_default()
    {
        var workload = new Workload(program.Root, "web", Args);

        Assert.Null(workload.Deployment.Args.Spec.Replicas);
    }

    [Fact]
    public void The_objects_of_a_workload_share_one_label_map()
    {
        var workload = new Workload(program.Root, "web", Args);

        Assert.Same(workload.Labels, workload.Deployment.Metadata!.Labels);
        Assert.Same(workload.Labels, workload.Service.Args.Spec!.Selector);
        Assert.Same(workload.Labels, workload.DisruptionBudget.Args.Spec!.Selector!.MatchLabels);
        Assert.Equal(new Dictionary<string, string?> { ["app"] = "web", ["tier"] = "standard" }, Known(workload.Labels));
    }

    public static TheoryData<WorkloadArgs, string> InvalidArgs => new()
    {
        { Args with { Image = " " }, "Image is empty" },
        { Args with { MinReplicas = 0 }, "MinReplicas is 0: set it to at least 1" },
        { Args with { MinReplicas = 5, MaxReplicas = 4 }, "MaxReplicas 4 is below MinReplicas 5: set MaxReplicas >= 5" },
        { Args with { Replicas = 40 }, "Replicas 40 is outside 3..30" },
        { Args with { CpuRequest = "0" }, "CpuRequest '0' is not a positive quantity" },
        { Args with { MemoryRequest = "lots" }, "MemoryRequest 'lots' is not a positive quantity" },
        { Args with { CpuLimit = "100m" }, "CpuLimit '100m' is not a quantity at least CpuRequest '500m'" },
        { Args with { Port = 0 }, "Port is 0: set a TCP port" },
        { Args with { ContainerPort = 70000 }, "ContainerPort is 70000: set a TCP port" },
        { Args with { TargetCpuUtilization = 0 }, "TargetCpuUtilization is 0" },
        { Args with { ReadinessPath = "ready" }, "ReadinessPath 'ready' does not start with '/'" },
        { Args with { Tier = ServiceTier.Core, Qos = QosClass.Burstable, CpuLimit = "1" }, "Qos Burstable is not allowed in tier 'core', which allows Guaranteed" },
        { Args with { Qos = QosClass.BestEffort, RequestsPerSecond = 50 }, "Qos BestEffort is not allowed in tier 'standard'" },
        { Args with { CpuLimit = "1" }, "Qos is Guaranteed but a limit exceeds its request" },
        { Args with { Qos = QosClass.Burstable }, "Qos is Burstable but no limit exceeds its request" },
        { Args with { Tier = ServiceTier.Batch, Qos = QosClass.BestEffort }, "Qos is BestEffort, whose pods have no CPU request for the autoscaler's CPU target: set RequestsPerSecond" },
        { Args with { Tier = ServiceTier.Batch, Qos = QosClass.BestEffort, RequestsPerSecond = 50, MemoryLimit = "1Gi" }, "Qos is BestEffort, whose pods state no requests or limits, but CpuLimit or MemoryLimit is set" },
        { Args with { RequestsPerSecond = 0 }, "RequestsPerSecond is 0: set the requests per second one pod serves (seed: 500)" },
    };

    [Theory]
    [MemberData(nameof(InvalidArgs))]
    public void Invalid_args_are_refused_naming_the_value_and_the_fix(WorkloadArgs args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new Workload(program.Root, "web", args));

        Assert.Contains("workload 'web': " + message, error.Message, StringComparison.Ordinal);
    }

    private static PodSpec Pod(Workload workload) => workload.Deployment.Args.Spec.Template.Spec!;

    private static Container Container(Workload workload) => Assert.Single(Pod(workload).Containers);

    private static Dictionary<string, string?> Known(IReadOnlyDictionary<string, Expr<string>> map) =>
        map.ToDictionary(entry => entry.Key, entry => entry.Value.KnownValue);
}
