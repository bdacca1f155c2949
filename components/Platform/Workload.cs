using System.Globalization;
using Infra.Kubernetes;
using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Kubernetes.Policy;
using Infra.Kubernetes.Yaml;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// A stateless service: Deployment, Service, HorizontalPodAutoscaler (autoscaling/v2),
/// PodDisruptionBudget and the NetworkPolicy letting its callers in through its namespace's default-deny
/// (<see cref="IngressAllow"/>, unless <see cref="WorkloadArgs.IngressPolicy"/> is off), all named after the component's id. Built to be cheap in bulk: the label
/// map, the selector and the metadata are one instance each per workload, shared by its objects,
/// and the security contexts are shared by all workloads.
/// When asked it adds a VerticalPodAutoscaler in recommendation mode; its service tier sets its priority class and
/// the QoS classes it may run at.
/// </summary>
public sealed class Workload : Component
{
    /// <summary>The zone label every cloud node carries; replicas prefer distinct values of it.</summary>
    public const string ZoneTopologyKey = "topology.kubernetes.io/zone";

    /// <summary>The node name label every node carries; replicas prefer distinct values of it too.</summary>
    public const string NodeTopologyKey = "kubernetes.io/hostname";

    /// <summary>The pod label naming the workload's <see cref="ServiceTier"/>; policies tell batch pods by it.</summary>
    public const string TierLabel = "tier";

    private static readonly PodSecurityContext RestrictedPod = new()
    {
        RunAsNonRoot = true,
        SeccompProfile = new SeccompProfile { Type = SeccompProfileType.RuntimeDefault },
    };

    private static readonly SecurityContext RestrictedContainer = new()
    {
        AllowPrivilegeEscalation = false,
        Capabilities = new Capabilities { Drop = ["ALL"] },
    };

    public Workload(Scope parent, string id, WorkloadArgs args, ResourceOptions? options = null)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        WorkloadValidation.Validate(id, args);

        Labels = new Dictionary<string, Expr<string>>(2, StringComparer.Ordinal) { ["app"] = id, [TierLabel] = args.Tier.Name };
        var selector = new LabelSelector { MatchLabels = Labels };
        var labelled = new ObjectMeta { Name = id, Namespace = args.Namespace, Labels = Labels };
        var named = new ObjectMeta { Name = id, Namespace = args.Namespace };

