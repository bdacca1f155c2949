using System.Text.RegularExpressions;
using Infra.CloudProvider;
using Infra.Kubernetes.Helm;
using Infra.Model;

namespace Infra.Kubelet;

/// <summary>
/// Approves the kubelets' serving-certificate requests (<see cref="KubeletConfiguration.ServerTlsBootstrap"/>, signer
/// kubernetes.io/kubelet-serving) after checking the requesting node's identity, never blanket: the requester is
/// <c>system:node:&lt;name&gt;</c>, the DNS name is that node name and an EC2 private DNS name of the cluster's region
/// (the host name cloud-init gives every node, <see cref="NodePools.NodeBase.NewDocument"/>), it resolves to the
/// requested addresses, and every address lies in the VPC. Runs on control-plane nodes, two replicas with leader
/// election (the chart's defaults). It needs the pod network and cluster DNS (its pods are not on the host network),
/// so its pods start once the CNI runs, a later part of the platform; until then kubelets keep serving with no
/// certificate the API server accepts, and <c>kubectl logs/exec</c> fail while the API server's own calls work.
/// </summary>
public sealed partial class KubeletCsrApprover : ChartAddOn<KubeletCsrApproverValues>
{
    /// <summary>The chart repository of postfinance/kubelet-csr-approver (its README's <c>helm repo add</c>).</summary>
    public const string ChartRepository = "https://postfinance.github.io/kubelet-csr-approver";

    public const string ChartName = "kubelet-csr-approver";

    public const string Namespace = "kube-system";

    /// <summary>The priority class of cluster-critical add-ons, built into Kubernetes.</summary>
    public const string PriorityClass = "system-cluster-critical";

    public KubeletCsrApprover(Scope parent, string id, KubeletCsrApproverArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, ValuesFor(args), options)
    {
    }

    /// <summary>
    /// The domain of the region's EC2 private DNS names: <c>ec2.internal</c> in us-east-1, <c>&lt;region&gt;.compute.internal</c>
    /// everywhere else (IP-based names, <c>ip-10-0-1-2.eu-west-1.compute.internal</c>).
    /// </summary>
    public static string PrivateDnsDomain(string region) => region == "us-east-1" ? "ec2.internal" : $"{region}.compute.internal";

    /// <summary>An IP-based EC2 private DNS name of <paramref name="region"/>, and nothing else (Go RE2 syntax, anchored).</summary>
    public static string NodeNamePattern(string region) => $@"^ip-(\d{{1,3}}-){{3}}\d{{1,3}}\.{Regex.Escape(PrivateDnsDomain(region))}$";

    private static KubeletCsrApproverValues ValuesFor(KubeletCsrApproverArgs args)
    {
        if (!RegionPattern().IsMatch(args.Region ?? ""))
        {
            throw new ArgumentException($"kubelet CSR approver: region '{args.Region}' is not an AWS region name: write it as AWS does, e.g. 'eu-west-1'", nameof(args));
        }

        if (!CidrPattern().IsMatch(args.VpcCidr ?? ""))
        {
            throw new ArgumentException($"kubelet CSR approver: VPC range '{args.VpcCidr}' is not an IPv4 CIDR: give the VPC's range, e.g. '10.30.0.0/16'", nameof(args));
        }

        return new KubeletCsrApproverValues
        {
            ProviderRegex = NodeNamePattern(args.Region!),
            ProviderIpPrefixes = [args.VpcCidr!],
            BypassDnsResolution = false,
            PriorityClassName = PriorityClass,
            NodeSelector = ControlPlanePlacement.NodeSelector,
            Tolerations = [ControlPlanePlacement.ControlPlaneTaint],
        };
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}$")]
    private static partial Regex CidrPattern();
}
