using Infra.ControlPlane.Endpoint;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.Network;
using Infra.Platform;

namespace Infra.Calico;

/// <summary>
/// Calico, the pod network: the CRDs, then the tigera-operator chart with the <see cref="Installation"/> (eBPF dataplane,
/// one VXLAN pool over the pod network) and the <see cref="FelixConfiguration"/> as its values. Installed by the platform
/// stack, first: nodes stay NotReady until calico-node runs on them. Everything Calico starts before it can serve
/// Services reaches the API by the cluster's internal name (<see cref="TigeraOperatorValues.KubernetesServiceEndpoint"/>),
/// and the operator, calico-node and Typha tolerate every taint, so they start on NotReady, uninitialized, control-plane
/// nodes alike. Typha's replicas are the operator's own (3 at 100 nodes, 7 at 1,000, 27 at 5,000: one per 200 nodes plus
/// one spare, at least 3); nothing here writes them.
/// </summary>
public sealed class CalicoCni : Component
{
    public CalicoCni(Scope parent, string id, CalicoCniArgs args, ResourceOptions? options = null)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        Namespace = new PlatformNamespace(Scope, "namespace", new PlatformNamespaceArgs
        {
            Name = CalicoRelease.Namespace,
            Level = PodSecurityLevel.Privileged,
            Reason = "the tigera-operator runs on the host network (it installs the CNI, so no pod network exists yet) and mounts /var/lib/calico",
        }, options);
        Crds = new CalicoCrds(Scope, "crds", new ResourceOptions { DependsOn = [Namespace.Namespace] });
        Operator = new TigeraOperator(Scope, "operator", ValuesFor(args), new ResourceOptions { DependsOn = [Crds.Release] });
        Operator.Release.Annotate(new EbpfDataplaneAnnotation(args.NodeKernels));
        ApiServer = new CalicoApiServer(Scope, "api-server", new ResourceOptions { DependsOn = [Operator.Release] });
    }

    public PlatformNamespace Namespace { get; }

    public CalicoCrds Crds { get; }

    public TigeraOperator Operator { get; }

    /// <summary>Calico's API server: what writes <c>projectcalico.org/v3</c> objects depends on its <see cref="CalicoApiServer.Objects"/>.</summary>
    public CalicoApiServer ApiServer { get; }

    /// <summary>Every NoSchedule and NoExecute taint: the chart's default for the operator, and the operator's for calico-node and Typha.</summary>
    public static IReadOnlyList<Toleration> EveryTaint { get; } =
    [
        new() { Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute },
        new() { Operator = TolerationOperator.Exists, Effect = TaintEffect.NoSchedule },
    ];

    private static TigeraOperatorValues ValuesFor(CalicoCniArgs args)
    {
        if (!Ipv4Cidr.TryParse(args.PodCidr, out var podCidr, out var problem))
        {
            throw new ArgumentException($"Calico: pod network '{args.PodCidr}' {problem}: give the stack's infra:podCidr, e.g. '100.64.0.0/10'", nameof(args));
        }

        return new TigeraOperatorValues
        {
            Installation = new Installation
            {
                Cni = new CniSpec(),
                CalicoNetwork = new CalicoNetworkSpec
                {
                    IpPools = [new IpPoolSpec { Cidr = podCidr.ToString(), BlockSize = PodAddressBlock.PrefixFor(args.LargestMaxPods) }],
                },
            },
            DefaultFelixConfiguration = new ChartFelixConfiguration(FelixConfiguration.For(args.ExpectedNodes, args.LargestMaxPods)),
            KubernetesServiceEndpoint = new KubernetesServiceEndpoint
            {
                Host = ClusterDomain.ApiHost(args.ClusterName),
                Port = ClusterPorts.ApiServer.From.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Tolerations = EveryTaint,
        };
    }
}
