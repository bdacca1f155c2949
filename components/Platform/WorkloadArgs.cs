using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Core;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// Args of a <see cref="Workload"/>: a stateless HTTP service behind a ClusterIP service, scaled by
/// CPU (and requests per second when asked). Every default below states its rule; the defaults express the anchor
/// workload (3..30 replicas, 500m/512Mi, CPU 60 %) except where a comment says otherwise.
/// </summary>
public sealed record WorkloadArgs
{
    /// <summary>The HPA custom metric of seeds 001 and 003: requests per second per pod, served by a metrics adapter.</summary>
    public const string RequestsPerSecondMetric = "http_requests_per_second";

    /// <summary>Seed 001's per-pod target for <see cref="RequestsPerSecondMetric"/>.</summary>
    public const int SeedRequestsPerSecond = 500;

    /// <summary>The default <see cref="CpuRequest"/>; tenant namespaces give it to containers that state none.</summary>
    public const string DefaultCpuRequest = "500m";

    /// <summary>The default <see cref="MemoryRequest"/>; tenant namespaces give it to containers that state none.</summary>
    public const string DefaultMemoryRequest = "512Mi";

    /// <summary>
    /// Seed 001's scale-up: react at once (no stabilization) and allow the larger of +20 % or +10 pods
    /// a minute, so a live event's surge is met within minutes without doubling on one noisy sample.
    /// </summary>
    public static readonly HpaScalingRules DefaultScaleUp = new()
    {
        StabilizationWindowSeconds = 0,
        Policies =
        [
            new HpaScalingPolicy { Type = ScalingPolicyType.Percent, Value = 20, PeriodSeconds = 60 },
            new HpaScalingPolicy { Type = ScalingPolicyType.Pods, Value = 10, PeriodSeconds = 60 },
        ],
        SelectPolicy = ScalingPolicySelect.Max,
    };

    /// <summary>
    /// Seed 001's scale-down: look back 5 minutes and remove the smaller of 10 % or 5 pods a minute,
    /// so capacity is not dropped between two waves of viewers.
    /// </summary>
    public static readonly HpaScalingRules DefaultScaleDown = new()
    {
        StabilizationWindowSeconds = 300,
        Policies =
        [
            new HpaScalingPolicy { Type = ScalingPolicyType.Percent, Value = 10, PeriodSeconds = 60 },
            new HpaScalingPolicy { Type = ScalingPolicyType.Pods, Value = 5, PeriodSeconds = 60 },
        ],
        SelectPolicy = ScalingPolicySelect.Min,
    };

    /// <summary>The namespace; pass a <see cref="PlatformNamespace"/>'s name output to create the workload after it.</summary>
    public required Expr<string> Namespace { get; init; }

    /// <summary>The container image, pinned by tag or digest.</summary>
    public required Expr<string> Image { get; init; }

    /// <summary>
    /// The service tier: the <c>tier</c> label (beside <c>app</c> = the workload's name), the default priority class
    /// and the QoS classes allowed. Default <see cref="ServiceTier.Standard"/>, the tier of the default priority class.
    /// </summary>
    public ServiceTier Tier { get; init; } = ServiceTier.Standard;

    /// <summary>
    /// The pods' QoS class, which must be one the <see cref="Tier"/> allows. Default Guaranteed (seed 000): limits
    /// equal requests. Burstable needs a limit above its request; BestEffort emits no requests or limits at all, so
    /// the HPA cannot scale it on CPU and needs <see cref="RequestsPerSecond"/> or <see cref="AdditionalMetrics"/>.
    /// </summary>
    public QosClass Qos { get; init; } = QosClass.Guaranteed;

    /// <summary>The service's port. Default 80, so clients call <c>http://name.namespace</c> without a port.</summary>
    public int Port { get; init; } = 80;

    /// <summary>The port the container listens on. Default 8080: above 1024, so a non-root process can bind it without NET_BIND_SERVICE (dropped under restricted).</summary>
    public int ContainerPort { get; init; } = 8080;

    /// <summary>The autoscaler's floor. Default 3: one replica per zone of a three-zone region, so losing a zone leaves two serving.</summary>
    public int MinReplicas { get; init; } = 3;

    /// <summary>The autoscaler's ceiling. Default 30, ten times the floor: live events bring peaks tens of times the base load (seed 000).</summary>
    public int MaxReplicas { get; init; } = 30;

    /// <summary>
    /// The Deployment's own <c>spec.replicas</c>. Default unset: the autoscaler owns the count, and a set
    /// value is re-applied on every update, resetting it (Kubernetes docs, "Migrating Deployments to
    /// horizontal autoscaling"). Set it only for manifests applied once.
    /// </summary>
    public int? Replicas { get; init; }

    /// <summary>CPU request. Default 500m: a small service's share; teams set theirs from observed use.</summary>
    public string CpuRequest { get; init; } = DefaultCpuRequest;

