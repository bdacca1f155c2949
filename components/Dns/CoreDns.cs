using System.Globalization;
using Infra.CloudProvider;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Policy;
using Infra.Model;

namespace Infra.Dns;

/// <summary>
/// The cluster's DNS, CoreDNS from its upstream chart and nowhere else: kubeadm's CoreDNS add-on is disabled
/// (<c>dns.disabled</c> in ClusterConfiguration and the skipped <c>addon/coredns</c> phase), so the chart's ConfigMap
/// has one writer, whose Corefile is the typed <see cref="CoreDnsCorefile"/>. The Service keeps kubeadm's name and
/// label (<c>kube-dns</c>, <c>k8s-app: kube-dns</c>) at the address the kubelets use. Replicas and memory follow the
/// cluster's size (<see cref="CoreDnsSettings"/>), spread over zones and hosts, at most one voluntarily evicted at a
/// time, at system-cluster-critical priority. The pods are on the pod network: they start once Calico has made nodes
/// Ready (they tolerate neither <c>node.kubernetes.io/not-ready</c> nor the cloud provider's uninitialized taint,
/// which the cloud controller manager lifts before), on workers only (no control-plane toleration).
/// </summary>
public sealed class CoreDns : ChartAddOn<CoreDnsValues>
{
    /// <summary>The chart repository of the CoreDNS project (coredns/helm README).</summary>
    public const string ChartRepository = "https://coredns.github.io/helm";

    public const string ChartName = "coredns";

    public const string Namespace = "kube-system";

    /// <summary>Where upstream publishes CoreDNS for Kubernetes, the repository kubeadm pulls from.</summary>
    public const string ImageRepository = "registry.k8s.io/coredns/coredns";

    /// <summary>The Service name kubeadm, the kubelets' documentation and NodeLocal DNSCache's upstream Service expect.</summary>
    public const string ServiceName = "kube-dns";

    /// <summary>The <c>k8s-app</c> label of the pods, which <c>kube-dns-upstream</c> selects.</summary>
    public const string AppLabel = "kube-dns";

    public const string PriorityClass = "system-cluster-critical";

    /// <summary>Spreads replicas across zones, then hosts; the selector is the pods' <c>k8s-app</c> label.</summary>
    public const string ZoneKey = "topology.kubernetes.io/zone";

    public const string HostKey = "kubernetes.io/hostname";

    /// <summary>
    /// CoreDNS's placement, for the bootstrap walk: <c>CriticalAddonsOnly</c> only (nodes reserved for critical
    /// add-ons still take it). No not-ready or uninitialized toleration: without the pod network it cannot serve.
    /// </summary>
    public static IReadOnlyList<Toleration> Tolerations { get; } = [new() { Key = "CriticalAddonsOnly", Operator = TolerationOperator.Exists }];

    public CoreDns(Scope parent, string id, CoreDnsArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
        Settings = CoreDnsSettings.For(args.ExpectedNodes, args.Plan.NodeLocalDns);
        Corefile = CoreDnsCorefile.For(Settings.PodRecords, args.Upstreams);
        Release.Annotate(new CoreDnsAnnotation(Values.ReplicaCount, args.ZoneSpread, Values.TopologySpreadConstraints.Any(c => c.TopologyKey == ZoneKey)));
    }

    public CoreDnsSettings Settings { get; }

    /// <summary>The Corefile the chart renders from <see cref="CoreDnsValues.Servers"/>.</summary>
    public Corefile Corefile { get; }

    private static CoreDnsValues ValuesFor(CoreDnsArgs args)
    {
        ArgumentNullException.ThrowIfNull(args.Plan);
        if (args.ExpectedNodes is < 1 or > 5_000)
        {
            throw new ArgumentException($"CoreDNS: expected nodes {args.ExpectedNodes} is outside 1-5,000: give the planned cluster size", nameof(args));
        }

        var settings = CoreDnsSettings.For(args.ExpectedNodes, args.Plan.NodeLocalDns);
        var memory = (Expr<string>)$"{settings.MemoryMebibytes.ToString(CultureInfo.InvariantCulture)}Mi";
        var selector = new LabelSelector { MatchLabels = new Dictionary<string, Expr<string>> { ["k8s-app"] = AppLabel } };
        return new CoreDnsValues
        {
            Image = new ChartImage { Repository = ImageRepository, Tag = args.ImageTag },
            ReplicaCount = settings.Replicas,
            Resources = new ResourceRequirements
            {
                Requests = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["cpu"] = CoreDnsSettings.CpuRequest, ["memory"] = memory },
                Limits = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["memory"] = memory },
            },
            PriorityClassName = PriorityClass,
            Service = new CoreDnsServiceValue { Name = ServiceName, ClusterIp = args.Plan.ServiceIp.ToString() },
            K8sAppLabelOverride = AppLabel,
            Servers = CoreDnsCorefile.For(settings.PodRecords, args.Upstreams).ToChartServers(),
            TopologySpreadConstraints =
            [
                new() { MaxSkew = 1, TopologyKey = ZoneKey, WhenUnsatisfiable = args.ZoneSpread, LabelSelector = selector },

                // Hosts only preferably: a hard rule would leave replicas Pending (and the atomic release failing) while
                // a new cluster has fewer workers than replicas.
                new() { MaxSkew = 1, TopologyKey = HostKey, WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway, LabelSelector = selector },
            ],
            Tolerations = Tolerations,
            PodDisruptionBudget = new PodDisruptionBudgetSpec { MaxUnavailable = 1 },
        };
    }
}
