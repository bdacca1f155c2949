using Infra.Calico;
using Infra.Kubelet;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Network;
using Infra.Platform;

namespace Infra.Tests.Calico;

public class CalicoCniTests
{
    private static CalicoCni Build(int nodes = 1_000, int maxPods = 250, string podCidr = "100.64.0.0/10") =>
        new(new InfraProgram("test", "test").Root, "calico", new CalicoCniArgs { ClusterName = "prod", PodCidr = podCidr, ExpectedNodes = nodes, LargestMaxPods = maxPods });

    private static IpPoolSpec Pool(CalicoCni calico) => Assert.Single(calico.Operator.Values.Installation.CalicoNetwork.IpPools);

    [Fact]
    public void The_installation_runs_the_ebpf_dataplane_without_bgp_and_calico_as_cni_and_ipam()
    {
        var installation = Build().Operator.Values.Installation;

        Assert.Equal(("BPF", "Disabled"), (installation.CalicoNetwork.LinuxDataplane, installation.CalicoNetwork.Bgp));
        Assert.Equal(("Calico", "Calico"), (installation.Cni.Type, installation.Cni.Ipam.Type));
    }

    [Fact]
    public void One_vxlan_pool_covers_the_pod_network_with_outgoing_nat_on_every_node()
    {
        var pool = Pool(Build(podCidr: "100.80.0.0/12"));

        Assert.Equal(("100.80.0.0/12", "VXLAN", "Enabled", "all()"), (pool.Cidr, pool.Encapsulation, pool.NatOutgoing, pool.NodeSelector));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void The_pools_block_size_is_the_one_the_address_plan_counts(int nodes)
    {
        var maxPods = KubeletSettings.MaxPodsFor(nodes);
        var plan = new AddressPlan
        {
            Zones = ["a"], PrivateSubnets = [Ipv4Cidr.Parse("10.0.0.0/16")], MaxWorkerNodes = nodes, EtcdClusterSizes = [5],
            PodNetwork = Ipv4Cidr.Parse("100.64.0.0/10"), LargestMaxPods = maxPods,
        };

        Assert.Equal(plan.PodBlockPrefix, Pool(Build(nodes, maxPods)).BlockSize);
    }

    [Fact]
    public void The_installation_and_its_pool_use_only_fields_of_the_pinned_crds()
    {
        var installation = Build().Operator.Values.Installation;

        Assert.Empty(Names(installation).Except(CalicoCrdFields.Installation));
        Assert.Empty(Names(installation.CalicoNetwork).Except(CalicoCrdFields.CalicoNetwork));
        Assert.Empty(Names(Pool(Build())).Except(CalicoCrdFields.IpPool));
    }

    [Fact]
    public void Calico_reaches_the_api_by_the_clusters_internal_name_not_the_kubernetes_service()
    {
        var endpoint = Build().Operator.Values.KubernetesServiceEndpoint;

        Assert.Equal(("api.prod.k8s.internal", "6443"), (endpoint.Host, endpoint.Port));
    }

    [Fact]
    public void The_operator_tolerates_every_taint_so_it_starts_on_not_ready_uninitialized_control_plane_nodes()
    {
        var tolerations = Build().Operator.Values.Tolerations;

        Assert.All([TaintEffect.NoSchedule, TaintEffect.NoExecute], effect =>
            Assert.Contains(tolerations, t => t.Key is null && t.Operator == TolerationOperator.Exists && t.Effect == effect));
    }

    [Fact]
    public void The_crds_are_installed_before_the_operator_chart_that_creates_their_objects()
    {
        var calico = Build();

        Assert.Contains(calico.Crds.Release, calico.Operator.Release.Options.DependsOn);
        Assert.Equal((CalicoRelease.Version, CalicoRelease.Version), (calico.Crds.Chart.Version, calico.Operator.Chart.Version));
    }

    [Fact]
    public void The_operators_namespace_is_privileged_and_says_why()
    {
        var calico = Build();

        Assert.Equal((CalicoRelease.Namespace, PodSecurityLevel.Privileged), (calico.Namespace.Name, calico.Namespace.Level));
        Assert.Contains(calico.Namespace.Namespace, calico.Crds.Release.Options.DependsOn);
    }

    [Fact]
    public void Goldmane_and_whisker_are_off()
    {
        var values = Build().Operator.Values;

        Assert.Equal((false, false), (values.Goldmane.Enabled, values.Whisker.Enabled));
    }

    [Fact]
    public void The_api_server_is_declared_once_by_us_not_by_the_chart_after_the_operator()
    {
        var calico = Build();

        Assert.False(calico.Operator.Values.ApiServer.Enabled);
        Assert.Equal([CalicoApiServer.Manifest], calico.ApiServer.Objects.Args.Objs);
        Assert.Equal([calico.Operator.Release], calico.ApiServer.Objects.Options.DependsOn);
    }

    [Fact]
    public void Pulumi_holds_the_update_until_the_operator_reports_the_api_server_ready()
    {
        var manifest = CalicoApiServer.Manifest;

        Assert.Equal(("operator.tigera.io/v1", "APIServer", "default"), (manifest.ApiVersion, manifest.Kind, manifest.Metadata.Name!.Value.KnownValue));
        Assert.Equal("condition=Ready", manifest.Metadata.Annotations![CalicoApiServer.WaitForAnnotation].KnownValue);
        Assert.Equal("1800", manifest.Metadata.Annotations[CalicoApiServer.TimeoutAnnotation].KnownValue);
    }

    [Fact]
    public void A_pod_network_that_is_not_a_cidr_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(podCidr: "100.64.0.0"));

        Assert.Contains("'100.64.0.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("infra:podCidr", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(object record) => PropertyReader.Read(record).Select(property => property.Key);
}
