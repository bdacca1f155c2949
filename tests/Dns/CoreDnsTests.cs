using Infra.Dns;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Network;

namespace Infra.Tests.Dns;

public class CoreDnsTests
{
    private static readonly ClusterDns Plan = ClusterDns.For(Ipv4Cidr.Parse("10.96.0.0/12"), 1_000);

    private static CoreDns Build(UnsatisfiableConstraintAction zoneSpread = UnsatisfiableConstraintAction.DoNotSchedule) =>
        new(new InfraProgram("test", "test").Root, "coredns", new CoreDnsArgs { Plan = Plan, ExpectedNodes = 1_000, ZoneSpread = zoneSpread });

    [Fact]
    public void The_service_keeps_kubeadms_name_label_and_the_address_the_kubelets_were_given()
    {
        var values = Build().Values;

        Assert.Equal(("kube-dns", "kube-dns", Plan.ServiceIp.ToString()), (values.Service.Name, values.K8sAppLabelOverride, values.Service.ClusterIp));
    }

    [Fact]
    public void The_image_is_the_coredns_kubeadm_136_pins_from_the_kubernetes_registry()
    {
        Assert.Equal(("registry.k8s.io/coredns/coredns", "v1.14.2"), (Build().Values.Image.Repository, Build().Values.Image.Tag));
    }

    [Fact]
    public void Replicas_spread_over_zones_as_the_environment_says_and_over_hosts_when_they_can()
    {
        var spread = Build(UnsatisfiableConstraintAction.ScheduleAnyway).Values.TopologySpreadConstraints;

        Assert.Equal(
            [(CoreDns.ZoneKey, UnsatisfiableConstraintAction.ScheduleAnyway), (CoreDns.HostKey, UnsatisfiableConstraintAction.ScheduleAnyway)],
            spread.Select(c => (c.TopologyKey, c.WhenUnsatisfiable)));
    }

    [Fact]
    public void At_most_one_replica_is_evicted_at_a_time_and_they_run_at_cluster_critical_priority()
    {
        var values = Build().Values;

        Assert.Equal((1, "system-cluster-critical"), ((int)values.PodDisruptionBudget.MaxUnavailable!.Value.Node, values.PriorityClassName));
    }

    [Fact]
    public void Memory_is_requested_and_limited_alike_from_the_derived_size()
    {
        var coreDns = Build();
        var memory = $"{coreDns.Settings.MemoryMebibytes}Mi";

        Assert.Equal((memory, memory), (coreDns.Values.Resources.Requests!["memory"].KnownValue, coreDns.Values.Resources.Limits!["memory"].KnownValue));
    }

    [Fact]
    public void The_pods_tolerate_no_not_ready_uninitialized_or_control_plane_taint()
    {
        Assert.Equal(["CriticalAddonsOnly"], Build().Values.Tolerations.Select(t => t.Key));
    }

    [Fact]
    public void The_release_carries_its_replicas_and_zone_spread_for_the_policies()
    {
        var coreDns = Build();

        Assert.Equal(new CoreDnsAnnotation(coreDns.Values.ReplicaCount, UnsatisfiableConstraintAction.DoNotSchedule, SpreadsOverZones: true), coreDns.Release.Annotations.OfType<CoreDnsAnnotation>().Single());
    }
}