    /// <summary>Memory request. Default 512Mi: 1 GiB per requested core, half the memory-to-core ratio of general-purpose instances, leaving room for memory-heavy neighbours.</summary>
    public string MemoryRequest { get; init; } = DefaultMemoryRequest;

    /// <summary>CPU limit. Default unset = the request: equal requests and limits give the Guaranteed QoS class core services need (seed 000); set it above the request for Burstable.</summary>
    public string? CpuLimit { get; init; }

    /// <summary>Memory limit. Default unset = the request (Guaranteed QoS, seed 000); a higher limit makes the pod Burstable and first to be evicted under memory pressure.</summary>
    public string? MemoryLimit { get; init; }

    /// <summary>The readiness probe's path on <see cref="ContainerPort"/>; null for none. Default "/ready".</summary>
    public string? ReadinessPath { get; init; } = "/ready";

    /// <summary>The liveness probe's path on <see cref="ContainerPort"/>; null for none. Default "/live": separate from readiness, so a busy pod is taken out of rotation, not restarted.</summary>
    public string? LivenessPath { get; init; } = "/live";

    /// <summary>A startup probe for slow starters, so liveness does not kill them while they warm up. Default none.</summary>
    public Probe? StartupProbe { get; init; }

    /// <summary>
    /// The pod's priority class. Default unset: the tier's class (<see cref="ServiceTier.PriorityClassName"/>).
    /// In the program that creates the classes, pass the class's <c>ObjectName</c> so the pods wait for it.
    /// </summary>
    public Expr<string>? PriorityClassName { get; init; }

    public Expr<string>? ServiceAccountName { get; init; }

    /// <summary>The autoscaler's CPU target, percent of the request. Default 60 (seed 001): leaves 40 % headroom for the minute a scale-up takes.</summary>
    public int TargetCpuUtilization { get; init; } = 60;

    /// <summary>
    /// Scale also on <see cref="RequestsPerSecondMetric"/>, keeping each pod at this many requests per second (seed 001:
    /// <see cref="SeedRequestsPerSecond"/>). Default unset: the metric needs a metrics adapter serving the custom metrics
    /// API, which the platform does not install yet, and while one metric cannot be read the HPA still scales up on
    /// the others but never scales down. Policy K8S-012 reports such an HPA until an adapter is declared.
    /// </summary>
    public int? RequestsPerSecond { get; init; }

    /// <summary>Further metrics; the autoscaler follows the one asking for most replicas.</summary>
    public IReadOnlyList<MetricSpec>? AdditionalMetrics { get; init; }

    /// <summary>Scale-up behaviour; null for the Kubernetes default. Default <see cref="DefaultScaleUp"/>.</summary>
    public HpaScalingRules? ScaleUp { get; init; } = DefaultScaleUp;

    /// <summary>Scale-down behaviour; null for the Kubernetes default. Default <see cref="DefaultScaleDown"/>.</summary>
    public HpaScalingRules? ScaleDown { get; init; } = DefaultScaleDown;

    /// <summary>
    /// How replicas spread. Default <see cref="WorkloadSpread.TopologySpread"/>: over zones and nodes, preferred
    /// (ScheduleAnyway), so a zone short of capacity never leaves a scale-up Pending.
    /// </summary>
    public WorkloadSpread Spread { get; init; } = WorkloadSpread.TopologySpread;

    /// <summary>
    /// Declare a VerticalPodAutoscaler in recommendation mode (updateMode Off) for the workload: request
    /// recommendations to size <see cref="CpuRequest"/> and <see cref="MemoryRequest"/> from observed use (seed 004),
    /// never applied by evicting pods. Default false: the recommender is not installed yet (K8S-012 reports the
    /// object until one is declared), and the object's CRD must exist before the object can be created.
    /// </summary>
    public bool RecommendResources { get; init; }

    /// <summary>
    /// Pod and container security contexts meeting the restricted Pod Security Standard, which tenant
    /// namespaces enforce. Default true; false only for a namespace at baseline.
    /// </summary>
    public bool RestrictedSecurityContext { get; init; } = true;

    /// <summary>
    /// The NetworkPolicy letting callers through the namespace's default-deny (<see cref="Workload.IngressAllow"/>).
    /// Default true; false only in a namespace that does not deny by default, where the policy would isolate the pods instead.
    /// </summary>
    public bool IngressPolicy { get; init; } = true;

    public IReadOnlyList<EnvVar>? Env { get; init; }

    /// <summary>Seconds between SIGTERM and SIGKILL. Default unset: Kubernetes' 30; raise it for long-lived connections (streams) to drain.</summary>
    public int? TerminationGracePeriodSeconds { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? NodeSelector { get; init; }

    public IReadOnlyList<Toleration>? Tolerations { get; init; }
}
