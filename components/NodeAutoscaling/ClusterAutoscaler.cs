using System.Globalization;
using Infra.CloudProvider;
using Infra.ClusterJoin;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Model;
using Infra.NodeIam;

namespace Infra.NodeAutoscaling;

/// <summary>
/// The Cluster Autoscaler from its upstream chart: it grows the node pools' Auto Scaling groups, discovered by their tags
/// (<see cref="AutoDiscoveryTags"/>), when pods cannot be scheduled, choosing the pool by the priority expander
/// (<see cref="ExpanderPriorities"/>), and shrinks them after the seed's scale-down delays. It runs on control-plane nodes
/// only, with their instance role (<see cref="NodePermissions.ClusterAutoscaler"/>): a worker's pods can reach neither its
/// instance role (metadata hop limit 1) nor any Auto Scaling permission. Two replicas, one active by leader election, on two
/// control-plane nodes; the chart's PodDisruptionBudget keeps one through a drain. Its settings follow the cluster's size
/// (<see cref="AutoscalerSettings"/>). Its pods are on the pod network, so they start once the CNI runs.
/// </summary>
public sealed class ClusterAutoscaler : ChartAddOn<ClusterAutoscalerValues>
{
    /// <summary>The chart repository of kubernetes/autoscaler (its chart README's <c>helm repo add</c>).</summary>
    public const string ChartRepository = "https://kubernetes.github.io/autoscaler";

    public const string ChartName = "cluster-autoscaler";

    /// <summary>Where upstream publishes the autoscaler image.</summary>
    public const string ImageRepository = "registry.k8s.io/autoscaling/cluster-autoscaler";

    /// <summary>
    /// kube-system, with kubeadm's controllers: the namespace whose pods may use <see cref="PriorityClass"/> (the API server's
    /// priority admission admits the two system classes in kube-system only, unless a ResourceQuota allows them elsewhere).
    /// </summary>
    public const string Namespace = "kube-system";

    /// <summary>
    /// system-cluster-critical (2,000,000,000), the built-in class of add-ons the cluster cannot work without, rather than a class
    /// of our own: user classes stop at 1,000,000,000, below which any platform pod could preempt the autoscaler on a full
    /// control-plane node, and without the autoscaler no pending pod ever gets a node.
    /// </summary>
    public const string PriorityClass = "system-cluster-critical";

    /// <summary>One active replica and one standby that takes the lease within seconds (seed 001: 2 replicas).</summary>
    public const int Replicas = 2;

    /// <summary>The user of the distroless <c>static:nonroot</c> base image the autoscaler is built on (its Dockerfile).</summary>
    public const long NonRootUser = 65532;

    /// <summary>
    /// "priority" first (<see cref="ExpanderPriorities"/>; seed 001), then "least-waste" among pools of equal priority, instead
    /// of the random choice the priority expander alone makes between them.
    /// </summary>
    public const string Expanders = "priority,least-waste";

    public ClusterAutoscaler(Scope parent, string id, ClusterAutoscalerArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
    }

