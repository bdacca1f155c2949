using Infra.Calico;
using Infra.Dns;
using Infra.Kubernetes.Apps;
using Infra.NodeAutoscaling;
using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

/// <summary>
/// The documented sequence on a fresh cluster: <c>pulumi up</c> of <c>prod</c> leaves nodes joined NotReady (no CNI),
/// uninitialized (no cloud controller manager yet) and, for control-plane nodes, tainted control-plane; no kube-proxy runs,
/// so the <c>kubernetes</c> Service routes only once calico-node's eBPF dataplane does. <c>pulumi up</c> of <c>prod-platform</c>
/// then installs the components below. The walk starts whatever can start, applies what it changes (calico-node makes
/// nodes Ready and Services route; the cloud controller manager lifts the uninitialized taint) and repeats: every
/// component must start. Each row is read from the prod platform program's values (or, for pods the operator renders,
/// from tigera/operator v1.42.3's rendering, cited).
/// </summary>
public class BootstrapWalkTests
{
    private const string ControlPlaneTaint = ControlPlanePlacement.RoleKey;
    private const string Uninitialized = ControlPlanePlacement.UninitializedTaintKey;
    private const string NotReady = ControlPlanePlacement.NotReadyTaintKey;
    private const string CalicoNode = "calico-node";
    private const string CloudControllerManager = "cloud-controller-manager";

    private static readonly Lazy<InfraProgram> Prod = new(() =>
        StackPipeline.FromStackFile(RepositoryRoot.Path, "prod-platform", new FixedTime(PolicyFixture.Today)).Program);

    /// <summary>How a component's pods reach the API: the cluster's internal name, or the <c>kubernetes</c> Service (needs Calico).</summary>
    private enum ApiReach
    {
        InternalName,
        KubernetesService,
    }

    /// <param name="Component">The pods' name.</param>
    /// <param name="Release">The Helm release that installs them (for Calico's pods, the operator's).</param>
    /// <param name="ControlPlaneOnly">Their node selector picks control-plane nodes.</param>
    /// <param name="Tolerations">Their NoSchedule tolerations.</param>
    /// <param name="HostNetwork">On the host network, they need no pod network.</param>
    /// <param name="Api">How they reach the API.</param>
    /// <param name="After">A component that must run first (the operator creates Calico's pods).</param>
    private sealed record Row(string Component, Resource Release, bool ControlPlaneOnly, IReadOnlyList<Toleration> Tolerations, bool HostNetwork, ApiReach Api, string? After = null);

    private static IReadOnlyList<Row> Rows(InfraProgram program)
    {
        var calico = program.ResourcesOf<HelmRelease<TigeraOperatorValues>>().Single();
        var ccm = program.ResourcesOf<HelmRelease<AwsCloudControllerManagerValues>>().Single();
        var csi = program.ResourcesOf<HelmRelease<EbsCsiDriverValues>>().Single();
        var approver = program.ResourcesOf<HelmRelease<KubeletCsrApproverValues>>().Single();
        var autoscaler = program.ResourcesOf<HelmRelease<ClusterAutoscalerValues>>().Single();
        var coreDns = program.ResourcesOf<HelmRelease<CoreDnsValues>>().Single();
        var nodeLocalDns = program.ResourcesOf<DaemonSet>().Single(daemonSet => daemonSet.Args.Spec.Template.Spec?.HostNetwork == true);
        var operatorValues = calico.Args.Values!;
        var calicoApi = string.IsNullOrEmpty(operatorValues.KubernetesServiceEndpoint.Host) ? ApiReach.KubernetesService : ApiReach.InternalName;
        IReadOnlyList<Toleration> criticalAddonsAndControlPlane =
        [
            new() { Key = "CriticalAddonsOnly", Operator = TolerationOperator.Exists },
            ControlPlanePlacement.ControlPlaneTaint,
        ];
        return
        [
            // The chart's Deployment is hostNetwork: true (templates/tigera-operator/02-tigera-operator.yaml); envFrom the endpoint ConfigMap.
            new("tigera-operator", calico, false, operatorValues.Tolerations, true, calicoApi),

            // pkg/render/node.go: TolerateAll, HostNetwork true, the endpoint ConfigMap's variables.
            new(CalicoNode, calico, false, CalicoCni.EveryTaint, true, calicoApi, After: "tigera-operator"),

            // pkg/render/typha.go: TolerateAll unless Installation.controlPlaneTolerations replaces it; HostNetwork true.
            new("calico-typha", calico, false, CalicoCni.EveryTaint, true, calicoApi, After: "tigera-operator"),

            // pkg/render/kubecontrollers: TolerateCriticalAddonsAndControlPlane, pod network, in-cluster client.
            new("calico-kube-controllers", calico, false, criticalAddonsAndControlPlane, false, ApiReach.KubernetesService, After: "tigera-operator"),

            new(CloudControllerManager, ccm, IsControlPlaneOnly(ccm.Args.Values!.NodeSelector), ccm.Args.Values.Tolerations, ccm.Args.Values.HostNetworking == true,
                ccm.Args.Values.Env.Any(e => e.Name == "KUBERNETES_SERVICE_HOST") ? ApiReach.InternalName : ApiReach.KubernetesService),

            new("ebs-csi-controller", csi, IsControlPlaneOnly(csi.Args.Values!.Controller.NodeSelector), csi.Args.Values.Controller.Tolerations, false, ApiReach.KubernetesService),

            new("kubelet-csr-approver", approver, IsControlPlaneOnly(approver.Args.Values!.NodeSelector), approver.Args.Values.Tolerations, false, ApiReach.KubernetesService),

            new("cluster-autoscaler", autoscaler, IsControlPlaneOnly(autoscaler.Args.Values!.NodeSelector), autoscaler.Args.Values.Tolerations, false, ApiReach.KubernetesService),

            new("coredns", coreDns, false, coreDns.Args.Values!.Tolerations, false, ApiReach.KubernetesService),

            // Its cache forwards to CoreDNS through the kube-dns-upstream Service, which routes once calico-node runs.
            new("node-local-dns", nodeLocalDns, false, nodeLocalDns.Args.Spec.Template.Spec!.Tolerations ?? [], true, ApiReach.KubernetesService, After: "coredns"),
        ];
    }