        Deployment = new Deployment(Scope, "deployment", new DeploymentArgs
        {
            Metadata = labelled,
            Spec = new DeploymentSpec
            {
                Replicas = args.Replicas,
                Selector = selector,
                Template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = Labels }, Spec = Pod(id, args, selector) },
            },
        }, options);

        Service = new Service(Scope, "service", new ServiceArgs
        {
            Metadata = labelled,
            Spec = new ServiceSpec { Selector = Labels, Ports = [new ServicePort { Port = args.Port, TargetPort = args.ContainerPort }] },
        }, options);

        Autoscaler = new HorizontalPodAutoscaler(Scope, "hpa", new HorizontalPodAutoscalerArgs
        {
            Metadata = named,
            Spec = new HorizontalPodAutoscalerSpec
            {
                ScaleTargetRef = new CrossVersionObjectReference { ApiVersion = Deployment.ApiVersion, Kind = Deployment.Kind, Name = id },
                MinReplicas = args.MinReplicas,
                MaxReplicas = args.MaxReplicas,
                Metrics = Metrics(args),
                Behavior = args.ScaleUp is null && args.ScaleDown is null
                    ? null
                    : new HorizontalPodAutoscalerBehavior { ScaleUp = args.ScaleUp, ScaleDown = args.ScaleDown },
            },
        }, options);

        DisruptionBudget = new PodDisruptionBudget(Scope, "pdb", new PodDisruptionBudgetArgs
        {
            Metadata = named,
            Spec = DisruptionBudgetFor(args.MinReplicas) with { Selector = selector },
        }, options);

        if (args.RecommendResources)
        {
            Recommendations = new ConfigGroup(Scope, "vpa", new ConfigGroupArgs
            {
                Objs = [VerticalPodAutoscaler.RecommendOnly(named, Autoscaler.Args.Spec.ScaleTargetRef)],
            }, options);
        }

        NetworkPolicy = args.IngressPolicy
            ? new NetworkPolicy(Scope, "network-policy", new NetworkPolicyArgs { Metadata = named, Spec = IngressAllow(selector, args.ContainerPort) }, options)
            : null;
    }

    /// <summary>The workload's labels, <c>app</c> and <c>tier</c>: on the Deployment, its pods and the Service, and their selectors.</summary>
    public IReadOnlyDictionary<string, Expr<string>> Labels { get; }

    public Deployment Deployment { get; }

    public Service Service { get; }

    public HorizontalPodAutoscaler Autoscaler { get; }

    public PodDisruptionBudget DisruptionBudget { get; }

    /// <summary>The VerticalPodAutoscaler (recommendation mode) when <see cref="WorkloadArgs.RecommendResources"/> asks for one.</summary>
    public ConfigGroup? Recommendations { get; }

    /// <summary>Null when <see cref="WorkloadArgs.IngressPolicy"/> is off.</summary>
    public NetworkPolicy? NetworkPolicy { get; }

    /// <summary>
    /// Ingress to the workload's pods on its container port (where the Service forwards) from its own namespace and from
    /// the namespaces labelled <see cref="PlatformNetworkAllows.WorkloadClientsLabel"/> (ingress controllers, the metrics
    /// scraper). Kubelet probes need no allow: traffic from a pod's own node is always admitted.
    /// </summary>
    public static NetworkPolicySpec IngressAllow(LabelSelector pods, int containerPort) => new()
    {
        PodSelector = pods,
        PolicyTypes = [PolicyType.Ingress],
        Ingress =
        [
            new NetworkPolicyIngressRule
            {
                From = [NetworkPolicyPeer.OwnNamespace, PlatformNetworkAllows.WorkloadClients],
                Ports = [NetworkPolicyPort.Tcp(containerPort)],
            },
        ],
    };

    /// <summary>
    /// The disruption budget derived from the autoscaler's floor: minAvailable = MinReplicas - 1, so a
    /// drain takes one pod at a time at the floor and the service never drops below the size sized
    /// for its base load minus one. With one replica that rule would give 0 (no protection) while
    /// minAvailable 1 would block every drain, so it becomes maxUnavailable 1.
    /// </summary>
    public static PodDisruptionBudgetSpec DisruptionBudgetFor(int minReplicas) =>
        minReplicas > 1
            ? new PodDisruptionBudgetSpec { MinAvailable = minReplicas - 1 }
            : new PodDisruptionBudgetSpec { MaxUnavailable = 1 };

    private static PodSpec Pod(string id, WorkloadArgs args, LabelSelector selector)
    {
        var container = new Container
        {
            Name = id,
            Image = args.Image,
            Env = args.Env,
            Resources = Resources(args),
            ReadinessProbe = HttpProbe(args.ReadinessPath, args.ContainerPort),
            LivenessProbe = HttpProbe(args.LivenessPath, args.ContainerPort),
            StartupProbe = args.StartupProbe,
            SecurityContext = args.RestrictedSecurityContext ? RestrictedContainer : null,
        };

        return new PodSpec
        {
            Containers = [container],
            ServiceAccountName = args.ServiceAccountName,
            PriorityClassName = args.PriorityClassName ?? args.Tier.PriorityClassName,
            Affinity = args.Spread == WorkloadSpread.ZoneAntiAffinity ? ZoneAntiAffinity(selector) : null,
            TopologySpreadConstraints = args.Spread == WorkloadSpread.TopologySpread ? TopologySpread(selector) : null,
            SecurityContext = args.RestrictedSecurityContext ? RestrictedPod : null,
            TerminationGracePeriodSeconds = args.TerminationGracePeriodSeconds,
            NodeSelector = args.NodeSelector,
            Tolerations = args.Tolerations,
        };
    }

    /// <summary>Guaranteed and Burstable pods request and limit cpu and memory (one shared map when equal); BestEffort pods state nothing.</summary>
    private static ResourceRequirements? Resources(WorkloadArgs args)
    {
        if (args.Qos == QosClass.BestEffort)
        {
            return null;
        }

        var requests = new Dictionary<string, Expr<string>>(2, StringComparer.Ordinal) { ["cpu"] = args.CpuRequest, ["memory"] = args.MemoryRequest };
        var limits = args.CpuLimit is null && args.MemoryLimit is null
            ? requests
            : new Dictionary<string, Expr<string>>(2, StringComparer.Ordinal) { ["cpu"] = args.CpuLimit ?? args.CpuRequest, ["memory"] = args.MemoryLimit ?? args.MemoryRequest };
        return new ResourceRequirements { Requests = requests, Limits = limits };
    }

    private static Probe? HttpProbe(string? path, int port) =>
        path is null ? null : new Probe { HttpGet = new HttpGetAction { Path = path, Port = port } };

    private static Affinity ZoneAntiAffinity(LabelSelector selector) => new()
    {
        PodAntiAffinity = new PodAntiAffinity
        {
            PreferredDuringSchedulingIgnoredDuringExecution =
            [
                new WeightedPodAffinityTerm { Weight = 100, PodAffinityTerm = new PodAffinityTerm { TopologyKey = ZoneTopologyKey, LabelSelector = selector } },
            ],
        },
    };

    private static IReadOnlyList<TopologySpreadConstraint> TopologySpread(LabelSelector selector) =>
    [
        new TopologySpreadConstraint { MaxSkew = 1, TopologyKey = ZoneTopologyKey, WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway, LabelSelector = selector },
        new TopologySpreadConstraint { MaxSkew = 1, TopologyKey = NodeTopologyKey, WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway, LabelSelector = selector },
    ];

    /// <summary>CPU utilization (not for BestEffort pods: without a request there is no utilization), requests per second, then the caller's metrics.</summary>
    private static IReadOnlyList<MetricSpec> Metrics(WorkloadArgs args)
    {
        IEnumerable<MetricSpec> metrics = args.Qos == QosClass.BestEffort ? [] : [MetricSpec.Utilization("cpu", args.TargetCpuUtilization)];
        if (args.RequestsPerSecond is { } perPod)
        {
            metrics = metrics.Append(MetricSpec.PerPod(WorkloadArgs.RequestsPerSecondMetric, perPod.ToString(CultureInfo.InvariantCulture)));
        }

        return [.. metrics, .. args.AdditionalMetrics ?? []];
    }
}
