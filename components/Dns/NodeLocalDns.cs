using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Dns;

/// <summary>
/// NodeLocal DNSCache: a caching DNS server on every node (a host-network DaemonSet tolerating every taint, at
/// system-node-critical priority) listening on <see cref="ClusterDns.NodeLocalAddress"/>, the address every kubelet
/// hands its pods (<c>clusterDNS</c>). Cluster names go to CoreDNS over TCP through the <c>kube-dns-upstream</c>
/// Service (node-cache reads its address from the Service's environment variables, so the Service is created first),
/// other names to the node's resolvers. Upstream's manifest (see <see cref="NodeLocalDnsArgs.ImagePin"/>) with one
/// change: it does not also listen on the kube-dns Service address. Calico's eBPF dataplane replaces kube-proxy and
/// resolves Service addresses in its own programs, so upstream's iptables interception of that address does not apply;
/// Calico's documentation (docs.tigera.io, "Use NodeLocal DNSCache in your cluster", eBPF data plane section) asks for
/// an annotation on kube-dns only for that interception, and names no node-cache flags. Pointing the kubelets at the
/// link-local address needs neither. The cost: a node's pods have one resolver, so while the DaemonSet updates a node
/// (10% of nodes at a time) its pods' lookups fail for the seconds the new pod takes to bind.
/// </summary>
public sealed class NodeLocalDns : Component
{
    public const string Namespace = "kube-system";

    /// <summary>The name of upstream's objects (DaemonSet, ConfigMap, ServiceAccount) and the pods' <c>k8s-app</c> label.</summary>
    public const string Name = "node-local-dns";

    /// <summary>The Service in front of CoreDNS's pods that node-cache forwards to (<c>-upstreamsvc</c>).</summary>
    public const string UpstreamServiceName = "kube-dns-upstream";

    public const string ImageRepository = "registry.k8s.io/dns/k8s-dns-node-cache";

    public const string PriorityClass = "system-node-critical";

    /// <summary>Where node-cache reads the Corefile it fills placeholders in (its <c>-basecorefile</c> default).</summary>
    public const string ConfigDirectory = "/etc/coredns";

    public const string BaseCorefile = "Corefile.base";

    /// <summary>
    /// Memory request: CoreDNS's 30 MB for a full 9,984-entry cache (coredns/deployment kubernetes/Scaling_CoreDNS.md)
    /// for the cluster domain's, plus working room; upstream's 5Mi would let the scheduler pack a node until the cache
    /// is evicted. CPU: upstream's 25m. No limits, as upstream: a throttled or killed cache is a node without DNS.
    /// </summary>
    public const string MemoryRequest = "64Mi";

    public const string CpuRequest = "25m";

    /// <summary>Every taint: a node whose cache does not run has no DNS at all.</summary>
    public static IReadOnlyList<Toleration> Tolerations { get; } = [new() { Operator = TolerationOperator.Exists }];

    public NodeLocalDns(Scope parent, string id, NodeLocalDnsArgs args, ResourceOptions? options = null)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(args.Plan);
        if (!args.Plan.NodeLocalDns)
        {
            throw new ArgumentException("NodeLocal DNSCache: the cluster's DNS plan has it off, so no kubelet sends queries to it: set infra:nodeLocalDns: true in the cluster stack, or leave the component out", nameof(args));
        }

