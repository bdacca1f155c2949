using Infra.Calico;
using Infra.CloudProvider;
using Infra.Dns;
using Infra.Kubernetes.Core;
using Infra.Kubelet;
using Infra.Kubernetes;
using Infra.ControlPlane.Protection;
using Infra.Model;
using Infra.NodePools;
using Infra.NodeAutoscaling;
using Infra.Platform;
using Infra.Pulumi;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The <c>&lt;env&gt;-platform</c> stack: everything inside Kubernetes. Its provider's kubeconfig is
/// the cluster stack's secret output read through a stack reference (known at preview time, unlike an
/// output of a cluster created in the same program), or the stack's own secret <c>infra:kubeconfig</c>.
/// </summary>
public static class PlatformLayer
{
    /// <param name="config">The platform stack's config, with its cluster stack's (<see cref="StackConfig.Cluster"/>) attached.</param>
    public static InfraProgram Build(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(config.Cluster, $"{nameof(config)}.{nameof(config.Cluster)}");
        var program = new InfraProgram(StackNames.Project, $"{config.StackName}: the Kubernetes platform of cluster {config.ClusterName}");
        var provider = new KubernetesProvider(program.Root, "kubernetes", new KubernetesProviderArgs
        {
            Kubeconfig = Kubeconfig(program, config),
            EnableServerSideApply = true,
        });
        var scope = provider.ScopeFor(program.Root);

        // The pod network, as the cluster stack planned it: until calico-node runs on them, nodes are NotReady and no
        // Service routes (no kube-proxy).
        var calico = new CalicoCni(scope, "calico", new CalicoCniArgs
        {
            ClusterName = config.ClusterName,
            PodCidr = config.Cluster.PodCidr.ToString(),
            ExpectedNodes = config.Cluster.ExpectedNodes,
            LargestMaxPods = PoolPodDensity.LargestMaxPods(config.Cluster.NodePools, config.Cluster.ExpectedNodes),
            NodeKernels =
            [
                .. config.Cluster.Images.OrderBy(image => image.Key, StringComparer.Ordinal)
                    .Select(image => KeyValuePair.Create($"etcd members and control-plane nodes ({image.Key}: {image.Value.Name})", image.Value.KernelVersion)),
                KeyValuePair.Create("workers (Canonical's Ubuntu 24.04 image)", NodeImage.Ubuntu2404Kernel),
            ],
        });

        // The cloud provider, in parallel with the CNI (it needs nothing Calico provides): until its controller manager
        // initializes them, nodes keep the uninitialized taint and nothing else schedules (the CSI controller included).
        var cloudController = new AwsCloudControllerManager(scope, "cloud-controller-manager", new AwsCloudControllerManagerArgs
        {
            ClusterName = config.ClusterName,
        });
        _ = new EbsCsiDriver(scope, "ebs-csi-driver", new EbsCsiDriverArgs { ClusterName = config.ClusterName }, new ResourceOptions
        {
            DependsOn = [cloudController.Release, calico.Operator.Release],
        });

        // Kubelet serving certificates, approved only for the requesting node's own name and VPC addresses; like
        // the CSI driver it schedules once the cloud controller manager has initialized the control-plane nodes and Calico runs.
        _ = new KubeletCsrApprover(scope, "kubelet-csr-approver", new KubeletCsrApproverArgs
        {
            Region = config.Region,
            VpcCidr = config.VpcCidr.ToString(),
        }, new ResourceOptions { DependsOn = [cloudController.Release, calico.Operator.Release] });

        // Node autoscaling, on the control-plane nodes with their role, sized by infra:expectedNodes, over the cluster
        // stack's pools and its control plane (one node per zone).
        _ = new ClusterAutoscaler(scope, "cluster-autoscaler", new ClusterAutoscalerArgs
        {
            ClusterName = config.ClusterName,
            Region = config.Region,
            ExpectedNodes = config.ExpectedNodes,
            ControlPlaneNodes = config.Cluster.AvailabilityZones.Count,
            Pools = AutoscaledPools.Of(config.Cluster),
        }, new ResourceOptions { DependsOn = [cloudController.Release, calico.Operator.Release] });

        // The node agents of the cluster stack's pools' hardware (GPU, local SSD), once nodes are initialized.
        HardwareAddOns.Compose(scope, config.Cluster.NodePools, new ResourceOptions { DependsOn = [cloudController.Release] });

        // Cluster DNS: CoreDNS from its chart (kubeadm's add-on is disabled), NodeLocal DNSCache in front when the plan says.
        ClusterDnsFor(scope, config, [cloudController.Release, calico.Operator.Release]);

        // API Priority and Fairness: system traffic keeps its share however hard tenants push (seed 004). Only the
        // platform-kind namespaces hold controllers; apps is an application namespace, served at the tenants' level.
        var namespaces = Namespaces(config);
        _ = new ApiPriorityAndFairness(scope, new ApiPriorityAndFairnessArgs
        {
            PlatformNamespaces = [.. namespaces.Where(ns => ns.Kind == NamespaceKind.Platform).Select(ns => ns.Name!)],
        });
        _ = new PriorityClasses(scope);

        // The platform's namespaces, then the tenants the stack declares, each with its quota, in name order.
        foreach (var ns in namespaces.Concat(TenantNamespaces(config)))
        {
            _ = new PlatformNamespace(scope, $"namespace-{ns.Name}", ns);
        }

        // No application pod reaches the instance metadata service: a Calico policy, so once Calico's API server is Ready.
        _ = new InstanceMetadataDeny(scope, "instance-metadata-deny", new ResourceOptions { DependsOn = [calico.ApiServer.Objects] });

        return program;
    }