    private static bool IsControlPlaneOnly(IReadOnlyDictionary<string, string> nodeSelector) => nodeSelector.ContainsKey(ControlPlanePlacement.RoleKey);

    /// <summary>Walks the sequence; returns each component that never starts, with what stopped it.</summary>
    private static IReadOnlyList<string> Walk(IReadOnlyList<Row> rows)
    {
        var controlPlane = new HashSet<string>(StringComparer.Ordinal) { ControlPlaneTaint, Uninitialized, NotReady };
        var workers = new HashSet<string>(StringComparer.Ordinal) { Uninitialized, NotReady };
        var started = new HashSet<string>(StringComparer.Ordinal);
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var row in rows.Where(row => !started.Contains(row.Component) && Blocker(row, started, controlPlane, workers) is null))
            {
                started.Add(row.Component);
                progress = true;
                if (row.Component == CalicoNode)
                {
                    controlPlane.Remove(NotReady);
                    workers.Remove(NotReady);
                }
                else if (row.Component == CloudControllerManager)
                {
                    controlPlane.Remove(Uninitialized);
                    workers.Remove(Uninitialized);
                }
            }
        }

        return [.. rows.Where(row => !started.Contains(row.Component)).Select(row => $"{row.Component}: {Blocker(row, started, controlPlane, workers)}")];
    }

    private static string? Blocker(Row row, HashSet<string> started, HashSet<string> controlPlane, HashSet<string> workers)
    {
        if (row.After is { } after && !started.Contains(after))
        {
            return $"waits for {after}";
        }

        if (!row.HostNetwork && !started.Contains(CalicoNode))
        {
            return "needs the pod network";
        }

        if (row.Api == ApiReach.KubernetesService && !started.Contains(CalicoNode))
        {
            return "reaches the API through the kubernetes Service, which routes only once calico-node runs";
        }

        var nodes = row.ControlPlaneOnly ? [controlPlane] : new[] { controlPlane, workers };
        var untolerated = nodes.Select(taints => taints.Where(taint => !Tolerates(row.Tolerations, taint)).ToList()).MinBy(list => list.Count)!;
        return untolerated.Count == 0 ? null : $"tolerates no node: taints {string.Join(", ", untolerated)} remain";
    }

    private static bool Tolerates(IReadOnlyList<Toleration> tolerations, string taint) =>
        tolerations.Any(t => (t.Key is null || t.Key == taint) && t.Operator == TolerationOperator.Exists && t.Effect is null or TaintEffect.NoSchedule);

    [Fact]
    public void Every_component_of_the_platform_starts_on_a_fresh_cluster()
    {
        Assert.Empty(Walk(Rows(Prod.Value)));
    }

    [Fact]
    public void The_cni_and_the_cloud_controller_manager_reach_the_api_without_the_kubernetes_service()
    {
        var rows = Rows(Prod.Value);

        Assert.All(rows.Where(row => row.Component is "tigera-operator" or CalicoNode or "calico-typha" or CloudControllerManager),
            row => Assert.Equal((row.Component, ApiReach.InternalName), (row.Component, row.Api)));
    }

    [Fact]
    public void Releases_whose_pods_need_calico_are_installed_after_its_operator()
    {
        var rows = Rows(Prod.Value);
        var calico = rows.Single(row => row.Component == CalicoNode).Release;

        Assert.All(rows.Where(row => row.Release != calico && (!row.HostNetwork || row.Api == ApiReach.KubernetesService)),
            row => Assert.True(ComesAfter(row.Release, calico), $"{row.Component} does not wait for {calico.Name}"));
    }

    /// <summary>Whether <paramref name="resource"/> depends on <paramref name="prerequisite"/>, directly or through its own dependencies.</summary>
    private static bool ComesAfter(Resource resource, Resource prerequisite) =>
        resource.Options.DependsOn.Any(dependency => dependency == prerequisite || ComesAfter(dependency, prerequisite));

    [Fact]
    public void The_walk_fails_a_cni_that_waits_for_the_cloud_controller_manager_while_the_manager_waits_for_the_cni()
    {
        var rows = Rows(Prod.Value).Select(row => row.Component switch
        {
            CalicoNode => row with { Tolerations = [ControlPlanePlacement.ControlPlaneTaint, ControlPlanePlacement.NotReadyTaint] },
            CloudControllerManager => row with { Api = ApiReach.KubernetesService },
            _ => row,
        }).ToList();

        var blocked = Walk(rows);

        Assert.Contains("calico-node: tolerates no node: taints node.cloudprovider.kubernetes.io/uninitialized remain", blocked);
        Assert.Contains(blocked, line => line.StartsWith("cloud-controller-manager: reaches the API through the kubernetes Service", StringComparison.Ordinal));
    }
}