        Corefile = NodeLocalDnsCorefile.For(ClusterDns.NodeLocalAddress, args.Upstreams);
        var labels = new Dictionary<string, Expr<string>>(StringComparer.Ordinal) { ["k8s-app"] = Name };
        var account = new ServiceAccount(Scope, "service-account", new ServiceAccountArgs
        {
            Metadata = new ObjectMeta { Name = Name, Namespace = Namespace },

            // node-cache takes the upstream Service's address from environment variables, never from the API.
            AutomountServiceAccountToken = false,
        }, options);
        UpstreamService = new Service(Scope, "upstream-service", new ServiceArgs
        {
            Metadata = new ObjectMeta { Name = UpstreamServiceName, Namespace = Namespace },
            Spec = new ServiceSpec
            {
                Selector = new Dictionary<string, Expr<string>>(StringComparer.Ordinal) { ["k8s-app"] = CoreDns.AppLabel },
                Ports =
                [
                    new ServicePort { Name = "dns", Port = CorefileServer.DnsPort, Protocol = "UDP" },
                    new ServicePort { Name = "dns-tcp", Port = CorefileServer.DnsPort, Protocol = "TCP" },
                ],
            },
        }, options);
        var config = new ConfigMap(Scope, "config", new ConfigMapArgs
        {
            Metadata = new ObjectMeta { Name = Name, Namespace = Namespace },
            Data = new Dictionary<string, Expr<string>>(StringComparer.Ordinal) { ["Corefile"] = Corefile.ToText() },
        }, options);
        DaemonSet = new DaemonSet(Scope, "daemon-set", new DaemonSetArgs
        {
            Metadata = new ObjectMeta { Name = Name, Namespace = Namespace, Labels = labels },
            Spec = new DaemonSetSpec
            {
                Selector = new LabelSelector { MatchLabels = labels },
                UpdateStrategy = new DaemonSetUpdateStrategy { RollingUpdate = new RollingUpdateDaemonSet { MaxUnavailable = "10%" } },
                Template = new PodTemplateSpec { Metadata = new ObjectMeta { Labels = labels }, Spec = Pod(args, account, config) },
            },
        }, (options ?? new ResourceOptions()) with { DependsOn = [.. options?.DependsOn ?? [], UpstreamService, config] });
    }

    /// <summary>The Corefile node-cache starts from.</summary>
    public Corefile Corefile { get; }

    public Service UpstreamService { get; }

    public DaemonSet DaemonSet { get; }

    private static PodSpec Pod(NodeLocalDnsArgs args, ServiceAccount account, ConfigMap config) => new()
    {
        PriorityClassName = PriorityClass,
        ServiceAccountName = account.ObjectName,
        HostNetwork = true,

        // Its own upstream is the node's resolver, never the cluster DNS it serves.
        DnsPolicy = "Default",
        Tolerations = Tolerations,
        Containers =
        [
            new Container
            {
                Name = "node-cache",
                Image = $"{ImageRepository}:{args.ImageTag}",
                Args =
                [
                    "-localip", ClusterDns.NodeLocalAddress.ToString(),
                    "-conf", "/etc/Corefile",
                    "-upstreamsvc", UpstreamServiceName,
                ],
                Resources = new ResourceRequirements
                {
                    Requests = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { ["cpu"] = CpuRequest, ["memory"] = MemoryRequest },
                },

                // It adds the link-local address to a dummy interface of the node.
                SecurityContext = new SecurityContext { Capabilities = new Capabilities { Add = ["NET_ADMIN"] } },
                Ports =
                [
                    new ContainerPort { Name = "dns", Number = CorefileServer.DnsPort, Protocol = "UDP" },
                    new ContainerPort { Name = "dns-tcp", Number = CorefileServer.DnsPort, Protocol = "TCP" },
                    new ContainerPort { Name = "metrics", Number = NodeLocalDnsCorefile.MetricsPort, Protocol = "TCP" },
                ],
                LivenessProbe = new Probe
                {
                    HttpGet = new HttpGetAction { Host = ClusterDns.NodeLocalAddress.ToString(), Path = "/health", Port = NodeLocalDnsCorefile.HealthPort },
                    InitialDelaySeconds = 60,
                    TimeoutSeconds = 5,
                },
                VolumeMounts =
                [
                    new VolumeMount { Name = "xtables-lock", MountPath = "/run/xtables.lock" },
                    new VolumeMount { Name = "config-volume", MountPath = ConfigDirectory },
                ],
            },
        ],
        Volumes =
        [
            // node-cache still writes its rules for the link-local address; the lock keeps it from racing other writers.
            new Volume { Name = "xtables-lock", HostPath = new HostPathVolumeSource { Path = "/run/xtables.lock", Type = "FileOrCreate" } },
            new Volume
            {
                Name = "config-volume",
                ConfigMap = new ConfigMapVolumeSource { Name = Name, Items = [new KeyToPath { Key = "Corefile", Path = BaseCorefile }] },
            },
        ],
    };
}