    /// <summary>
    /// CoreDNS, and NodeLocal DNSCache when the DNS plan has it: the plan is the cluster stack's (its kubelets point at
    /// the address and its size decides), read from <see cref="StackConfig.Cluster"/>. CoreDNS's pods need initialized
    /// nodes and the pod network, so they follow <paramref name="prerequisites"/>: the cloud controller manager and Calico.
    /// </summary>
    private static void ClusterDnsFor(Scope scope, StackConfig config, IReadOnlyList<Resource> prerequisites)
    {
        var cluster = config.Cluster!;
        var plan = cluster.Dns;
        var after = new ResourceOptions { DependsOn = prerequisites };
        var coreDns = new CoreDns(scope, "coredns", new CoreDnsArgs
        {
            Plan = plan,
            Upstreams = cluster.DnsUpstreams,
            ExpectedNodes = cluster.ExpectedNodes,
            ZoneSpread = config.Environment == EnvironmentName.Prod ? UnsatisfiableConstraintAction.DoNotSchedule : UnsatisfiableConstraintAction.ScheduleAnyway,
        }, after);
        if (plan.NodeLocalDns)
        {
            _ = new NodeLocalDns(scope, "node-local-dns", new NodeLocalDnsArgs { Plan = plan, Upstreams = cluster.DnsUpstreams }, new ResourceOptions { DependsOn = [coreDns.Release] });
        }
    }

    /// <summary>
    /// The platform's namespaces, all at restricted Pod Security until a later component states why it needs less, all
    /// denying traffic by default: apps (workloads built with <see cref="Workload"/>), logging (Fluent Bit), monitoring
    /// (Prometheus, Thanos, Alertmanager; it scrapes every workload, so it is one of the workloads' clients).
    /// </summary>
    private static IReadOnlyList<PlatformNamespaceArgs> Namespaces(StackConfig config)
    {
        var vpc = config.VpcCidr.ToString();
        var nodeLocalDns = NodeLocalDnsAddress(config);
        return
        [
            new PlatformNamespaceArgs { Name = NamespaceNames.Apps, NodeLocalDnsAddress = nodeLocalDns },
            new PlatformNamespaceArgs { Name = NamespaceNames.Logging, Kind = NamespaceKind.Platform, Allows = PlatformNetworkAllows.Logging(vpc), NodeLocalDnsAddress = nodeLocalDns },
            new PlatformNamespaceArgs
            {
                Name = NamespaceNames.Monitoring,
                Kind = NamespaceKind.Platform,
                Allows = PlatformNetworkAllows.Monitoring(vpc),
                Labels = new Dictionary<string, Expr<string>>(StringComparer.Ordinal) { [PlatformNetworkAllows.WorkloadClientsLabel] = "true" },
                NodeLocalDnsAddress = nodeLocalDns,
            },
        ];
    }

    /// <summary>
    /// The stack's tenants (<c>infra:tenants</c>), by name: application namespaces, so besides their budget (quota, and a
    /// limit range for services) they deny traffic by default, allow DNS and their own pods, and never reach the instance
    /// metadata (<see cref="InstanceMetadataDeny"/>). Not platform namespaces for API Priority and Fairness: their
    /// service accounts are tenants' and share the tenants' level.
    /// </summary>
    private static IEnumerable<PlatformNamespaceArgs> TenantNamespaces(StackConfig config) =>
        config.Tenants.Select(tenant => new PlatformNamespaceArgs
        {
            Name = tenant.Key,
            Kind = NamespaceKind.Application,
            Tenant = tenant.Value,
            NodeLocalDnsAddress = NodeLocalDnsAddress(config),
        });

    /// <summary>Pods' DNS goes to the node cache when the cluster runs it: each namespace's DNS allow names its address.</summary>
    private static string? NodeLocalDnsAddress(StackConfig config) =>
        config.Cluster!.Dns.NodeLocalDns ? ClusterDns.NodeLocalAddress.ToString() : null;

    private static Expr<string> Kubeconfig(InfraProgram program, StackConfig config)
    {
        if (config.UsesOwnKubeconfig)
        {
            return program.DeclareConfig(ConfigSchema.Kubeconfig.Name, "string", secret: true).Read<string>();
        }

        var environment = config.Environment.ToString().ToLowerInvariant();
        var cluster = new StackReference(program.Root, "cluster-stack", new StackReferenceArgs
        {
            Name = config.ClusterStack ?? Fn.Interpolate($"{PulumiBuiltin.Organization}/{StackNames.Project}/{environment}"),
        });
        return cluster.OutputNamed(StackNames.KubeconfigOutput);
    }
}