    private static ClusterAutoscalerValues ValuesFor(ClusterAutoscalerArgs args)
    {
        Validate(args);
        var settings = AutoscalerSettings.For(args.ExpectedNodes, args.ControlPlaneNodes);
        return new ClusterAutoscalerValues
        {
            CloudProvider = "aws",
            AwsRegion = args.Region,
            AutoDiscovery = new ClusterAutoscalerAutoDiscovery
            {
                ClusterName = args.ClusterName,
                Tags = [AutoDiscoveryTags.EnabledKey, AutoDiscoveryTags.ClusterKey(args.ClusterName)],
            },
            ExtraArgs = Flags(settings),
            ExpanderPriorities = ExpanderPriorities.For(args.Pools),
            FullnameOverride = ChartName,
            Image = new ChartImage { Repository = ImageRepository, Tag = args.ImageTag },
            ReplicaCount = Replicas,
            PriorityClassName = PriorityClass,
            PodDisruptionBudget = new ClusterAutoscalerDisruptionBudget { MaxUnavailable = 1 },
            Resources = new ResourceRequirements
            {
                Requests = Quantities(settings.CpuRequestMillicores, settings.MemoryRequestMiB),
                Limits = Quantities(settings.CpuLimitMillicores, settings.MemoryLimitMiB),
            },
            NodeSelector = ControlPlanePlacement.NodeSelector,
            Tolerations = [ControlPlanePlacement.ControlPlaneTaint],

            // The standby on another control-plane node, so losing one node never stops scaling for longer than a lease.
            TopologySpreadConstraints =
            [
                new TopologySpreadConstraint
                {
                    MaxSkew = 1,
                    TopologyKey = "kubernetes.io/hostname",
                    WhenUnsatisfiable = UnsatisfiableConstraintAction.DoNotSchedule,
                    LabelSelector = new LabelSelector { MatchLabels = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["app.kubernetes.io/instance"] = ChartName } },
                },
            ],

            // The restricted Pod Security profile's settings, although kube-system enforces none.
            SecurityContext = new PodSecurityContext
            {
                RunAsNonRoot = true,
                RunAsUser = NonRootUser,
                SeccompProfile = new SeccompProfile { Type = SeccompProfileType.RuntimeDefault },
            },
            ContainerSecurityContext = new SecurityContext
            {
                AllowPrivilegeEscalation = false,
                ReadOnlyRootFilesystem = true,
                Capabilities = new Capabilities { Drop = ["ALL"] },
            },
        };
    }

    /// <summary>The autoscaler's flags (cluster-autoscaler 1.36.1, config/flags/flags.go), each with its reason.</summary>
    private static SortedDictionary<string, string> Flags(AutoscalerSettings settings) => new(StringComparer.Ordinal)
    {
        ["expander"] = Expanders,

        // Groups of the same shape (labels, taints, capacity) grow together, so zonal twins of a pool stay even.
        ["balance-similar-node-groups"] = "true",

        // Seed 001: a pod's emptyDir is scratch space, which must not pin an idle node; local persistent volumes still do,
        // because their pods cannot be placed elsewhere in the autoscaler's simulation.
        ["skip-nodes-with-local-storage"] = "false",

        ["scale-down-unneeded-time"] = AutoscalerSettings.ScaleDownUnneededTime,
        ["scale-down-delay-after-add"] = AutoscalerSettings.ScaleDownDelayAfterAdd,
        ["scale-down-delay-after-delete"] = AutoscalerSettings.ScaleDownDelayAfterDelete,
        ["scale-down-delay-after-failure"] = AutoscalerSettings.ScaleDownDelayAfterFailure,
        ["scale-down-unready-time"] = AutoscalerSettings.ScaleDownUnreadyTime,

        ["max-nodes-total"] = Text(settings.MaxNodesTotal),
        ["scan-interval"] = Text(settings.ScanIntervalSeconds) + "s",
        ["max-node-provision-time"] = Text(settings.MaxNodeProvisionMinutes) + "m",
        ["max-scale-down-parallelism"] = Text(settings.MaxScaleDownParallelism),
        ["max-drain-parallelism"] = Text(settings.MaxDrainParallelism),
        ["kube-client-qps"] = Text(settings.KubeClientQps),
        ["kube-client-burst"] = Text(settings.KubeClientBurst),
    };

    private static SortedDictionary<string, Expr<string>> Quantities(int millicores, int mebibytes) => new(StringComparer.Ordinal)
    {
        ["cpu"] = Text(millicores) + "m",
        ["memory"] = Text(mebibytes) + "Mi",
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Validate(ClusterAutoscalerArgs args)
    {
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"cluster autoscaler: cluster name '{args.ClusterName}' is not a cluster name: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (!RegionNameRule.IsValid(args.Region))
        {
            throw new ArgumentException($"cluster autoscaler: region '{args.Region}' is not an AWS region name: {RegionNameRule.Requirement}", nameof(args));
        }

        if (!args.ImageTag.StartsWith(KubernetesRelease.Minor + ".", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"cluster autoscaler image tag '{args.ImageTag}' is not of the cluster's minor {KubernetesRelease.Minor}: use a {KubernetesRelease.Minor}.x release",
                nameof(args));
        }

        ArgumentNullException.ThrowIfNull(args.Pools);
        if (args.Pools.Count == 0)
        {
            throw new ArgumentException("cluster autoscaler: no node pools: give the cluster's pools, each with its group name pattern and kind", nameof(args));
        }

        var duplicate = args.Pools.GroupBy(pool => pool.GroupNamePattern, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"cluster autoscaler: pools {string.Join(", ", duplicate.Select(pool => $"'{pool.Name}'"))} share the group name pattern '{duplicate.Key}': give each pool a pattern of its own group",
                nameof(args));
        }
    }
}
